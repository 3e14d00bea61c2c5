import type { ScreensStrings } from '../types.js';

/** English texts added with the redesign of the results, questionnaire, history and empty screens. */
export const screensEn: ScreensStrings = {
  results: {
    topThreeHeading: 'Top three for the agenda',
    firstHeading: 'First on the agenda',
    firstTied: (n) =>
      `These ${n} factors share the lowest score. None comes before the others: discuss them together or pick one yourselves.`,
    firstMore: (n, score) =>
      n === 1
        ? `1 more factor scores ${score}. You find it below among the attention points.`
        : `${n} more factors share a score of ${score}. None comes before the others, so they are not listed here; you find them below among the attention points.`,
    topThreeIntro: 'These factors need the most attention now.',
    useTip: 'Use this tip as the action',
    tipUsed: (title) => `The tip is now the action for ‘${title}’ on the agenda.`,
    moreTips: (n) => (n === 1 ? '1 more tip' : `${n} more tips`),
    otherFactors: 'Other factors',
    downloads: 'Download',
    openEarlier: 'Open earlier answers (JSON)',
    scoreShort: (score) => `${Math.round(score)}`,
  },
  empty: {
    results: {
      heading: 'No flower yet',
      text: 'Fill in the questionnaire first. Then you will see your flower here, and what to put on the agenda.',
      action: 'To the questionnaire',
    },
    history: {
      heading: 'No measurements yet',
      text: 'After your first measurement you will see here how your flower changes.',
      action: 'Start a measurement',
    },
    group: {
      heading: 'No answers from the group yet',
      text: "Share the questionnaire with your community's participants. Once their answers are in, the group's flower appears here.",
    },
  },
  history: {
    intro: 'Earlier measurements on this device. The dashed line in the flower is the previous measurement.',
    measurement: (date, time, instrument) => (time ? `${date}, ${time} (${instrument})` : `${date} (${instrument})`),
    open: (when) => `View the measurement of ${when}`,
    up: 'higher',
    down: 'lower',
    same: 'the same',
    scrollHint: 'Scroll the table sideways for more measurements.',
    trendHeading: 'Each factor over time',
    trendIntro:
      'Each small chart runs from 0 to 100, from the first to the latest measurement. The table above gives the same figures.',
  },
  flower: {
    legend: 'Legend',
    notAssessedMark: '–',
    ringLabel: (score) => `${score}`,
  },
};
