import { expect } from '@open-wc/testing';
import { DEFAULT_MODEL } from '../../src/content/default-model.js';
import '../support/languages.js';
import { validateModel } from '../../src/model/validate-model.js';

const factor = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  group: 'people',
  content: { nl: { title: `NL ${id}` }, en: { title: `EN ${id}` } },
  items: [{ id: `${id}.1`, text: { nl: 'Stelling', en: 'Statement' } }],
  ...extra,
});

function errorsOf(input: unknown): string[] {
  const result = validateModel(input);
  if (result.ok) throw new Error('expected the model to be rejected');
  return result.errors;
}

describe('validateModel(input)', () => {
  it('accepts our own model unchanged', () => {
    const result = validateModel(DEFAULT_MODEL);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.factors.map((f) => f.id)).to.deep.equal(DEFAULT_MODEL.factors.map((f) => f.id));
  });
  it('numbers factors by position and defaults related to none', () => {
    const result = validateModel({ factors: [factor('a'), factor('b')] });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value.factors.map((f) => f.number)).to.deep.equal([1, 2]);
      expect(result.value.factors[0].related).to.deep.equal([]);
    }
  });
  it('rejects what is not an object or has no factors', () => {
    expect(errorsOf(null)[0]).to.contain('expected an object');
    expect(errorsOf('model')[0]).to.contain('expected an object');
    expect(errorsOf({ factors: [] })[0]).to.contain('non-empty array');
  });
  it('names a bad id, a duplicate id and an unknown group', () => {
    const errors = errorsOf({ factors: [factor('Bad Id'), factor('a'), factor('a'), factor('c', { group: 'peple' })] });
    expect(errors).to.include.members([
      'factors[0].id: expected lower-case letters, digits, ".", "_" or "-", got "Bad Id"',
      'factors[2].id: "a" is used twice',
      'factors[3].group: "peple" is not one of people, process, content, precondition, outcomes',
    ]);
  });
  it('requires titles and statements in both languages', () => {
    const errors = errorsOf({
      factors: [factor('a', { content: { nl: { title: 'x' } }, items: [{ id: 'a.1', text: { nl: 'x' } }] })],
    });
    expect(errors).to.include('factors[0].content.en.title: expected a non-empty text');
    expect(errors).to.include('factors[0].items[0].text.en: expected a non-empty statement');
  });
  it('rejects missing or duplicate statements and wrong list types', () => {
    const errors = errorsOf({
      factors: [
        factor('a', { items: [] }),
        factor('b', { items: [{ id: 'x.1', text: { nl: 'a', en: 'b' } }] }),
        factor('c', { items: [{ id: 'x.1', text: { nl: 'a', en: 'b' } }] }),
        factor('d', { content: { nl: { title: 't', tips: 'no list' }, en: { title: 't' } } }),
      ],
    });
    expect(errors).to.include('factors[0].items: expected at least one statement');
    expect(errors).to.include('factors[2].items[0].id: "x.1" is used twice');
    expect(errors).to.include('factors[3].content.nl.tips: expected an array of texts');
  });
  it('rejects references to factors that do not exist', () => {
    expect(errorsOf({ factors: [factor('a', { related: ['nope'] })] })).to.include(
      'factors[0].related: "nope" is not a factor id in this model',
    );
  });
});
