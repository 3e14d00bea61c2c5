import { whenIdle } from '../internal/idle.js';
import type { Outbox } from '../services/outbox.js';
import type { DeliveryStatus, OutboxOptions } from '../services/outbox-types.js';
import { loadOutboxClass, outboxClass } from './outbox-file.js';
import type { NamespaceStore } from './store.js';

export interface SessionOutboxOptions {
  /** The outbox's hooks, bound to the element's events and request hook. */
  delivery: Pick<OutboxOptions, 'requestInit' | 'beforeSend' | 'onDelivered' | 'onDeliveryError'>;
  /** The endpoint now (for measurements that were queued but lost their outbox record). */
  endpoint: () => string | null;
  /** The namespace's store now (it changes with the namespace, also while the outbox's file loads). */
  store: () => NamespaceStore | null;
  /** Whether the element is connected: only then does its outbox run. */
  connected: () => boolean;
  /** Makes the session's `settle()` wait for a step (loading the outbox's file, healing). */
  track: <T>(task: Promise<T>) => Promise<T>;
  /** Re-renders the element. */
  update: () => void;
}

/**
 * The outbox side of a `Session`: the outbox of the namespace's loaded store, made once its file
 * is there (./outbox-file.ts), started when the element is connected, healed, stopped and made
 * afresh when the store changes. Its file may fail to load (the network is down): then `failed` is
 * true until `retry()`, and what waits to be sent stays stored.
 */
export class SessionOutbox {
  outbox: Outbox | null = null;
  /** The outbox's file could not be loaded (until `retry`). */
  failed = false;
  private store: NamespaceStore | null = null;
  /** Whether the current outbox was started before: a re-connection then keeps its backoff. */
  private started = false;
  private loading: Promise<unknown> | null = null;
  /** "Try again" came while a load was under way: that load may have begun before the network was back. */
  private retryAsked = false;

  constructor(private readonly options: SessionOutboxOptions) {}

  /**
   * Makes, starts and heals the outbox of the store once it is loaded; loads the outbox's file
   * first when needed: in idle time (it is not needed for the first screen), or `now`.
   */
  make(now = false): void {
    const store = this.options.store();
    if (this.outbox || this.loading || !store?.isLoaded) return;
    const Outbox = outboxClass();
    if (Outbox) {
      this.failed = false;
      this.retryAsked = false;
      this.store = store;
      this.outbox = new Outbox({
        storage: store.storage,
        ...this.options.delivery,
        onStatus: (status) => {
          void store.setSending(status.id, status.state);
          this.options.update();
        },
      });
      this.start();
      void this.options.track(this.heal(store, this.outbox));
      return;
    }
    // After a failed load only a step of the participant's ("Finish", "Try again", back online) loads
    // the file again, not every stored change.
    if (this.failed && !now) return;
    const idle = now ? Promise.resolve() : new Promise<void>((resolve) => whenIdle(resolve));
    this.loading = this.options.track(idle.then(loadOutboxClass)).then(
      () => {
        this.loading = null;
        this.make();
      },
      () => {
        this.loading = null;
        if (this.retryAsked) {
          this.retryAsked = false;
          this.make(true);
          return;
        }
        this.failed = true;
        this.options.update();
      },
    );
  }

  /** The outbox, once its file is there; null when it could not be loaded. */
  async ready(): Promise<Outbox | null> {
    this.make(true);
    while (this.loading) await this.loading;
    return this.outbox;
  }

  /** Loads the outbox's file again after a failure. */
  retry(): void {
    this.failed = false;
    // The load under way may have been asked for before the network came back: if it fails, one more.
    this.retryAsked = this.loading !== null;
    this.make(true);
  }

  /** Starts the outbox (again) when the element is connected. */
  start(): void {
    if (!this.outbox || !this.options.connected()) return;
    void this.outbox.start({ resume: this.started });
    this.started = true;
  }

  /** Stops the outbox; it stays, to be started again on re-connection. */
  stop(): void {
    this.outbox?.stop();
  }

  /** Stops and forgets the outbox (another namespace, or everything deleted). */
  drop(): void {
    this.outbox?.stop();
    this.outbox = null;
    this.failed = false;
    this.started = false;
  }

  /** Re-connected after the last widget of the namespace left: the outbox follows the new store, and `started` keeps its stored backoff. */
  follow(store: NamespaceStore): void {
    if (this.outbox && this.store !== store) {
      this.outbox.stop();
      this.outbox = null;
    }
  }

  statusOf(id: string): DeliveryStatus | undefined {
    return this.outbox?.statusOf(id);
  }

  /**
   * A measurement that is queued but has no outbox record (written by an older version, a tab
   * closed between two writes, or consent given while the outbox's file was missing) is put in the
   * outbox again, so it is sent after all.
   */
  private async heal(store: NamespaceStore, outbox: Outbox): Promise<void> {
    const endpoint = this.options.endpoint();
    if (!endpoint || !this.options.connected()) return;
    await outbox.heal(
      store.history.filter((e) => e.sending === 'queued').map((e) => e.response),
      endpoint,
    );
  }
}
