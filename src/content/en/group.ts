import type { GroupStrings } from '../types.js';

/** Texts of the facilitator's group view, English. */
export const groupEn: GroupStrings = {
  heading: "The group's flower",
  intro: (n) => (n === 1 ? 'Based on the answers of 1 participant.' : `Based on the answers of ${n} participants.`),
  empty: 'There are no answers to show yet.',
  skipped: (n) =>
    n === 1 ? '1 response could not be read and is left out.' : `${n} responses could not be read and are left out.`,
  source: {
    loading: "Fetching the group's answers…",
    denied: "Not allowed: this page may not read the group's answers. Ask the administrator for a valid key.",
    unreachable: 'The answers could not be fetched. We keep trying.',
    unreachableKept: 'The answers could not be updated. You see the last state fetched; we keep trying.',
    invalid: 'The address did not return a list of responses. We keep trying.',
    live: (n) => (n === 1 ? '1 answer in' : `${n} answers in`),
  },
  threshold: {
    waiting: (n, min) => `${n} of ${min} have answered.`,
    why: (min) => `The group's figures appear from ${min} responses on, so that nobody's answers can be recognised.`,
  },
  discuss: {
    heading: 'Discuss first',
    lowest: 'Lowest scores',
    disagreements: 'Real disagreement',
    disagreementWhy: 'Some answered below neutral, others above it.',
    noDisagreement: 'No factor on which the group is really divided.',
    score: (s) => `score ${s}`,
    open: (title) => `Details of ${title}`,
  },
  research: 'What the research says',
  detail: {
    distribution: (title) => `How the answers on ${title} are spread`,
    option: 'Answer',
    count: 'Count',
    dontKnow: (pct) => `${pct} chose "don't know".`,
    close: 'Close',
  },
  rounds: {
    label: 'Round',
    none: 'Without round',
    compare: 'Compare with',
    noCompare: 'No comparison',
    change: 'Change',
    earlier: (round) => `Earlier round: ${round}`,
    partial: (items) =>
      `These rounds were answered with different versions or lengths of the questionnaire. So the change and the outline of the earlier round count only the ${items} statements that both rounds asked in the same words: the comparison is partial.`,
  },
  roles: {
    heading: 'By kind of organisation',
    caption: (min) => `Median per factor, only for kinds of organisation with at least ${min} participants`,
    none: (min) => `No kind of organisation has ${min} participants yet.`,
  },
  presentation: {
    enter: 'Presentation mode',
    leave: 'Leave presentation mode',
    hint: 'Arrow keys: next or previous factor to discuss.',
    step: (i, n) => `Point ${i} of ${n}`,
  },
  share: {
    heading: 'Invite participants',
    copy: 'Copy link',
    copied: 'The link was copied.',
    copyFailed: 'Copying did not work; select the link and copy it yourself.',
    qr: (url) => `QR code for ${url}`,
  },
  poster: {
    heading: 'Poster',
    empty: 'Empty poster (SVG, A3)',
    filled: "Poster with the group's flower (SVG, A3)",
    title: 'Success factors of our learning community',
    instruction: 'Put a sticker on each factor: the further out, the better it goes (0–100).',
    printEmpty: 'Print empty poster (A3)',
    printFilled: "Print poster with the group's flower (A3)",
    printHint: 'Choose paper size A3, portrait, in the print dialog.',
  },
  table: {
    caption: "The group's scores per success factor (0 to 100)",
    factor: 'Success factor',
    n: 'Count',
    mean: 'Mean',
    middle: 'Middle half',
    range: 'Lowest – highest',
  },
  csv: 'Download group scores (CSV)',
};
