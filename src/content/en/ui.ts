import type { UiStrings } from '../types.js';

/** Interface texts, English. */
export const uiEn: UiStrings = {
  widgetLabel: 'Seeds of Innovation: success factors of your learning community',
  intro: {
    heading: 'How is your learning community doing?',
    what:
      'In this questionnaire you say how you experience twelve success factors of your collaboration. ' +
      'The factors come from research into learning communities in Greenport West-Holland. ' +
      'Afterwards you see a flower whose petals grow with the scores, and tips for the factors that need attention.',
    duration: (instrument, count) =>
      instrument === 'quick' ? `${count} statements, about 2 minutes.` : `${count} statements, about 8 minutes.`,
    we: 'In the statements, ‘we’ and ‘our’ mean the whole learning community: all participants together; ‘I’ means you. Choose ‘Don’t know’ if you do not know or if a statement does not apply.',
    privacyLocal: 'Your answers stay in this browser. Nothing is sent.',
    privacyEndpoint:
      'Your answers stay in this browser until you finish. Then, with your consent, they are sent to the organiser of this questionnaire.',
    start: 'Start',
    resume: 'Continue where you left off',
  },
  role: {
    legend: 'Which kind of organisation do you represent? (optional)',
    options: {
      business: 'Business',
      government: 'Government',
      knowledge: 'Research institution',
      education: 'Educational institution',
      other: 'Other',
    },
    none: 'Prefer not to say',
  },
  phase: {
    legend: 'Which phase is your learning community in now? (optional)',
    hint: 'When a new phase begins, that is a good moment to measure again.',
    options: {
      starting: 'Starting',
      growing: 'Growing',
      consolidating: 'Consolidating',
      ending: 'Ending',
      renewing: 'Renewing',
    },
    none: "Don't know",
  },
  scale: {
    1: 'Strongly disagree',
    2: 'Disagree',
    3: 'Neutral',
    4: 'Agree',
    5: 'Strongly agree',
    unknown: "Don't know",
  },
  progress: (step, total) => `Step ${step} of ${total}`,
  progressLabel: 'Progress',
  stepAbout: 'About you',
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  unanswered: (count) =>
    count === 1
      ? 'You have not answered 1 statement. You can still answer it, or continue anyway.'
      : `You have not answered ${count} statements. You can still answer them, or continue anyway.`,
  notAnswered: 'Not answered yet',
  continueAnyway: 'Continue anyway',
  results: {
    heading: 'Your flower',
    notAssessed: 'not assessed',
  },
};
