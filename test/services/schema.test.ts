import { expect } from '@open-wc/testing';
import { validateResponse } from '../../src/model/validate-response.js';
import type { SeedsResponse } from '../../src/model/response.js';
import { sampleResponse } from '../support/data.js';
import { schemaCheck } from '../support/endpoint.js';

type Mutable = Record<string, unknown>;
const mutate = (change: (r: Mutable) => void): unknown => {
  const copy = structuredClone(sampleResponse()) as unknown as Mutable;
  change(copy);
  return copy;
};

describe('schema/response.v1.json', () => {
  it('is shipped as draft-07 JSON with the payload constants', async () => {
    const schema = await (await fetch('/schema/response.v1.json')).json();
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.properties.schema.const).to.equal('seeds-of-innovation/response');
    expect(schema.properties.schemaVersion.const).to.equal(1);
    expect(schema.additionalProperties).to.equal(false);
  });

  it('accepts what buildResponse makes (quick, full, no community, no role)', async () => {
    const samples: SeedsResponse[] = [
      sampleResponse(),
      sampleResponse({ community: null, respondent: { role: null } }),
      sampleResponse({ instrument: 'full', locale: 'en' }),
    ];
    for (const sample of samples) expect(await schemaCheck(sample)).to.deep.equal({ valid: true, errors: [] });
  });

  it('accepts the optional v2 fields round, instrumentVersion and phase, and a payload without them', async () => {
    const v2 = mutate((r) => Object.assign(r, { round: 'kick-off', instrumentVersion: 2, phase: 'growing' }));
    expect(await schemaCheck(v2)).to.deep.equal({ valid: true, errors: [] });
    expect(await schemaCheck(sampleResponse())).to.deep.equal({ valid: true, errors: [] });
  });

  const brokenV2: [string, unknown][] = [
    ['an empty round', mutate((r) => (r.round = ''))],
    ['a round of 201 characters', mutate((r) => (r.round = 'x'.repeat(201)))],
    ['a round that is a number', mutate((r) => (r.round = 3))],
    ['instrumentVersion 0', mutate((r) => (r.instrumentVersion = 0))],
    ['instrumentVersion 1.5', mutate((r) => (r.instrumentVersion = 1.5))],
    ['an unknown phase', mutate((r) => (r.phase = 'blooming'))],
  ];
  for (const [what, payload] of brokenV2) {
    it(`refuses ${what} (schema)`, async () => {
      expect((await schemaCheck(payload)).valid).to.equal(false);
    });
  }

  const broken: [string, unknown][] = [
    ['a value of 6', mutate((r) => ((r.answers as Mutable[])[0].value = 6))],
    ['a value of 2.5', mutate((r) => ((r.answers as Mutable[])[0].value = 2.5))],
    ['a missing id', mutate((r) => delete r.id)],
    ['an id that is no UUID', mutate((r) => (r.id = 'abc'))],
    ['another schema version', mutate((r) => (r.schemaVersion = 2))],
    ['an unknown instrument', mutate((r) => (r.instrument = 'long'))],
    ['an unknown locale', mutate((r) => (r.locale = 'de'))],
    ['an unknown role', mutate((r) => (r.respondent = { role: 'farmer' }))],
    ['a date without time', mutate((r) => (r.startedAt = '2026-03-01'))],
    ['a score above 100', mutate((r) => ((r.scores as Mutable).commitment = 101))],
    ['an extra property', mutate((r) => (r.secret = 'x'))],
    ['no answers', mutate((r) => (r.answers = []))],
  ];
  for (const [what, payload] of broken) {
    it(`refuses ${what}, as the TypeScript validator does`, async () => {
      expect((await schemaCheck(payload)).valid).to.equal(false);
      // The model's validator drops unknown fields instead of refusing them.
      if (what !== 'an extra property') expect(validateResponse(payload).ok).to.equal(false);
    });
  }
});
