import type { GroupId, ThemeId } from '../model/model.js';
import type { FactorId } from './default-model.js';

export { LOCALES, type Locale } from '../model/locale.js';

/** The texts of one factor in one language, in our own words, faithful to the research. */
export interface FactorText {
  /** Title as in the source. */
  readonly title: string;
  /** A short label (at most ~28 characters) for the flower's rim. */
  readonly short: string;
  /** The one-line "We …" description. */
  readonly description: string;
  /** The key findings, each one or two sentences. */
  readonly findings: readonly string[];
  /** "How to go further": concrete tips. */
  readonly tips: readonly string[];
}

/** Statements for the questionnaire, keyed by item id `<factor-id>.<n>` (n = 1..3); item 1 is the quick instrument's. */
export type ItemTexts = Readonly<Record<string, string>>;

export interface ModelTexts {
  readonly factors: Readonly<Record<FactorId, FactorText>>;
  readonly items: ItemTexts;
  readonly groups: Readonly<Record<GroupId, string>>;
  readonly themes: Readonly<Record<ThemeId, string>>;
}
