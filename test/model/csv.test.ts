import { expect } from '@open-wc/testing';
import { aggregateResponses } from '../../src/model/aggregate.js';
import { groupCsv, scoresCsv, toCsv } from '../../src/model/csv.js';
import type { Model, ModelFactor } from '../../src/model/model.js';
import type { SeedsResponse } from '../../src/model/response.js';

function factor(id: string, number: number, group: ModelFactor['group'], nl: string, en: string): ModelFactor {
  return {
    id,
    number,
    group,
    related: [],
    content: { nl: { title: nl }, en: { title: en } },
    items: [{ id: `${id}.1`, text: { nl: 'x', en: 'x' } }],
  };
}

const model: Model = {
  factors: [
    factor('commitment', 1, 'people', 'Gedreven en gecommitteerd', 'Driven, committed'),
    factor('together', 2, 'content', "Bewustzijn van 'samen'; echt", 'Say "together"'),
    factor('reputation', 3, 'precondition', 'Reputatie\nop twee regels', 'Reputation'),
  ],
};
const scores = { commitment: 62.5, together: 100, reputation: null };

/** Splits the CSV into lines, checking the BOM and CRLF endings on the way. */
function lines(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).to.equal(true);
  expect(csv.endsWith('\r\n')).to.equal(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('scoresCsv(model, scores, locale, options)', () => {
  it('writes Dutch CSV with ";" separators, a decimal comma and RFC 4180 quoting', () => {
    expect(lines(scoresCsv(model, scores, 'nl'))).to.deep.equal([
      'id;nummer;titel;groep;score',
      'commitment;1;Gedreven en gecommitteerd;people;62,5',
      `together;2;"Bewustzijn van 'samen'; echt";content;100`,
      'reputation;3;"Reputatie\nop twee regels";precondition;',
    ]);
  });

  it('writes English CSV with "," separators and a decimal point', () => {
    expect(lines(scoresCsv(model, scores, 'en'))).to.deep.equal([
      'id,number,title,group,score',
      'commitment,1,"Driven, committed",people,62.5',
      'together,2,"Say ""together""",content,100',
      'reputation,3,Reputation,precondition,',
    ]);
  });

  it('starts with a byte order mark and ends every line with CRLF', () => {
    const csv = scoresCsv(model, scores, 'en');
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.match(/\r\n/g)).to.have.length(4);
    expect(csv.replace(/\r\n/g, '')).not.to.match(/\r(?!\n)/);
  });

  it('writes the group names given, the group id otherwise', () => {
    const csv = scoresCsv(model, scores, 'nl', { groupNames: { people: 'Mensen', content: 'Inhoud' } });
    expect(lines(csv).slice(1)).to.deep.equal([
      'commitment;1;Gedreven en gecommitteerd;Mensen;62,5',
      `together;2;"Bewustzijn van 'samen'; echt";Inhoud;100`,
      'reputation;3;"Reputatie\nop twee regels";precondition;',
    ]);
  });

  it('leaves a missing score empty and keeps two decimals at most', () => {
    const csv = scoresCsv(model, { commitment: 16.666666, together: -0 }, 'nl');
    expect(lines(csv).map((l) => l.split(';').at(-1))).to.deep.equal(['score', '16,67', '0', '']);
  });

  it('stops a title from running as a spreadsheet formula', () => {
    const evil: Model = { factors: [factor('x', 1, 'people', '=HYPERLINK("http://evil")', '@SUM(A1)')] };
    expect(lines(scoresCsv(evil, {}, 'nl'))[1]).to.equal(`x;1;"'=HYPERLINK(""http://evil"")";people;`);
    expect(lines(scoresCsv(evil, {}, 'en'))[1]).to.equal(`x,1,'@SUM(A1),people,`);
  });
});

describe('groupCsv(model, group, locale, options)', () => {
  it('writes n, mean, minimum, quartiles and maximum per factor', () => {
    const response = (a: number | null): SeedsResponse => ({
      schema: 'seeds-of-innovation/response',
      schemaVersion: 1,
      id: crypto.randomUUID(),
      community: null,
      instrument: 'quick',
      locale: 'nl',
      startedAt: '2025-06-03T09:00:00.000Z',
      completedAt: '2025-06-03T09:02:00.000Z',
      respondent: { role: null },
      answers: [],
      scores: { commitment: a, together: null, reputation: null },
    });
    const group = aggregateResponses(model, [response(0), response(25), response(50), response(100)]);
    expect(lines(groupCsv(model, group, 'nl')).slice(0, 3)).to.deep.equal([
      'id;nummer;titel;groep;n;gemiddelde;minimum;q1;mediaan;q3;maximum',
      'commitment;1;Gedreven en gecommitteerd;people;4;43,75;0;18,75;37,5;62,5;100',
      `together;2;"Bewustzijn van 'samen'; echt";content;0;;;;;;`,
    ]);
    expect(lines(groupCsv(model, group, 'en'))[1]).to.equal(
      'commitment,1,"Driven, committed",people,4,43.75,0,18.75,37.5,62.5,100',
    );
  });
});

describe('toCsv(rows, locale)', () => {
  it('quotes only where needed: separator, quote, CR or LF', () => {
    expect(toCsv([['a,b', 'a;b', 'a"b', 'a\rb', 'plain']], 'en')).to.equal('\uFEFF"a,b",a;b,"a""b","a\rb",plain\r\n');
    expect(toCsv([['a,b', 'a;b']], 'nl')).to.equal('\uFEFFa,b;"a;b"\r\n');
  });
});
