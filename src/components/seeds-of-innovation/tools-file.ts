import type { ReactiveControllerHost } from 'lit';
import { lazyFile } from '../../internal/lazy-file.js';

// The tools under the screen ("start a new measurement", "earlier measurements", "delete my data")
// show only once something is stored, never on a first visit's first screen: their rendering
// (./tools.ts) comes with the views' file (issue 13), which is fetched ahead in idle time anyway.
// Their texts stay with the first screen's, so a language switch never waits for that file.
const file = lazyFile(() => import('./tools.js'));

/**
 * The tools' file for one element: `get()` answers the rendering once the file is there, and
 * starts loading it (re-rendering the element when it settles) when it is not. A failed load stays
 * failed, said with a retry, until `retry()`: its own, a later view's (the same file), or when a
 * later view's file has come meanwhile; each "Try again" brings back both.
 */
export class ToolsFile {
  /** True when the file could not be loaded (until `retry`). */
  failed = false;
  private pending: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Its own "Try again" also tries the element's failed views again: they are in the same file. */
    private readonly retryOthers: () => void = () => undefined,
  ) {}

  get(): typeof import('./tools.js') | null {
    const tools = file.current();
    if (!tools && !this.failed && !this.pending) this.load();
    return tools;
  }

  /** Loads the file again after a failure (its own "Try again", or one of a later view's). */
  retry(): void {
    if (!this.failed) return;
    this.failed = false;
    this.load();
    this.retryOthers();
    this.host.requestUpdate();
  }

  /** Resolves when no load this element asked for is under way (the root's `updateComplete` includes it). */
  async settled(): Promise<void> {
    while (this.pending) await this.pending;
  }

  get loading(): boolean {
    return this.pending !== null;
  }

  private load(): void {
    this.pending = file.load().then(
      () => undefined,
      () => void (this.failed = true),
    );
    void this.pending.then(() => {
      this.pending = null;
      this.host.requestUpdate();
    });
  }
}
