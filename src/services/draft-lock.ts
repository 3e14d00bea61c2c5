/**
 * Which tab edits a namespace's draft. Two tabs that resume the same draft would complete two
 * different responses with one id (the server keeps one, the other participant's answers vanish),
 * so one tab at a time owns it: the Web Locks API gives the lock to one page of this origin and
 * hands it on when that page closes. A page that does not get the lock waits for it in the
 * background and is told (`onOwned`) when it comes.
 *
 * Without `navigator.locks` (an old browser, or a page that is not a secure context) every page
 * owns its draft, as before there was a lock.
 *
 * @example
 * ```ts
 * const lock = new DraftLock('seeds-of-innovation:greenport:draft', () => this.takeOver());
 * if (!(await lock.acquire())) showReadOnly();
 * await lock.release(); // when the last widget of the namespace leaves
 * ```
 */
export class DraftLock {
  /** Whether this page may change the draft. */
  owned = false;
  private readonly abort = new AbortController();
  private unlock?: () => void;
  private released = false;
  private readonly requests: Promise<unknown>[] = [];

  constructor(
    readonly name: string,
    private readonly onOwned: () => void,
    private readonly locks: LockManager | undefined = globalThis.navigator?.locks,
  ) {}

  /** Whether Web Locks are there; without them every page owns its draft. */
  get supported(): boolean {
    return this.locks !== undefined;
  }

  /**
   * Takes the lock when it is free and resolves true; else resolves false at once and waits for it
   * in the background (then `owned` turns true and `onOwned` is called).
   */
  async acquire(): Promise<boolean> {
    if (!this.locks) return (this.owned = true);
    if (await this.request({ ifAvailable: true })) return (this.owned = true);
    this.wait();
    return false;
  }

  /**
   * Gives the lock to the page that waits for it (it asked for it: "continue here instead") and
   * waits for it again behind that page, as a page that did not get it does.
   */
  handOver(): void {
    if (!this.owned || !this.locks || this.released) return;
    this.owned = false;
    this.unlock?.();
    this.unlock = undefined;
    this.wait();
  }

  /** Lets go of the lock (or stops waiting for it); resolves when another page can have it. */
  async release(): Promise<void> {
    this.released = true;
    this.owned = false;
    this.abort.abort();
    this.unlock?.();
    await Promise.allSettled(this.requests);
  }

  private wait(): void {
    void this.request({ signal: this.abort.signal }).then((got) => {
      if (!got || this.released) return;
      this.owned = true;
      this.onOwned();
    });
  }

  private request(options: LockOptions): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const held = this.locks!.request(this.name, options, (lock) => {
        if (!lock || this.released) return resolve(false);
        resolve(true);
        // Held until `release()`: the lock goes when this promise settles (or the page closes).
        return new Promise<void>((done) => (this.unlock = done));
      });
      this.requests.push(held);
      held.catch(() => resolve(false)); // AbortError: released while waiting
    });
  }
}
