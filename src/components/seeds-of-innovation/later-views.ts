import type { ReactiveControllerHost } from 'lit';
import { hasLaterTexts, loadLaterTexts, showLaterViews } from '../../content/language.js';
import { whenIdle } from '../../internal/idle.js';
import type { Locale } from '../../model/locale.js';
import { loadRecordChecks } from '../../services/checks-file.js';
import { loadCompletion } from '../../state/completion-file.js';

type ResultsScreens = typeof import('./results-screens.js');
let screens: ResultsScreens | null = null;

/** The consent and results screens' rendering (./results-screens.ts), once the results view's file is there. */
export const resultsScreens = (): ResultsScreens | null => screens;

/**
 * The later views of `<seeds-of-innovation>`, loaded with `import()` so that the builds put them in
 * files of their own and the first screen loads only the questionnaire. Each lists every element
 * its screen renders; `start` adds the texts those views need (the advice, the later views' tables,
 * the full instrument's statements a full measurement's results show) in each language shown. The
 * group view, which most participants never open, is not fetched ahead.
 */
const VIEWS = {
  // With what "Finish" builds and stores the response with (fetched ahead: no wait at "Finish"), whose
  // validators the results' JSON import reads one with too.
  results: () =>
    Promise.all([
      import('../results/define.js'),
      import('../agenda/define.js'),
      import('../flower/define.js'),
      import('./results-screens.js').then((file) => void (screens = file)),
      loadCompletion(),
    ]),
  history: () => Promise.all([import('../history/define.js'), import('../flower/define.js'), loadRecordChecks()]),
  group: () =>
    Promise.all([
      import('../group/define.js'),
      import('../agenda/define.js'),
      import('../flower/define.js'),
      loadRecordChecks(),
    ]),
} as const;

export type LaterView = keyof typeof VIEWS;
export type ViewState = 'ready' | 'loading' | 'failed';

/** What participants go on to see: fetched in idle time once the first screen is shown (the history only when there is one). */
const AHEAD: readonly LaterView[] = ['results'];

/**
 * Which later views are there, loading or failed, for the root element's render. `need(view)`
 * starts loading and re-renders the host when it settles; a failed view stays failed (and the
 * screen says so with a retry) until `retry(view)`. `settled` resolves when no view a screen asked
 * for is loading, so the root's `updateComplete` includes it.
 */
export class LaterViews {
  private readonly states = new Map<LaterView, ViewState>();
  /** Views a screen asked for: their failure is shown rather than left for later. */
  private readonly shown = new Set<LaterView>();
  private readonly pending = new Map<LaterView, Promise<void>>();
  private prefetched = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /**
     * Called on every "Try again" of a view and when a view's file has come: another file of the
     * element that failed (the tools', from the same file) is tried again with it.
     */
    private readonly onRetry: () => void = () => undefined,
  ) {}

  /**
   * The state of a view rendered in `locale`, starting to load it when it was never asked for.
   * Only the language shown counts: while a switch to another language is loading or has failed,
   * the view stays in the old one (the configuration says so and retries), instead of failing too.
   */
  need(view: LaterView, locale: Locale): ViewState {
    this.shown.add(view);
    showLaterViews();
    const state = this.states.get(view);
    // Fetched ahead before the language changed: the shown language's later texts are still to come.
    if (state && (state !== 'ready' || hasLaterTexts(locale))) return state;
    this.start(view);
    return 'loading';
  }

  /** Tries a failed view again. */
  retry(view: LaterView): void {
    if (this.states.get(view) !== 'failed') return;
    this.start(view);
    this.onRetry();
    this.host.requestUpdate();
  }

  /** Tries every view a screen asked for that could not be loaded again (the tools' "Try again"). */
  retryFailed(): void {
    for (const [view, state] of this.states) if (state === 'failed') this.retry(view);
  }

  /** Fetches what participants see after the questionnaire, once, when the browser is idle. */
  prefetch(withHistory: boolean): void {
    if (this.prefetched) return;
    this.prefetched = true;
    const ahead = withHistory ? [...AHEAD, 'history' as const] : AHEAD;
    whenIdle(() => ahead.forEach((view) => this.states.has(view) || this.start(view)));
  }

  /** Whether a view is loading now. */
  get loading(): boolean {
    return [...this.pending.keys()].some((view) => this.shown.has(view));
  }

  /** Resolves when no view a screen asked for is loading (a prefetch in flight is not waited for). */
  async settled(): Promise<void> {
    while (this.loading) {
      await Promise.all([...this.pending].filter(([view]) => this.shown.has(view)).map(([, done]) => done));
    }
  }

  private start(view: LaterView): void {
    this.states.set(view, 'loading');
    const done = Promise.all([VIEWS[view](), loadLaterTexts()]).then(
      () => {
        this.states.set(view, 'ready');
        this.onRetry();
      },
      // A prefetch that fails is tried again when the screen needs it; a shown one says it failed.
      () => (this.shown.has(view) ? this.states.set(view, 'failed') : this.states.delete(view)),
    );
    this.pending.set(
      view,
      done.then(() => {
        this.pending.delete(view);
        this.host.requestUpdate();
      }),
    );
  }
}
