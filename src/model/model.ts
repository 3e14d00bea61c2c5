import type { Locale } from './locale.js';

/** The five groups of success factors, in the order the research presents them. */
export const GROUP_IDS = ['people', 'process', 'content', 'precondition', 'outcomes'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/** The two themes: developing the collaboration (groups people to precondition) and sustaining its outcomes. */
export const THEME_IDS = ['collaboration', 'outcomes'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const THEME_OF_GROUP: Readonly<Record<GroupId, ThemeId>> = {
  people: 'collaboration',
  process: 'collaboration',
  content: 'collaboration',
  precondition: 'collaboration',
  outcomes: 'outcomes',
};

/** `quick` asks each factor's first statement, `full` all of them (see `questionItems`). */
export const INSTRUMENT_IDS = ['quick', 'full'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);
}

/** A text in every supported language. */
export type Localized<T = string> = Readonly<Record<Locale, T>>;

export interface FactorContent {
  readonly title: string;
  /** Label for the flower's rim; falls back to the title. */
  readonly short?: string;
  readonly description?: string;
  readonly findings?: readonly string[];
  readonly tips?: readonly string[];
}

export interface ModelItem {
  /** Stable item id; our own model uses `<factor-id>.<n>`. */
  readonly id: string;
  readonly text: Localized;
  /**
   * The instrument version in which this wording first appeared (absent: 1). An item whose wording
   * changed keeps its id; answers to it are compared only between measurements of versions that
   * asked the same wording (see `compareResponses`).
   */
  readonly wordingVersion?: number;
}

export interface ModelFactor {
  readonly id: string;
  /** 1-based position, used in labels ("5. Shared vision"). */
  readonly number: number;
  readonly group: GroupId;
  /** Ids of factors this factor's tips refer to. */
  readonly related: readonly string[];
  readonly content: Localized<FactorContent>;
  /** The statements; the first one alone makes up the quick instrument. */
  readonly items: readonly ModelItem[];
}

/**
 * A factor model: the factors in display order with their statements and texts.
 * Hosts may supply their own through the `model` property; it is validated first.
 */
export interface Model {
  readonly factors: readonly ModelFactor[];
  /** The version of the statements' wordings (absent: 1); goes into each response as `instrumentVersion`. */
  readonly instrumentVersion?: number;
}

/** A factor as a host may give it: `number` comes from its position and `related` may be left out. */
export type ModelFactorInput = Omit<ModelFactor, 'number' | 'related'> &
  Partial<Pick<ModelFactor, 'number' | 'related'>>;

/** What a host may set as the `model` property; validated and normalised into a `Model` (see `validateModel`). */
export interface ModelInput {
  readonly factors: readonly ModelFactorInput[];
  readonly instrumentVersion?: number;
}

/** A statement as asked: item id, its factor and its text. */
export interface QuestionItem {
  readonly id: string;
  readonly factor: string;
  readonly text: Localized;
}

/** The statements an instrument asks: quick = each factor's first, full = all of them. */
export function questionItems(model: Model, instrument: InstrumentId): QuestionItem[] {
  return model.factors.flatMap((factor) =>
    (instrument === 'quick' ? factor.items.slice(0, 1) : factor.items).map((item) => ({
      id: item.id,
      factor: factor.id,
      text: item.text,
    })),
  );
}

export function findFactor(model: Model, id: string): ModelFactor | undefined {
  return model.factors.find((f) => f.id === id);
}
