import type { FirstViewsStrings } from '../types.js';

/** Texts of the tools, storage, consent and delivery lines, English (the history and group views': ./views-later.ts). */
export const viewsEn: FirstViewsStrings = {
  data: {
    heading: 'Your data',
    intro: 'Your answers and measurements are kept in this browser.',
  },
  tools: {
    newMeasurement: 'Start a new measurement',
    deleteData: 'Delete my data on this device',
    confirmDelete:
      'Are you sure? Your answers, earlier measurements and any answers not yet sent to the organiser will be deleted from this device.',
    deleteFailed: "Not everything could be deleted. Clear this site's data in your browser to be sure.",
    confirmYes: 'Yes, delete',
    confirmNo: 'No, keep',
    deleted: 'Your data on this device has been deleted.',
    history: 'Earlier measurements',
    loading: 'Loading…',
  },
  storage: {
    unavailable: 'Your answers cannot be kept in this browser; please complete the questionnaire in one go.',
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
