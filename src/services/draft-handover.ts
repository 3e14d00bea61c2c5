/**
 * "Continue here instead": a tab that waits for a namespace's draft asks the tab that owns it to
 * hand it over, over a BroadcastChannel of this origin (tabs and windows of one browser profile).
 * The owner saves its draft, lets go of the draft lock (`DraftLock.handOver`) and shows the calm
 * message itself; the asking tab gets the lock and reads the draft afresh, so no answer is lost.
 *
 * Without `BroadcastChannel` nothing can be asked (`supported` is false): the waiting tab then takes
 * over only when the other one closes.
 *
 * @example
 * ```ts
 * const channel = new DraftHandover('seeds-of-innovation:greenport:draft', () => this.handOver());
 * channel.ask();   // in the tab that waits
 * channel.close(); // when the store closes
 * ```
 */
export class DraftHandover {
  private readonly channel?: BroadcastChannel;

  constructor(
    readonly name: string,
    onAsked: () => void,
    Channel: typeof BroadcastChannel | undefined = globalThis.BroadcastChannel,
  ) {
    if (!Channel) return;
    this.channel = new Channel(name);
    // Only this one message is known; anything else on the channel (another version, a stranger) is ignored.
    this.channel.onmessage = (e: MessageEvent) => {
      if ((e.data as { type?: unknown } | null)?.type === HAND_OVER) onAsked();
    };
  }

  get supported(): boolean {
    return this.channel !== undefined;
  }

  /** Asks the tab that owns the draft to give it to this one. */
  ask(): void {
    this.channel?.postMessage({ type: HAND_OVER });
  }

  close(): void {
    this.channel?.close();
  }
}

/** The message a waiting tab sends. */
export const HAND_OVER = 'hand-over';
