import { quoted } from '../lists.js';
import type { ResultsStrings } from '../types.js';

const score = (value: number) => `${Math.round(value)} out of 100`;

/** Texts of the results view, the factor detail and the agenda, English. */
export const resultsEn: ResultsStrings = {
  summary: ({ overall, uniform, strongest, weakest }) => {
    if (overall === null) return 'No factor has been assessed yet, so there is no picture yet.';
    if (uniform)
      return `All assessed factors have the same score: ${score(overall)}. So no factor is weaker or stronger than another.`;
    const parts = [`The average score is ${score(overall)}.`];
    if (strongest.length === 1) parts.push(`The strongest is ‘${strongest[0]}’.`);
    else if (strongest.length > 1 && strongest.length <= 3)
      parts.push(`The strongest are ${quoted(strongest, 'and')}.`);
    else if (strongest.length > 3) parts.push(`${strongest.length} factors share the highest score.`);
    if (weakest.length === 1) parts.push(`Most in need of attention is ‘${weakest[0]}’.`);
    else if (weakest.length > 1 && weakest.length <= 3)
      parts.push(`Most in need of attention are ${quoted(weakest, 'and')}.`);
    else if (weakest.length > 3)
      parts.push(`${weakest.length} factors share the lowest score and need the most attention.`);
    return parts.join(' ');
  },
  score,
  strengthsHeading: 'Strengths',
  attentionHeading: 'Attention points',
  attentionIntro: 'These factors need the most attention now. The tips help you put them on the agenda.',
  notAssessedHeading: 'Not assessed',
  notAssessedIntro: 'These factors were answered only with ‘Don’t know’, or not at all. They do not count.',
  reasons: {
    low: 'one of the lowest scores',
    'below-50': 'score below 50',
    disagreement: 'participants are divided: answers on both sides of neutral',
  },
  themeScore: (theme, value) => `${theme}: ${value === null ? 'not assessed' : score(value)}`,
  themesLabel: 'Score per theme',
  roleSuggestions: [
    'Community manager',
    'Innovation manager',
    'Ambassador',
    'System integrator',
    'Connector',
    'Delegate',
  ],
  linkedLow: (titles) =>
    titles.length === 1
      ? `${quoted(titles, 'and')} also needs attention, and it is linked to this factor.`
      : `${quoted(titles, 'and')} also need attention, and they are linked to this factor.`,
  findingsHeading: 'What the research shows',
  tipsHeading: 'How to go further',
  relatedHeading: 'See also',
  readMore: (title) => `All about ‘${title}’`,
  detail: {
    close: 'Close',
    yourScore: 'Your score',
    yourAnswers: 'Your answers',
    noAnswers: 'No answers for this factor yet.',
    group: 'Group',
  },
  agenda: {
    heading: 'Agenda for the next meeting',
    intro:
      'The attention points are already ticked. Choose which factors go on the agenda and agree an action for each.',
    onAgenda: (title) => `${title} on the agenda`,
    what: 'What will we do?',
    who: 'Who',
    when: 'Done by',
    copy: 'Copy',
    copied: 'The agenda is on the clipboard.',
    copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
    downloadMarkdown: 'Download as Markdown',
    print: 'Print',
    empty: 'Nothing is on the agenda yet.',
    labels: {
      agenda: 'Agenda',
      score: 'Score',
      tips: 'Tips',
      action: 'Action',
      who: 'Who',
      when: 'Done by',
      notAssessed: 'not assessed',
      date: (date) => `Drawn up on ${date.toLocaleDateString('en-GB', { dateStyle: 'long' })}`,
    },
    lastTime: 'Last time you planned:',
  },
  exports: {
    heading: 'Keep and share',
    json: 'Download answers (JSON)',
    csv: 'Download scores (CSV)',
    png: 'Download flower (PNG)',
    svg: 'Download flower (SVG)',
    import: 'Open earlier answers (JSON)',
    imported: (date) => `You are viewing the measurement of ${date}.`,
    notJson: 'This file cannot be opened: it is not a JSON file.',
    notResponse: (detail) => `This file cannot be opened: it is not a Seeds of Innovation response (${detail}).`,
    exportFailed: 'The download did not work.',
  },
  noResults: 'There are no results yet. Fill in the questionnaire first.',
  toQuestionnaire: 'To the questionnaire',
  filePrefix: 'seeds-of-innovation',
};
