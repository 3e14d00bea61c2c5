import type { Locale } from '../model/locale.js';
import { lazyFile, type LazyFile } from '../internal/lazy-file.js';
import { joinModelTexts } from './model-texts.js';
import type { FlowerTexts } from './nl/flower.js';
import type { GroupStrings } from './nl/group.js';
import type { ResultsStrings } from './nl/results.js';
import type { ScreensStrings } from './nl/screens.js';
import type { UiStrings } from './nl/ui.js';
import type { ViewsStrings } from './nl/views.js';
import type {
  FirstViewsStrings,
  ItemTexts,
  LaterViewsStrings,
  ModelAdvice,
  ModelTexts,
  QuestionTexts,
  ThemeNames,
} from './types.js';

/** Every text of one language. */
export interface LanguageTexts {
  readonly ui: UiStrings;
  readonly views: ViewsStrings;
  readonly results: ResultsStrings;
  readonly screens: ScreensStrings;
  readonly group: GroupStrings;
  readonly flower: FlowerTexts;
  readonly model: ModelTexts;
}

/** The texts of the first screen (the questionnaire, the tools and storage lines): `./<locale>/index.ts`. */
export interface FirstTexts {
  readonly ui: UiStrings;
  readonly views: FirstViewsStrings;
  readonly questions: QuestionTexts;
}

/** The full instrument's further statements (each factor's second and third): `./<locale>/full.ts`. */
export interface FullTexts {
  readonly items: ItemTexts;
}

/** The texts only the later views show (results, agenda, history, group, the flower): `./<locale>/later.ts`. */
export interface LaterTexts {
  readonly results: ResultsStrings;
  /** The later views' part of `views`: the history and group views, the consent step and the delivery lines. */
  readonly views: LaterViewsStrings;
  readonly screens: ScreensStrings;
  readonly group: GroupStrings;
  readonly flower: FlowerTexts;
  readonly advice: ModelAdvice;
  readonly themes: ThemeNames;
}

interface Parts {
  first: FirstTexts;
  full: FullTexts;
  later: LaterTexts;
}
type Part = keyof Parts;

// Each language is three files of their own in the builds (`import()`): a participant loads only
// theirs; the full instrument's further statements only when that instrument is asked for; and the
// advice and the later views' texts (more than half of the bytes) only with those views.
const FILES: Readonly<Record<Locale, { readonly [P in Part]: () => Promise<{ texts: Parts[P] }> }>> = {
  nl: {
    first: () => import('./nl/index.js'),
    full: () => import('./nl/full.js'),
    later: () => import('./nl/later.js'),
  },
  en: {
    first: () => import('./en/index.js'),
    full: () => import('./en/full.js'),
    later: () => import('./en/later.js'),
  },
};

const got: { [P in Part]: Partial<Record<Locale, Parts[P]>> } = { first: {}, full: {}, later: {} };
/** What `languageTexts` answers: the first part alone (no advice, no later views' tables), then with the others. */
const joined: Partial<Record<Locale, LanguageTexts>> = {};
const parts = new Map<string, LazyFile<unknown>>();
/** Set once a later view was shown: from then on a language switch loads the language whole. */
let laterShown = false;

function loadPart(locale: Locale, part: Part): Promise<unknown> {
  if (got[part][locale]) return Promise.resolve();
  const key = `${locale}:${part}`;
  let file = parts.get(key);
  if (!file) {
    file = lazyFile(() =>
      FILES[locale][part]().then(({ texts }) => {
        (got[part] as Partial<Record<Locale, unknown>>)[locale] = texts;
        join(locale);
      }),
    );
    parts.set(key, file);
  }
  return file.load();
}

function join(locale: Locale): void {
  const a = got.first[locale];
  const more = got.full[locale];
  const b = got.later[locale];
  if (!a) return;
  const { ui, views } = a;
  const questions = more ? { ...a.questions, items: { ...a.questions.items, ...more.items } } : a.questions;
  // Before the later part, the model's factors have their names but no advice (optional in `FactorContent`),
  // and the later views' tables are absent: those views render only once `loadLaterTexts` resolved.
  joined[locale] = b
    ? { ui, ...b, views: { ...views, ...b.views }, model: joinModelTexts(questions, b.advice, b.themes) }
    : ({ ui, views, model: questions } as unknown as LanguageTexts);
}

/** Loads all of a language's texts (once; a failed load is tried again on the next call). */
export async function loadLanguage(locale: Locale): Promise<LanguageTexts> {
  await Promise.all([loadPart(locale, 'first'), loadPart(locale, 'full'), loadPart(locale, 'later')]);
  return joined[locale]!;
}

/** Says that a later view is shown: a language switch from now on waits for the new language's later texts too. */
export function showLaterViews(): void {
  laterShown = true;
}

/** Whether a later view was shown on this page (then `whole` texts are what a language switch needs). */
export function laterViewsShown(): boolean {
  return laterShown;
}

/**
 * Loads the first screen's texts of a language; with `whole` the later views' texts too, with `full`
 * the full instrument's further statements too.
 */
export function loadTexts(locale: Locale, whole: boolean, full = false): Promise<unknown> {
  return Promise.all([loadPart(locale, 'first'), whole && loadPart(locale, 'later'), full && loadPart(locale, 'full')]);
}

/** Whether the texts `loadTexts` loads are there. */
export function hasTexts(locale: Locale, whole: boolean, full = false): boolean {
  return (
    got.first[locale] !== undefined &&
    (!whole || got.later[locale] !== undefined) &&
    (!full || got.full[locale] !== undefined)
  );
}

/**
 * Whether the texts the later views show are there in a language: the first screen's and the later
 * ones. The full instrument's statements are not among them: only a full measurement's answers
 * show them, and its results load them (components/results/results.ts).
 */
export function hasLaterTexts(locale: Locale): boolean {
  return hasTexts(locale, true);
}

/** The later views' texts, for each language an element shows or is loading; the later views await it. */
export function loadLaterTexts(): Promise<unknown> {
  const shown = (Object.keys(FILES) as Locale[]).filter((l) => got.first[l] || parts.get(`${l}:first`)?.busy());
  return Promise.all(shown.map((locale) => loadTexts(locale, true)));
}

/**
 * A loaded language's texts. The elements render a language only once `loadTexts` resolved (the
 * later views: `loadLaterTexts`), so asking for one that is not there is a bug in the element, not
 * something a host can cause.
 */
export function languageTexts(locale: Locale): LanguageTexts {
  const texts = joined[locale];
  if (!texts) throw new Error(`The "${locale}" texts of Seeds of Innovation are not loaded: await loadLanguage().`);
  return texts;
}
