import type { ReactiveControllerHost } from 'lit';
import type { Agenda } from '../../model/agenda.js';
import { normalizeNamespace } from '../../services/storage-keys.js';
import { SeedsStorage } from '../../services/storage.js';

/**
 * The group's agenda, kept on this device per storage namespace (the element's `storage-key` or
 * `community`) and round, so a facilitator who reloads during a meeting finds the agenda as left.
 *
 * Decisions:
 * - Its own `SeedsStorage` of the same namespace: the group agenda is a record kind of its own
 *   (`group-agenda`), so it never races the participant's draft or history, and "delete my data"
 *   (the whole namespace) removes it too.
 * - Storage problems are not reported again here: the element's session reports them once.
 * - What the facilitator changes while the kept agenda is still being read wins over it.
 */
export class GroupAgendaStore {
  /** The agenda of the current namespace and round: null until one is kept or read. */
  agenda: Agenda | null = null;
  private key: string | null = null;
  private round = '';
  private storage: SeedsStorage | null = null;
  private work: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Follows the namespace and the round shown; reads the agenda kept for them. */
  use(namespace: string, round: string): void {
    const name = normalizeNamespace(namespace);
    const key = `${name}\n${round}`;
    if (key === this.key) return;
    this.key = key;
    this.round = round;
    this.agenda = null;
    if (this.storage?.namespace !== name) this.storage = new SeedsStorage({ namespace: name });
    const storage = this.storage;
    this.work = this.work.then(async () => {
      const kept = await storage.loadGroupAgenda(round);
      if (this.key === key && this.agenda === null && kept) {
        this.agenda = kept;
        this.host.requestUpdate();
      }
    });
  }

  /** Keeps a changed agenda for the current namespace and round. */
  set(agenda: Agenda): void {
    this.agenda = agenda;
    this.host.requestUpdate();
    const storage = this.storage;
    const round = this.round;
    if (storage) this.work = this.work.then(() => storage.saveGroupAgenda(round, agenda)).catch(() => undefined);
  }

  /** Resolves when every read and write started so far is done. */
  async settled(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.work;
      await seen;
    } while (seen !== this.work);
  }
}
