import type { LaterViewsStrings } from '../types.js';

/** Texts of the history and group views, English: loaded with those views (./later.ts). */
export const viewsLaterEn: LaterViewsStrings = {
  history: {
    heading: 'Your flower over time',
    intro: 'Earlier measurements on this device. The light outline in the flower is the previous measurement.',
    empty: 'There are no completed measurements on this device yet.',
    tableCaption: 'Scores per measurement (0 to 100)',
    factor: 'Success factor',
    change: 'Change',
    measurement: (date, instrument) => `${date} (${instrument})`,
    open: (date) => `View the measurement of ${date}`,
    instruments: { quick: 'quick', full: 'full' },
    partial: 'The change is partial: it counts only the statements that both measurements asked in the same words.',
    phase: "Community's phase",
    phaseUnknown: '–',
    phasePrompt: 'When your learning community enters a new phase, measure again to see what has changed since.',
    phaseChanged: (from, to) =>
      `The phase has changed since the previous measurement: it was ${from}, now it is ${to}. The research sees a new phase as a good moment to check whether everyone is still committed (factor 1) and whether the group has the qualities it needs now (factor 2).`,
  },
  group: {
    heading: "The group's flower",
    intro: (n) => (n === 1 ? 'Based on the answers of 1 participant.' : `Based on the answers of ${n} participants.`),
    empty: 'There are no answers to show yet.',
    skipped: (n) =>
      n === 1 ? '1 response could not be read and is left out.' : `${n} responses could not be read and are left out.`,
    tableCaption: "The group's scores per success factor (0 to 100)",
    factor: 'Success factor',
    n: 'Count',
    mean: 'Mean',
    range: 'Lowest – highest',
    middle: 'Middle half',
    roles: 'Participants per kind of organisation',
    none: 'Not given',
    csv: 'Download group scores (CSV)',
    partial: (items) =>
      `The answers come from different versions or lengths of the questionnaire. The scores count only the ${items} statements that everyone was asked in the same words.`,
  },
};
