import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEFAULT_MODEL, groupNames } from '../content/default-model.js';
import { hasTexts, laterViewsShown, loadTexts } from '../content/language.js';
import { whenIdle } from '../internal/idle.js';
import { uiStrings } from '../content/strings.js';
import type { SeedsErrorDetail } from '../events/seeds-error.js';
import type { InstrumentId } from '../model/model.js';
import type { Locale } from '../model/locale.js';
import type { Model } from '../model/model.js';
import { loadModelCheck, modelCheck } from './model-check.js';
import {
  resolveEndpointUrl,
  resolveInstrument,
  resolveLocale,
  resolveView,
  type Resolved,
  type View,
} from './config.js';
import type { SeedsContext } from './context.js';

/** The element's raw inputs, as the host set them. */
export interface ConfigurationHost extends ReactiveControllerHost, HTMLElement {
  lang: string;
  instrument: string;
  community: string | null;
  storageKey: string | null;
  endpoint: string | null;
  view: string;
  model: unknown;
}

/** The inputs whose change `hostUpdate` reports, so the element reacts to what changed. */
export type ConfigurationKey = 'locale' | 'instrument' | 'view' | 'model' | 'endpoint' | 'namespace';

/**
 * Resolves the element's attributes and properties into what it uses (language, instrument, model,
 * endpoint, requested view, storage namespace, the context for the views) and
 * reports each problem with `report` (a `seeds-error`) when the input that causes it is set.
 * Resolves in `hostUpdate`, before rendering; does no I/O. To add an attribute: give the host the
 * property, resolve it in `hostUpdate` with `this.take(key, raw, resolve)`, expose the value.
 *
 * @example
 * ```ts
 * private readonly config = new Configuration(this, (error) => this.reportError(error));
 * // in render(): this.config.locale, this.config.model, this.config.endpoint …
 * // in updated(): if (this.config.changed.has('namespace')) this.session.open(this.config.namespace);
 * ```
 */
export class Configuration implements ReactiveController {
  /** The language shown: it follows `wanted` once that language's texts are loaded. */
  locale: Locale = 'nl';
  /** The language asked for (`lang`, else the document's); its texts may still be loading. */
  wanted: Locale = 'nl';
  /** The language whose texts could not be loaded (until `retryLanguage`), else null. */
  languageFailed: Locale | null = null;
  /** The load of `wanted`'s texts in flight, else null. */
  languageLoad: Promise<unknown> | null = null;
  /** The load of the model's validator (./model-check.ts, only when the host sets `model`) in flight, else null. */
  modelLoad: Promise<unknown> | null = null;
  /** True when the model's validator could not be loaded (until `retryLanguage`). */
  modelFailed = false;
  /**
   * The instrument. The full one's further statements are a file of their own per language
   * (content/<locale>/full.ts): `statementsReady` says whether they are there.
   */
  instrument: InstrumentId = 'quick';
  /** The load of the full instrument's statements in flight, else null. */
  statementsLoad: Promise<unknown> | null = null;
  /** The language whose full-instrument statements could not be loaded (until `retryLanguage`), else null. */
  statementsFailed: Locale | null = null;
  /** Set once a statements' page waited for them: the root's `updateComplete` then includes their load. */
  statementsShown = false;
  model: Model = DEFAULT_MODEL;
  /** The absolute http(s) URL to POST to, or null (nothing leaves the browser). */
  endpoint: string | null = null;
  /** The view the host asked for (`view`); navigation follows it. */
  view: View = 'questionnaire';
  namespace = 'default';
  context!: SeedsContext;
  /** What changed in the last update (empty when nothing did). */
  changed = new Set<ConfigurationKey>();

  private readonly seen = new Map<string, unknown>();

  constructor(
    private readonly host: ConfigurationHost,
    private readonly report: (error: SeedsErrorDetail) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const host = this.host;
    const changed = new Set<ConfigurationKey>();
    // Server rendering (Lit SSR) has no document: no page language, and no base URL to send to.
    const doc = isServer ? undefined : host.ownerDocument;
    const docLang = doc?.documentElement.lang ?? '';
    if (this.differs('lang', `${host.lang}\u0000${docLang}`)) {
      this.wanted = this.use(resolveLocale(host.lang, docLang));
    }
    if (this.differs('instrument', host.instrument)) {
      this.instrument = this.use(resolveInstrument(host.instrument));
      changed.add('instrument');
    }
    // Another language shows once its texts are there; until then the old text stays. The first
    // screen needs the first texts only; a switch also waits for the full instrument's statements.
    if (this.wanted !== this.locale || !this.context) {
      if (hasTexts(this.wanted, this.whole, this.switchNeedsStatements)) {
        this.locale = this.wanted;
        this.languageFailed = null;
        changed.add('locale');
      } else if (!this.languageLoad && this.languageFailed !== this.wanted) {
        this.fetchLanguage();
      }
    } else {
      // Switched back to the language shown before the new one could come: nothing is missing now.
      this.languageFailed = null;
    }
    if (this.differs('view', host.view)) {
      this.view = this.use(resolveView(host.view));
      changed.add('view');
    }
    // A host's own model waits for its validator: the first screen until then, a new model after it
    // keeps the one in use (as a new language does).
    const check = modelCheck();
    // Our own model, handed back, needs no check (its texts are read from files that may not be loaded).
    const own = host.model == null || host.model === DEFAULT_MODEL;
    if (!own && !check) {
      if (!this.modelLoad && !this.modelFailed) this.fetchModelCheck();
    } else if (this.differs('model', host.model)) {
      this.model = own ? DEFAULT_MODEL : this.use(check!.resolveModel(host.model));
      changed.add('model');
    }
    if (doc && this.differs('endpoint', host.endpoint)) {
      this.endpoint = this.use(resolveEndpointUrl(host.endpoint, doc.baseURI));
      changed.add('endpoint');
    }
    if (this.differs('namespace', host.storageKey || host.community || 'default')) {
      this.namespace = host.storageKey || host.community || 'default';
      changed.add('namespace');
    }
    if ((changed.has('locale') || changed.has('model')) && hasTexts(this.locale, false)) {
      this.context = {
        locale: this.locale,
        ui: uiStrings(this.locale),
        model: this.model,
        groups: groupNames(this.locale),
      };
    }
    // The full instrument's further statements: fetched ahead once the first screen is there (its
    // first pages, the intro and the role question, do without them).
    if (this.context && !this.statementsReady && !this.statementsLoad && this.statementsFailed !== this.locale) {
      this.fetchStatements(false);
    }
    this.changed = changed;
  }

  /** Whether there are texts and a model to render with (false only until the first ones are there). */
  get ready(): boolean {
    return this.context !== undefined && this.seen.has('model');
  }

  /**
   * Whether a language switch waits for all of the new language's texts: once a later view was
   * shown (its texts are only in the language's later file). The first screen needs only the first.
   */
  private get whole(): boolean {
    return this.context !== undefined && laterViewsShown();
  }

  /**
   * Whether the statements the questionnaire asks are there to show: always with the quick
   * instrument or a host's own model, with the built-in full one once its file for the language
   * shown is loaded.
   */
  get statementsReady(): boolean {
    return !this.usesOurStatements || hasTexts(this.locale, false, true);
  }

  /** The full instrument of the built-in model: its further statements are ours, in a file of their own. */
  private get usesOurStatements(): boolean {
    return this.instrument === 'full' && this.model === DEFAULT_MODEL;
  }

  /** A language switch after the first screen shows the new language's statements at once. */
  private get switchNeedsStatements(): boolean {
    return this.usesOurStatements && this.context !== undefined;
  }

  /**
   * For a statements' page: whether the full instrument's statements are 'ready', 'loading' (fetched
   * now when they were not asked for yet) or 'failed'. From then on `updateComplete` waits for them.
   */
  needStatements(): 'ready' | 'loading' | 'failed' {
    if (this.statementsReady) return 'ready';
    this.statementsShown = true;
    if (this.statementsFailed === this.locale) return 'failed';
    if (!this.statementsLoad) this.fetchStatements(true);
    return 'loading';
  }

  /** Loads the wanted language, the full instrument's statements and the model's validator again after a failure. */
  retryLanguage(): void {
    if (this.statementsFailed !== null) {
      this.statementsFailed = null;
      if (!this.statementsLoad) this.fetchStatements(true);
    }
    if (this.languageFailed !== null) {
      this.languageFailed = null;
      this.fetchLanguage();
    }
    if (this.modelFailed) {
      this.modelFailed = false;
      this.fetchModelCheck();
    }
    this.host.requestUpdate(); // "Try again" shows "Loading…" while it tries
  }

  private fetchModelCheck(): void {
    this.modelLoad = loadModelCheck().then(
      () => undefined,
      () => (this.modelFailed = true),
    );
    void this.modelLoad.then(() => {
      this.modelLoad = null;
      this.host.requestUpdate();
    });
  }

  private fetchLanguage(): void {
    const locale = this.wanted;
    this.languageLoad = loadTexts(locale, this.whole, this.switchNeedsStatements).then(
      () => undefined,
      // A load no longer wanted (the language was switched back meanwhile) leaves no message behind.
      () => void (locale === this.wanted && (this.languageFailed = locale)),
    );
    void this.languageLoad.then(() => {
      this.languageLoad = null;
      this.host.requestUpdate();
    });
  }

  /** In idle time unless `now` (a retry): the first screen does not wait for them. */
  private fetchStatements(now: boolean): void {
    const locale = this.locale;
    const idle = now ? Promise.resolve() : new Promise<void>((resolve) => whenIdle(resolve));
    this.statementsLoad = idle
      .then(() => loadTexts(locale, false, true))
      .then(
        () => undefined,
        // Only for the language they were for: another one shown since gets its own attempt.
        () => void (locale === this.locale && (this.statementsFailed = locale)),
      );
    void this.statementsLoad.then(() => {
      this.statementsLoad = null;
      this.host.requestUpdate();
    });
  }

  /** True (and remembered) when `raw` differs from the last value seen under `key`. */
  private differs(key: string, raw: unknown): boolean {
    if (this.seen.has(key) && Object.is(this.seen.get(key), raw)) return false;
    this.seen.set(key, raw);
    return true;
  }

  private use<T>(resolved: Resolved<T>): T {
    if (resolved.error) this.report(resolved.error);
    return resolved.value;
  }
}
