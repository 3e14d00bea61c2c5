import type { LaterViewsStrings } from '../types.js';

/** Texts of the history and group views, the consent step and the delivery lines, English: loaded with the later views (./later.ts). */
export const viewsLaterEn: LaterViewsStrings = {
  elsewhere: {
    heading: 'Open in another tab',
    text: 'You are already filling in this questionnaire in another tab or window of this browser. Continue there, so that no answer gets lost.',
    later: 'Once you close the other tab, you can continue here where you left off.',
    orHere:
      'Once you close the other tab, you can continue here where you left off. Or continue here now: the other tab keeps your answers and stops.',
    continueHere: 'Continue here instead',
    asking: 'Asking the other tab to hand over your answers…',
    taken: 'You can continue here now, with all your answers so far.',
    deleteThere: 'You can delete them in the tab where the questionnaire is open.',
  },
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
  consent: {
    heading: 'Send to the organiser',
    what: 'If you agree, your answers and scores are sent to the organiser of this questionnaire:',
    fields: [
      'your answer to each statement and the score per factor;',
      'the kind of organisation, if you gave it;',
      'the language, date and time, the name of the learning community and a random number for this measurement.',
    ],
    notSent: 'Your name, email address or other personal data are not asked for and not sent.',
    endpoint: (host) => `Address: ${host}`,
    agree: 'Send',
    decline: "Don't send",
    declined: 'Your answers were not sent. They stay on this device only.',
    sendLater: 'Send to the organiser after all',
  },
  delivery: {
    sending: 'Sending your answers…',
    sent: 'Your answers have been sent. Thank you!',
    offline: 'You are offline. Your answers will be sent as soon as you are online again.',
    retrying: 'Sending did not work yet. We will try again shortly; your answers are kept.',
    failed: (status) =>
      `Your answers could not be sent: the organiser refused them${status ? ` (error code ${status})` : ''}. Try again later, or download them (JSON) with the results and send them yourself.`,
    delegated: 'Your answers were handed to the website.',
    retry: 'Try again',
  },
};
