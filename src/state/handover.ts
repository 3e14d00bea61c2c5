import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Navigation } from './navigation.js';
import type { Session } from './session.js';

/**
 * "Continue here instead" in the tab that waits for the draft: asks the tab that has it to hand it
 * over, and once this tab has it, puts focus on the questionnaire's heading (the button that had
 * focus is gone) and has the root announce that the participant can continue here.
 *
 * @example
 * ```ts
 * readonly handover = new HandOverController(this, this.session, this.nav);
 * html`<button @click=${() => this.handover.ask()}>…</button>`
 * ```
 */
export class HandOverController implements ReactiveController {
  /** `asking`: the other tab was asked; `taken`: it handed the draft over to this tab. */
  state: 'idle' | 'asking' | 'taken' = 'idle';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: Session,
    private readonly nav: Navigation,
  ) {
    host.addController(this);
  }

  /** Whether this tab may offer to continue here: without BroadcastChannel nothing can be asked. */
  get available(): boolean {
    return !this.session.ownsDraft && this.session.canAskHandOver;
  }

  ask(): void {
    this.state = 'asking';
    this.session.askHandOver();
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.state !== 'asking' || !this.session.ownsDraft) return;
    this.state = 'taken';
    // After this update, not in it: the questionnaire renders, then focus goes to its heading.
    void this.host.updateComplete.then(() => this.nav.go('questionnaire'));
  }
}
