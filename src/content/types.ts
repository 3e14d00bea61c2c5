// Longer than ~250 lines because it declares the shape of every text table (factor texts and the
// six interface tables) and nothing else: no logic, one declaration per table.

import type { GroupId, InstrumentId, ThemeId } from '../model/model.js';
import type { FactorId } from './default-model.js';

export { LOCALES, type Locale } from '../model/locale.js';

/** The name of one factor in one language that the questionnaire shows (`./<locale>/questions.ts`). */
export interface FactorNames {
  /** Title as in the source. */
  readonly title: string;
}

/**
 * What the later views say about one factor in one language (`./<locale>/advice.ts`), in our own
 * words, faithful to the research.
 */
export interface FactorAdvice {
  /** A short label (at most ~28 characters) for the flower's rim and the history's trend. */
  readonly short: string;
  /** The one-line "We …" description. */
  readonly description: string;
  /** The key findings, each one or two sentences. */
  readonly findings: readonly string[];
  /** "How to go further": concrete tips. */
  readonly tips: readonly string[];
}

/** The texts of one factor in one language. */
export interface FactorText extends FactorNames, FactorAdvice {}

/** Statements for the questionnaire, keyed by item id `<factor-id>.<n>` (n = 1..3); item 1 is the quick instrument's. */
export type ItemTexts = Readonly<Record<string, string>>;

/** The factor model's texts the questionnaire needs: loaded with the first screen. */
export interface QuestionTexts {
  readonly factors: Readonly<Record<FactorId, FactorNames>>;
  readonly items: ItemTexts;
  readonly groups: Readonly<Record<GroupId, string>>;
}

/** The factor model's advice: loaded with the later views. */
export type ModelAdvice = Readonly<Record<FactorId, FactorAdvice>>;

/** The names of the two themes (the results and the group view show them): loaded with the later views. */
export type ThemeNames = Readonly<Record<ThemeId, string>>;

export interface ModelTexts extends Omit<QuestionTexts, 'factors'> {
  readonly factors: Readonly<Record<FactorId, FactorText>>;
  readonly themes: ThemeNames;
}

// The shapes of the interface text tables. Both languages' tables are annotated with these, so
// English is checked against a declared shape rather than the Dutch object's inferred type.

/** Interface texts of the questionnaire and the main element. */
export interface UiStrings {
  widgetLabel: string;
  intro: {
    heading: string;
    what: string;
    duration: (instrument: InstrumentId, count: number) => string;
    /** Read before the statements: who "we" is, and what "Weet ik niet" stands for. */
    we: string;
    privacyLocal: string;
    privacyEndpoint: string;
    start: string;
    resume: string;
  };
  role: {
    legend: string;
    options: {
      business: string;
      government: string;
      knowledge: string;
      education: string;
      other: string;
    };
    none: string;
  };
  /** The optional phase question, beside the role question. The research gives no advice per phase. */
  phase: {
    legend: string;
    hint: string;
    options: {
      starting: string;
      growing: string;
      consolidating: string;
      ending: string;
      renewing: string;
    };
    none: string;
  };
  scale: {
    1: string;
    2: string;
    3: string;
    4: string;
    5: string;
    unknown: string;
  };
  progress: (step: number, total: number) => string;
  progressLabel: string;
  stepAbout: string;
  back: string;
  next: string;
  finish: string;
  unanswered: (count: number) => string;
  notAnswered: string;
  continueAnyway: string;
  results: {
    heading: string;
    notAssessed: string;
  };
}

/** Texts of the history and group views, storage and delivery. */
export type ViewsStrings = FirstViewsStrings & LaterViewsStrings;

/** Texts of the history and group views, the consent step and the delivery lines: loaded with the later views. */
export interface LaterViewsStrings {
  /** The screen of a questionnaire that is open in another tab (the views' file renders it: it is rare). */
  elsewhere: {
    heading: string;
    text: string;
    later: string;
    orHere: string;
    continueHere: string;
    asking: string;
    taken: string;
    deleteThere: string;
  };
  history: {
    heading: string;
    intro: string;
    empty: string;
    tableCaption: string;
    factor: string;
    change: string;
    measurement: (date: string, instrument: string) => string;
    open: (date: string) => string;
    instruments: Record<string, string>;
    /** The last two measurements asked different statements (quick and full, or other wordings). */
    partial: string;
    /** The optional phase of each measurement (a row of the table). */
    phase: string;
    phaseUnknown: string;
    /** Always shown under the history: the research gives no advice per phase, only that a new one is a moment to look again. */
    phasePrompt: string;
    phaseChanged: (from: string, to: string) => string;
  };
  group: {
    heading: string;
    intro: (n: number) => string;
    empty: string;
    skipped: (n: number) => string;
    tableCaption: string;
    factor: string;
    n: string;
    mean: string;
    range: string;
    middle: string;
    roles: string;
    none: string;
    csv: string;
    /** Responses of different instruments or versions: only shared statements count. */
    partial: (items: number) => string;
  };
  consent: {
    heading: string;
    what: string;
    fields: string[];
    notSent: string;
    endpoint: (host: string) => string;
    agree: string;
    decline: string;
    declined: string;
    sendLater: string;
  };
  delivery: {
    sending: string;
    sent: string;
    offline: string;
    retrying: string;
    failed: (status: number | null) => string;
    delegated: string;
    retry: string;
  };
}

/** Texts of the tools and storage lines: with the first screen's texts. */
export interface FirstViewsStrings {
  /** "Your data" above "delete my data" under the questionnaire. */
  data: {
    heading: string;
    intro: string;
  };
  tools: {
    newMeasurement: string;
    deleteData: string;
    confirmDelete: string;
    deleteFailed: string;
    confirmYes: string;
    confirmNo: string;
    deleted: string;
    history: string;
  };
  storage: {
    unavailable: string;
  };
}

/**
 * Texts added with the redesign of the results, questionnaire, history and empty screens
 * (issue 15). Kept apart from the older tables so both can change without stepping on each other.
 */
export interface ScreensStrings {
  results: {
    topThreeHeading: string;
    /** The heading when the tie rule names more or fewer than three factors. */
    firstHeading: string;
    firstTied: (n: number) => string;
    firstMore: (n: number, score: string) => string;
    topThreeIntro: string;
    useTip: string;
    tipUsed: (title: string) => string;
    moreTips: (n: number) => string;
    otherFactors: string;
    downloads: string;
    openEarlier: string;
    /** Screen readers hear the score of a strength without the parenthesis. */
    scoreShort: (score: number) => string;
  };
  empty: {
    results: {
      heading: string;
      text: string;
      action: string;
    };
    history: {
      heading: string;
      text: string;
      action: string;
    };
    group: {
      heading: string;
      text: string;
    };
  };
  history: {
    intro: string;
    /** A column head: the date, and the time when two measurements share a day. */
    measurement: (date: string, time: string | null, instrument: string) => string;
    open: (when: string) => string;
    up: string;
    down: string;
    same: string;
    scrollHint: string;
    trendHeading: string;
    trendIntro: string;
  };
  flower: {
    legend: string;
    notAssessedMark: string;
    ringLabel: (score: number) => string;
  };
}

/** Texts of the facilitator's group view. */
export interface GroupStrings {
  heading: string;
  intro: (n: number) => string;
  empty: string;
  skipped: (n: number) => string;
  source: {
    loading: string;
    denied: string;
    unreachable: string;
    unreachableKept: string;
    invalid: string;
    live: (n: number) => string;
  };
  threshold: {
    waiting: (n: number, min: number) => string;
    why: (min: number) => string;
  };
  discuss: {
    heading: string;
    lowest: string;
    disagreements: string;
    disagreementWhy: string;
    noDisagreement: string;
    score: (s: string) => string;
    open: (title: string) => string;
  };
  research: string;
  detail: {
    distribution: (title: string) => string;
    option: string;
    count: string;
    dontKnow: (pct: string) => string;
    close: string;
  };
  rounds: {
    label: string;
    none: string;
    compare: string;
    noCompare: string;
    change: string;
    earlier: (round: string) => string;
    /** Two rounds answered with different versions or lengths of the questionnaire. */
    partial: (items: number) => string;
  };
  roles: {
    heading: string;
    caption: (min: number) => string;
    none: (min: number) => string;
  };
  presentation: {
    enter: string;
    leave: string;
    hint: string;
    step: (i: number, n: number) => string;
  };
  share: {
    heading: string;
    copy: string;
    copied: string;
    copyFailed: string;
    qr: (url: string) => string;
  };
  poster: {
    heading: string;
    empty: string;
    filled: string;
    title: string;
    instruction: string;
    printEmpty: string;
    printFilled: string;
    printHint: string;
  };
  table: {
    caption: string;
    factor: string;
    n: string;
    mean: string;
    middle: string;
    range: string;
  };
  csv: string;
}

/** What the one-sentence summary of a measurement needs (see `attentionPoints`). */
export interface SummaryInput {
  readonly overall: number | null;
  /** All assessed factors score the same: name no weakest or strongest. */
  readonly uniform: boolean;
  /** Titles of the factors sharing the highest score (empty to leave it out). */
  readonly strongest: readonly string[];
  /** Titles of the factors sharing the lowest score (empty to leave it out). */
  readonly weakest: readonly string[];
}
/** Texts of the results view, the factor detail and the agenda. */
export interface ResultsStrings {
  summary: ({ overall, uniform, strongest, weakest }: SummaryInput) => string;
  score: (value: number) => string;
  strengthsHeading: string;
  attentionHeading: string;
  attentionIntro: string;
  notAssessedHeading: string;
  notAssessedIntro: string;
  reasons: {
    low: string;
    'below-50': string;
    disagreement: string;
  };
  /** Beside the average score: the two themes of the research, e.g. "Doorontwikkelen van de samenwerking: 62 van 100". */
  themeScore: (theme: string, value: number | null) => string;
  themesLabel: string;
  /** Suggestions for "who" on the agenda: the roles the research names. */
  roleSuggestions: readonly string[];
  /** Under an attention point whose linked factors need attention too. */
  linkedLow: (titles: readonly string[]) => string;
  findingsHeading: string;
  tipsHeading: string;
  relatedHeading: string;
  readMore: (title: string) => string;
  detail: {
    close: string;
    yourScore: string;
    yourAnswers: string;
    noAnswers: string;
    group: string;
  };
  agenda: {
    heading: string;
    intro: string;
    onAgenda: (title: string) => string;
    what: string;
    who: string;
    when: string;
    copy: string;
    copied: string;
    copyFailed: string;
    downloadMarkdown: string;
    print: string;
    empty: string;
    labels: {
      agenda: string;
      score: string;
      tips: string;
      action: string;
      who: string;
      when: string;
      notAssessed: string;
      date: (date: Date) => string;
    };
    lastTime: string;
  };
  exports: {
    heading: string;
    json: string;
    csv: string;
    png: string;
    svg: string;
    import: string;
    imported: (date: string) => string;
    notJson: string;
    notResponse: (detail: string) => string;
    exportFailed: string;
  };
  noResults: string;
  toQuestionnaire: string;
  filePrefix: string;
}

/** What the text alternative summarises: labels like "5. Gedeelde toekomstvisie" with their score. */
export interface FlowerSummary {
  /** Overall score, formatted; null when no factor has a score. */
  readonly overall: string | null;
  readonly respondents: number | null;
  /** "label (score)" of the highest and lowest scoring factors (more than one on a tie). */
  readonly strongest: readonly string[];
  readonly weakest: readonly string[];
  /** How many factors have no score, out of `total`. */
  readonly missing: number;
  readonly total: number;
}

/** A box plot of a group's scores, formatted. */
export interface FlowerSpreadText {
  readonly min: string;
  readonly q1: string;
  readonly median: string;
  readonly q3: string;
  readonly max: string;
}
/**
 * Interface texts of `<seeds-flower>`. Numbers arrive already formatted for the locale; `null`
 * means "not assessed".
 */
export interface FlowerTexts {
  /** Name of the drawing (`svg role="img"`). */
  title: string;
  /** Name of the group of petal buttons. */
  petals: string;
  showTable: string;
  hideTable: string;
  caption: string;
  columns: {
    factor: string;
    group: string;
    score: string;
    earlier: string;
    change: string;
    spread: string;
  };
  notAssessed: string;
  /** In the heart, under the overall score. */
  respondentsShort: (n: number) => string;
  respondents: (n: number) => string;
  /** Accessible name of a petal: "5. Gedeelde toekomstvisie: 62 van 100". */
  petalName: (label: string, score: string | null) => string;
  score: (score: string | null) => string;
  /** Tooltip and table: "+12 (eerder 50)". */
  change: (delta: string, earlier: string) => string;
  spread: (s: FlowerSpreadText) => string;
  tooltip: {
    score: string;
    change: string;
    spread: string;
  };
  summary: (s: FlowerSummary) => string;
}
