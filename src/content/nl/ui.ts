import type { UiStrings } from '../types.js';
import type { InstrumentId } from '../../model/model.js';
import type { Phase } from '../../model/response.js';
import type { Role } from '../../model/roles.js';

/** Interface texts of the questionnaire and the main element, Dutch. The English table must have the same shape. */
export const uiNl: UiStrings = {
  widgetLabel: 'Seeds of Innovation: succesfactoren van je learning community',
  intro: {
    heading: 'Hoe staat jullie learning community ervoor?',
    what:
      'Met deze vragenlijst geef je aan hoe jij twaalf succesfactoren van jullie samenwerking ervaart. ' +
      'De factoren komen uit onderzoek naar learning communities in de Greenport West-Holland. ' +
      'Je ziet daarna een bloem waarvan de blaadjes groeien met de scores, en tips voor de factoren die aandacht vragen.',
    duration: (instrument: InstrumentId, count: number) =>
      instrument === 'quick' ? `${count} stellingen, ongeveer 2 minuten.` : `${count} stellingen, ongeveer 8 minuten.`,
    /** Read before the statements: who "we" is, and what "Weet ik niet" stands for. */
    we: '‘We’ en ‘ons’ in de stellingen zijn de hele learning community: alle deelnemers samen; ‘ik’ ben jij. Kies ‘Weet ik niet’ als je het niet weet of als een stelling niet van toepassing is.',
    privacyLocal: 'Je antwoorden blijven in deze browser. Er wordt niets verstuurd.',
    privacyEndpoint:
      'Je antwoorden blijven in deze browser tot je klaar bent. Daarna worden ze, na je toestemming, naar de organisator van deze vragenlijst gestuurd.',
    start: 'Beginnen',
    resume: 'Ga verder waar je was gebleven',
  },
  role: {
    legend: 'Vanuit welk soort organisatie doe je mee? (niet verplicht)',
    options: {
      business: 'Bedrijfsleven',
      government: 'Overheid',
      knowledge: 'Kennisinstelling (onderzoek)',
      education: 'Onderwijsinstelling',
      other: 'Anders',
    } satisfies Record<Role, string>,
    none: 'Zeg ik liever niet',
  },
  /** The optional phase question, beside the role question. The research gives no advice per phase. */
  phase: {
    legend: 'In welke fase zit jullie learning community nu? (niet verplicht)',
    hint: 'Breekt er een nieuwe fase aan, dan is dat een goed moment om opnieuw te meten.',
    options: {
      starting: 'Startend',
      growing: 'Groeiend',
      consolidating: 'Consoliderend',
      ending: 'Afrondend',
      renewing: 'Vernieuwend',
    } satisfies Record<Phase, string>,
    none: 'Weet ik niet',
  },
  scale: {
    1: 'Helemaal oneens',
    2: 'Oneens',
    3: 'Neutraal',
    4: 'Eens',
    5: 'Helemaal eens',
    unknown: 'Weet ik niet',
  },
  progress: (step: number, total: number) => `Stap ${step} van ${total}`,
  progressLabel: 'Voortgang',
  stepAbout: 'Over jou',
  back: 'Vorige',
  next: 'Volgende',
  finish: 'Afronden',
  unanswered: (count: number) =>
    count === 1
      ? 'Je hebt 1 stelling nog niet beantwoord. Je kunt dat alsnog doen, of toch verdergaan.'
      : `Je hebt ${count} stellingen nog niet beantwoord. Je kunt dat alsnog doen, of toch verdergaan.`,
  notAnswered: 'Nog niet beantwoord',
  continueAnyway: 'Toch verder',
  results: {
    heading: 'Jouw bloem',
    notAssessed: 'niet beoordeeld',
  },
};

export type { UiStrings };
