import { expect } from '@open-wc/testing';
import {
  agendaMarkdown,
  agendaText,
  defaultAgenda,
  escapeMarkdown,
  formatScore,
  type Agenda,
  type AgendaLabels,
} from '../../src/model/agenda.js';
import { validateAgenda } from '../../src/model/validate-agenda.js';
import type { Model } from '../../src/model/model.js';

const model: Model = {
  factors: [
    {
      id: 'commitment',
      number: 1,
      group: 'people',
      related: [],
      content: {
        en: {
          title: 'Driven and committed',
          description: 'We care.',
          tips: ['Name the goal.', 'Check in each phase.'],
        },
        nl: { title: 'Gedreven', description: 'Wij willen.', tips: ['Noem het doel.'] },
      },
      items: [{ id: 'commitment.1', text: { nl: 'x', en: 'x' } }],
    },
    {
      id: 'together',
      number: 2,
      group: 'content',
      related: [],
      content: { en: { title: 'Together' }, nl: { title: 'Samen' } },
      items: [{ id: 'together.1', text: { nl: 'x', en: 'x' } }],
    },
    {
      id: 'reputation',
      number: 3,
      group: 'precondition',
      related: [],
      content: {
        en: { title: 'Good reputation', description: 'We are known.', tips: ['Share results.'] },
        nl: { title: 'Reputatie', description: 'Wij zijn bekend.', tips: ['Deel resultaten.'] },
      },
      items: [{ id: 'reputation.1', text: { nl: 'x', en: 'x' } }],
    },
  ],
};

const labels: AgendaLabels = {
  agenda: 'Agenda',
  score: 'Score',
  tips: 'Tips',
  action: 'Action',
  who: 'Who',
  when: 'By when',
  notAssessed: 'not assessed',
  date: (d) => `Drawn up on ${d.toISOString().slice(0, 10)}`,
};

const agenda: Agenda = {
  // Selection order differs from model order on purpose.
  selected: ['reputation', 'commitment'],
  actions: {
    commitment: { what: 'Open each meeting with the goal', who: 'Anna', when: 'June' },
    reputation: { what: 'Newsletter', who: '', when: '' },
    together: { what: 'Not selected, not shown', who: 'x', when: 'y' },
  },
};
const scores = { commitment: 62.5, together: 80, reputation: null };
const date = new Date('2025-06-03T10:00:00Z');

describe('defaultAgenda(attentionIds)', () => {
  it('selects the attention points once each, with no actions', () => {
    expect(defaultAgenda(['b', 'a', 'b'])).to.deep.equal({ selected: ['b', 'a'], actions: {} });
    expect(defaultAgenda([])).to.deep.equal({ selected: [], actions: {} });
  });
});

describe('formatScore(score, labels)', () => {
  it('writes a whole number out of 100, or the not-assessed label', () => {
    expect(formatScore(62, labels)).to.equal('62/100');
    expect(formatScore(58.33, labels)).to.equal('58/100');
    expect(formatScore(0, labels)).to.equal('0/100');
    expect(formatScore(null, labels)).to.equal('not assessed');
    expect(formatScore(undefined, labels)).to.equal('not assessed');
  });
});

describe('agendaText(model, locale, agenda, scores, labels, options)', () => {
  it('lists the selected factors in model order with score, description, tips and filled-in actions', () => {
    expect(agendaText(model, 'en', agenda, scores, labels, { date })).to.equal(
      [
        'Agenda',
        'Drawn up on 2025-06-03',
        '',
        '1. Driven and committed',
        'Score: 63/100',
        'We care.',
        'Tips:',
        '- Name the goal.',
        '- Check in each phase.',
        'Action: Open each meeting with the goal',
        'Who: Anna',
        'By when: June',
        '',
        '3. Good reputation',
        'Score: not assessed',
        'We are known.',
        'Tips:',
        '- Share results.',
        'Action: Newsletter',
        '',
      ].join('\n'),
    );
  });

  it('uses the locale’s texts, leaves out the date line without a date and skips missing parts', () => {
    const text = agendaText(
      model,
      'nl',
      { selected: ['together', 'commitment'], actions: {} },
      { commitment: 50 },
      labels,
    );
    expect(text).to.equal(
      [
        'Agenda',
        '',
        '1. Gedreven',
        'Score: 50/100',
        'Wij willen.',
        'Tips:',
        '- Noem het doel.',
        '',
        '2. Samen',
        'Score: not assessed',
        '',
      ].join('\n'),
    );
  });

  it('ignores selected ids that are not in the model and keeps entered line breaks from breaking the layout', () => {
    const text = agendaText(
      model,
      'en',
      { selected: ['nope', 'together'], actions: { together: { what: 'a\nb\r\n c', who: '  ', when: '' } } },
      {},
      labels,
    );
    expect(text).to.equal(['Agenda', '', '2. Together', 'Score: not assessed', 'Action: a b c', ''].join('\n'));
  });

  it('is just the heading for an empty agenda', () => {
    expect(agendaText(model, 'en', defaultAgenda([]), scores, labels)).to.equal('Agenda\n');
  });
});

describe('agendaMarkdown(model, locale, agenda, scores, labels, options)', () => {
  it('lays the agenda out as Markdown', () => {
    expect(agendaMarkdown(model, 'en', agenda, scores, labels, { date })).to.equal(
      [
        '# Agenda',
        '',
        '_Drawn up on 2025-06-03_',
        '',
        '## 1. Driven and committed',
        '',
        '**Score:** 63/100',
        '',
        'We care.',
        '',
        '**Tips:**',
        '',
        '- Name the goal.',
        '- Check in each phase.',
        '',
        '* **Action:** Open each meeting with the goal',
        '* **Who:** Anna',
        '* **By when:** June',
        '',
        '## 3. Good reputation',
        '',
        '**Score:** not assessed',
        '',
        'We are known.',
        '',
        '**Tips:**',
        '',
        '- Share results.',
        '',
        '* **Action:** Newsletter',
        '',
      ].join('\n'),
    );
  });

  it('escapes entered text so it cannot add links, images, HTML or formatting', () => {
    const evil: Agenda = {
      selected: ['together'],
      actions: {
        together: {
          what: '[click](https://evil.example) ![x](https://evil.example/x.png) <img src=x onerror=alert(1)>',
          who: '**boss** _me_ `code` ~~no~~ | a | b |',
          when: '# soon\n\n## heading',
        },
      },
    };
    const md = agendaMarkdown(model, 'en', evil, {}, labels);
    expect(md).to.contain(
      '* **Action:** \\[click\\](https://evil.example) !\\[x\\](https://evil.example/x.png) \\<img src=x onerror=alert(1)\\>',
    );
    expect(md).to.contain('* **Who:** \\*\\*boss\\*\\* \\_me\\_ \\`code\\` \\~\\~no\\~\\~ \\| a \\| b \\|');
    expect(md).to.contain('* **By when:** \\# soon ## heading');
    expect(md).not.to.match(/[^\\]\[click\]/);
    expect(md).not.to.match(/[^\\]<img/);
  });
});

describe('escapeMarkdown(text)', () => {
  it('escapes Markdown punctuation and leaves ordinary text alone', () => {
    expect(escapeMarkdown("(The sum of) people's qualities, 'together' – 50%")).to.equal(
      "(The sum of) people's qualities, 'together' – 50%",
    );
    expect(escapeMarkdown('a\\b & c')).to.equal('a\\\\b \\& c');
    expect(escapeMarkdown('&lt;script&gt;')).to.equal('\\&lt;script\\&gt;');
  });
  it('escapes block markers at the start', () => {
    expect(escapeMarkdown('# title')).to.equal('\\# title');
    expect(escapeMarkdown('> quote')).to.equal('\\> quote');
    expect(escapeMarkdown('- item')).to.equal('\\- item');
    expect(escapeMarkdown('+ item')).to.equal('\\+ item');
    expect(escapeMarkdown('12. item')).to.equal('12\\. item');
    expect(escapeMarkdown('3) item')).to.equal('3\\) item');
    expect(escapeMarkdown('in 2025. Then')).to.equal('in 2025. Then');
  });
  it('joins lines and trims', () => {
    expect(escapeMarkdown('  one\n\n  two  ')).to.equal('one two');
  });
});

describe('validateAgenda(input, model?)', () => {
  it('accepts a stored agenda', () => {
    expect(validateAgenda(agenda)).to.deep.equal({ ok: true, value: agenda });
  });
  it('drops ids the model does not have and duplicates', () => {
    const result = validateAgenda(
      { selected: ['gone', 'together', 'together'], actions: { gone: { what: '', who: '', when: '' } } },
      model,
    );
    expect(result).to.deep.equal({ ok: true, value: { selected: ['together'], actions: {} } });
  });
  it('reports malformed agendas', () => {
    expect(validateAgenda(null)).to.deep.equal({
      ok: false,
      errors: ['agenda: expected an object with "selected" and "actions"'],
    });
    expect(validateAgenda({ selected: 'a', actions: [] })).to.deep.equal({
      ok: false,
      errors: ['selected: expected an array of factor ids', 'actions: expected an object keyed by factor id'],
    });
    expect(validateAgenda({ selected: [1], actions: { a: { what: 1 } } })).to.deep.equal({
      ok: false,
      errors: ['selected[0]: expected a factor id', 'actions.a: what, who, when must be text'],
    });
  });
});
