import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SourcePoller, type Clock, type SourceStatus } from '../../services/source-poller.js';

export interface SourceConfig {
  readonly url: string;
  readonly init: () => RequestInit | Promise<RequestInit>;
  readonly clock?: Clock;
  readonly fetch?: typeof fetch;
}

/**
 * Keeps the group view's `source` read while the element is connected and the tab is visible:
 * paused when the tab is hidden (nobody is looking, so no server load), read at once when it
 * comes back. A new URL or new request options start over (a 401 gets another chance then).
 */
export class SourceController implements ReactiveController {
  status: SourceStatus | null = null;
  /** Whether any list was received from the current source. */
  received = false;
  private poller: SourcePoller | null = null;
  private config: SourceConfig | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onData: (list: unknown[], appended: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Sets the source (null: none). Only a different URL, init or clock starts over. */
  configure(config: SourceConfig | null): void {
    const same =
      config?.url === this.config?.url && config?.init === this.config?.init && config?.clock === this.config?.clock;
    if (same && (config === null) === (this.config === null)) return;
    this.poller?.stop();
    this.poller = null;
    this.config = config;
    this.received = false;
    this.status = config ? { state: 'loading' } : null;
    if (config) {
      this.poller = new SourcePoller({
        url: config.url,
        init: config.init,
        clock: config.clock,
        fetch: config.fetch,
        onData: (list, appended) => {
          this.received = true;
          this.onData(list, appended);
        },
        onStatus: (status) => {
          if (status.state === 'ready') this.received = true;
          // Ready again after ready (an unchanged list, a 304) changes nothing on screen: no render.
          const same = status.state === 'ready' && this.status?.state === 'ready';
          this.status = status;
          if (!same) this.host.requestUpdate();
        },
      });
      this.follow();
    }
    this.host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.follow);
    this.follow();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.follow);
    this.poller?.pause();
  }

  private readonly follow = (): void => {
    if (!this.poller || !this.host.isConnected) return;
    if (document.visibilityState === 'hidden') this.poller.pause();
    else this.poller.start();
  };
}
