import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { groupStrings } from '../../content/group-strings.js';
import { emit } from '../../events/emit.js';
import type { TalliedGroup } from '../../model/group-tally.js';
import { findFactor } from '../../model/model.js';
import type { RequestInitHook } from '../../services/delivery.js';
import { resolveEndpoint } from '../../services/endpoint.js';
import type { Clock } from '../../services/source-poller.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { GroupData } from '../../state/group-data.js';
import { renderFigures, type FigureHandlers } from './figures.js';
import { renderSourceStatus, renderThreshold } from './parts.js';
import { renderPosterPrint, renderPosterSection } from './poster.js';
import { downloadCsv, downloadPoster, posterFor } from './downloads.js';
import { readResults, skippedMessage } from './input.js';
import { pickRound, renderRounds } from './rounds.js';
import { renderEmptyState } from '../empty/empty-state.js';
import { copyLink, renderShare, safeLink } from './share.js';
import { presentationStep } from './presentation.js';
import { GroupAgendaStore } from './agenda-store.js';
import { SourceController } from './source-controller.js';
import { styles } from './styles.js';
import { focusHeading } from '../focus-heading.js';
import { screensStrings } from '../../content/screens.js';

/** The smallest group shown: fewer respondents could recognise each other's answers. */
export const MIN_GROUP_FLOOR = 3;

/**
 * The facilitator's view: the group's flower live from a `source` (or the host's `results`), what
 * to discuss first, each factor's spread of answers, rounds compared, a breakdown by kind of
 * organisation, the group's agenda, a presentation mode, the participant link and the poster.
 * Internal to `<seeds-of-innovation>`, which passes its attributes through.
 *
 * This file is the element's wiring only (properties, data in, states, focus and keys, some 280
 * lines with their docs); what it shows lives beside it: figures.ts, parts.ts, detail.ts,
 * rounds.ts, compare.ts, share.ts, poster.ts, downloads.ts, input.ts, agenda-store.ts.
 *
 * @internal
 * @tagname seeds-group
 */
export class SeedsGroup extends LitElement {
  static override styles = styles;

  /** Focuses this view's heading (the root calls it after navigating here). */
  override focus(options?: FocusOptions): void {
    focusHeading(this.renderRoot, options);
  }

  @consume({ context: seedsContext, subscribe: true })
  @state()
  context!: SeedsContext;

  /** The host's `results`: a list of responses, validated here (in slices) and counted. Wins over `source`. */
  @property({ attribute: false }) results: unknown = undefined;
  /** URL that answers the group's responses as a JSON array. */
  @property() source: string | null = null;
  /** The host's request options hook; its headers go with every read of `source`. */
  @property({ attribute: false }) requestInit: RequestInitHook | undefined = undefined;
  /** Fewer respondents than this show no figure. Never below `MIN_GROUP_FLOOR`. */
  @property({ type: Number, attribute: 'min-group' }) minGroup = MIN_GROUP_FLOOR;
  /** The round to show first, when the data holds it. */
  @property() round: string | null = null;
  /** Starts in presentation mode. */
  @property({ type: Boolean }) presentation = false;
  /** The participants' link to show with a QR code. */
  @property({ attribute: 'share-url' }) shareUrl: string | null = null;
  /** The storage namespace of the element (`storage-key`, else `community`): the agenda is kept under it. */
  @property({ attribute: false }) storageNamespace = '';
  /** Timers and fetch for reading `source`; tests put fakes here. */
  @property({ attribute: false }) io: { clock?: Clock; fetch?: typeof fetch } = {};

  /** Bumped when the figures change, so the view draws again. */
  @state() protected version = 0;
  @state() private shownRound: string | null = null;
  @state() private compareRound: string | null = null;
  @state() private detail: string | null = null;
  @state() private presenting = false;
  @state() private step = 0;
  @state() private copyStatus = '';
  /** The poster to print: only it is printed while set (until the print is done). */
  @state() private posterPrint: { svg: string; filled: boolean } | null = null;
  /** Responses are being validated (in slices): the first time, the view says it is loading. */
  @state() private reading = false;
  private stepCount = 0;

  private data: GroupData | null = null;
  private readonly agendas = new GroupAgendaStore(this);
  private readonly source$ = new SourceController(this, (list, appended) => this.take(list, appended));
  private readonly init = async (): Promise<RequestInit> => (await this.requestInit?.()) ?? {};

  private get min(): number {
    const n = Math.floor(Number(this.minGroup));
    return Number.isFinite(n) ? Math.max(MIN_GROUP_FLOOR, n) : MIN_GROUP_FLOOR;
  }

  private get fromResults(): boolean {
    return this.results !== undefined && this.results !== null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.context) return;
    const newModel = !this.data || this.data.model !== this.context.model;
    if (newModel) this.data = new GroupData(this.context.model);
    if (changed.has('presentation')) this.presenting = this.presentation;
    if (this.fromResults && (changed.has('results') || newModel)) this.takeResults();
    if (['source', 'results', 'requestInit', 'io'].some((k) => changed.has(k as keyof SeedsGroup)) || newModel) {
      this.configureSource();
    }
  }

  private takeResults(): void {
    this.take(readResults(this, this.results), false, 'results');
  }

  private configureSource(): void {
    if (this.fromResults || !this.source) return this.source$.configure(null);
    const url = resolveEndpoint(this.source, this.ownerDocument.baseURI);
    if (!url.ok) {
      emit(this, 'seeds-error', {
        code: 'invalid-source',
        message: `source is refused: ${url.reason.replace('endpoint', 'source')}`,
      });
      return this.source$.configure(null);
    }
    // A new hook object gets a fresh init function, so a 401 gets another chance with new credentials.
    const hook = this.requestInit;
    this.source$.configure({ url: url.url, init: hook ? async () => (await hook()) ?? {} : this.init, ...this.io });
  }

  private async take(list: unknown[], appended: boolean, from: 'results' | 'source' = 'source'): Promise<void> {
    const data = this.data!;
    this.reading = true;
    const changed = await (appended ? data.append(list) : data.load(list));
    this.reading = data.busy;
    if (!changed || data !== this.data) return;
    if (data.skipped) emit(this, 'seeds-error', { code: 'invalid-results', message: skippedMessage(data, from) });
    this.version = data.version;
  }

  override render() {
    if (!this.context || !this.data) return nothing;
    const { locale } = this.context;
    const t = groupStrings(locale);
    const tally = this.data.tally;
    const rounds = tally.rounds;
    const round = pickRound(rounds, this.shownRound, this.round);
    this.agendas.use(this.storageNamespace, round);
    const g = tally.result(round);
    const n = g?.respondents ?? 0;
    const skipped = this.data.skipped;
    const loading =
      tally.size === 0 && (this.reading || (!this.fromResults && this.source$.status?.state === 'loading'));
    const status = this.source$.status;
    // The empty state only when there truly is nothing yet; a refused or failed read says so instead.
    const empty = !loading && n === 0 && (this.fromResults || !status || status.state === 'ready');
    const body = html`
      ${
        loading
          ? renderSourceStatus(t, { state: 'loading' }, false)
          : this.fromResults
            ? nothing
            : renderSourceStatus(t, status, tally.size > 0)
      }
      ${skipped ? html`<p class="notice" role="status">${t.skipped(skipped)}</p>` : nothing}
      ${renderPosterPrint(this.posterPrint)}
      ${rounds.length > 1 ? renderRounds(t, rounds, round, this.compareRound, this.roundHandlers) : nothing}
      ${loading || n === 0 ? nothing : n < this.min ? renderThreshold(t, n, this.min) : this.renderFigures(g!, round)}
      ${
        this.presenting
          ? nothing
          : html`${renderShare(t, safeLink(this.shareUrl, this.ownerDocument.baseURI), locale, this.copyStatus, (url) =>
              this.copy(url),
            )}
            ${renderPosterSection(t, n >= this.min, (filled, how) => void this.poster(filled ? g : null, how))}`
      }
    `;
    if (empty) {
      const e = screensStrings(locale).empty.group;
      return html`<div
        part="group"
        class=${this.posterPrint ? 'printing-poster' : ''}
        data-busy=${this.reading ? 'true' : 'false'}
      >
        ${renderEmptyState({ id: 'group-heading', heading: e.heading, text: e.text })} ${body}
      </div>`;
    }
    return html`
      <section
        aria-labelledby="group-heading"
        part="group"
        class=${[this.presenting ? 'presenting' : '', this.posterPrint ? 'printing-poster' : ''].join(' ').trim()}
        data-busy=${this.reading ? 'true' : 'false'}
        @keydown=${this.handleKey}
      >
        <h2 id="group-heading" tabindex="-1" data-screen>${t.heading}</h2>
        ${body}
      </section>
    `;
  }

  private readonly roundHandlers = {
    onRound: (value: string) => (this.shownRound = value),
    onCompare: (value: string | null) => (this.compareRound = value),
  };

  private renderFigures(g: TalliedGroup, round: string) {
    const { template, steps } = renderFigures({
      context: this.context,
      g,
      tally: this.data!.tally,
      round,
      compareRound: this.compareRound,
      min: this.min,
      presenting: this.presenting,
      step: this.step,
      detail: this.detail,
      agenda: this.agendas.agenda,
      on: this.figureHandlers,
    });
    this.stepCount = steps;
    return template;
  }

  private readonly figureHandlers: FigureHandlers = {
    open: (id) => void this.open(id),
    close: () => void this.close(),
    togglePresentation: () => void this.togglePresentation(),
    agenda: (agenda) => this.agendas.set(agenda),
    csv: (g) => downloadCsv(this.context, g),
  };

  /** Resolves when the group agenda kept on this device has been read and every change written. */
  agendaSaved(): Promise<void> {
    return this.agendas.settled();
  }

  /** Opens a factor's detail and moves focus to it. */
  private async open(id: string): Promise<void> {
    if (!findFactor(this.context.model, id)) return;
    this.detail = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
  }

  private async close(): Promise<void> {
    const id = this.detail;
    this.detail = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.discuss [data-factor="${id}"] button`)?.focus();
  }

  private async togglePresentation(): Promise<void> {
    this.presenting = !this.presenting;
    this.step = 0;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="presentation"]')?.focus();
  }

  /** In presentation mode the arrow keys step through the factors to discuss (the flower keeps its own). */
  private handleKey(event: KeyboardEvent): void {
    const next = this.presenting ? presentationStep(event, this.step, this.stepCount) : null;
    if (next !== null) this.step = next;
  }

  /** Downloads the poster as SVG, or prints it alone (A3) and then the view prints as itself again. */
  private async poster(g: TalliedGroup | null, how: 'download' | 'print'): Promise<void> {
    if (how === 'download') return downloadPoster(this, this.context, g);
    this.posterPrint = { svg: await posterFor(this, this.context, g), filled: g !== null };
    await this.updateComplete;
    const done = () => (this.posterPrint = null);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  private async copy(url: string): Promise<void> {
    this.copyStatus = await copyLink(url, groupStrings(this.context.locale));
  }
}
