import type { ReactiveControllerHost } from 'lit';
import type { Agenda } from '../../model/agenda.js';
import { loadRecordChecks } from '../../services/checks-file.js';
import { RECORD_VERSION } from '../../services/records.js';
import { normalizeNamespace } from '../../services/storage-keys.js';
import { orThrow, SeedsStorage } from '../../services/storage.js';

/** A round as a key part: never empty (the round without a name is `-`), any text encoded. */
const roundId = (round: string) => (round ? `r-${encodeURIComponent(round)}` : '-');

/** The group agenda kept for a round (`''`: responses without a round), if any. */
export async function loadGroupAgenda(storage: SeedsStorage, round: string): Promise<Agenda | undefined> {
  const { validateGroupAgenda } = await loadRecordChecks();
  return (await storage.records.read(storage.key('group-agenda', roundId(round)), validateGroupAgenda))?.agenda;
}

/** Keeps the group agenda of a round. */
export async function saveGroupAgenda(storage: SeedsStorage, round: string, agenda: Agenda): Promise<void> {
  const { validateAgenda, validateGroupAgenda } = await loadRecordChecks();
  orThrow(validateAgenda(agenda), 'saveGroupAgenda');
  const record = { version: RECORD_VERSION, round, agenda };
  await storage.records.write(storage.key('group-agenda', roundId(round)), record, validateGroupAgenda);
}

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
      const kept = await loadGroupAgenda(storage, round);
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
    if (storage) this.work = this.work.then(() => saveGroupAgenda(storage, round, agenda)).catch(() => undefined);
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
