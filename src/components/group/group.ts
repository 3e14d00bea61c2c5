import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { groupStrings } from '../../content/group-strings.js';
import { resultsStrings } from '../../content/strings.js';
import { emit } from '../../events/emit.js';
import { download } from '../../internal/download.js';
import type { Agenda } from '../../model/agenda.js';
import { groupCsv } from '../../model/csv.js';
import { discussFirst } from '../../model/discuss.js';
import { NO_ROUND, type TalliedGroup } from '../../model/group-tally.js';
import { findFactor } from '../../model/model.js';
import type { RequestInitHook } from '../../services/delivery.js';
import { resolveEndpoint } from '../../services/endpoint.js';
import type { Clock } from '../../services/source-poller.js';
import { themeScores } from '../../model/themes.js';
import type { ThemeId } from '../../model/model.js';
import { themeNames } from '../../content/default-model.js';
import { seedsContext, type SeedsContext } from '../../state/context.js';
import { GroupData } from '../../state/group-data.js';
import { compareRounds } from './compare.js';
import { renderDetail } from './detail.js';
import { renderDiscuss, renderRoles, renderSourceStatus, renderTable, renderThreshold } from './parts.js';
import { drawFlower, posterSvg, renderPosterSection } from './poster.js';
import { renderRounds } from './rounds.js';
import { renderEmptyState } from '../empty/empty-state.js';
import { renderShare, safeLink } from './share.js';
import { GroupAgendaStore } from './agenda-store.js';
import { SourceController } from './source-controller.js';
import { styles } from './styles.js';
import { focusHeading } from '../focus-heading.js';
import { BUTTON_PARTS, FLOWER_PARTS } from '../parts.js';
import { screensStrings } from '../../content/screens.js';
import { viewsStrings } from '../../content/strings.js';

/** The smallest group shown: fewer respondents could recognise each other's answers. */
export const MIN_GROUP_FLOOR = 3;

/**
 * The facilitator's view: the group's flower live from a `source` (or the host's `results`), what
 * to discuss first, each factor's spread of answers, rounds compared, a breakdown by kind of
 * organisation, the group's agenda, a presentation mode, the participant link and the poster.
 * Internal to `<seeds-of-innovation>`, which passes its attributes through.
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

  /** The host's results: read defensively (a throwing getter or Proxy is reported, not fatal). */
  private takeResults(): void {
    let list: unknown[] = [];
    if (!Array.isArray(this.results)) {
      emit(this, 'seeds-error', { code: 'invalid-results', message: 'results: expected an array of responses' });
    } else {
      try {
        list = [...(this.results as unknown[])];
      } catch (error) {
        // A getter or Proxy that throws: the group view shows nothing rather than the element breaking.
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        emit(this, 'seeds-error', {
          code: 'invalid-results',
          message: `Reading the results property failed (${reason}).`,
        });
      }
    }
    this.take(list, false, 'results');
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
    if (data.skipped) {
      // Short however many there are: the first few problems, each naming its entry, and a count.
      const named = data.errors.map((e) => `${from}${e}`).join('; ');
      const more = data.skipped - data.errors.length;
      const message = `${data.skipped} of the ${from === 'results' ? 'results' : 'responses from source'} could not be read and are left out: ${named}${more > 0 ? `; and ${more} more` : ''}`;
      emit(this, 'seeds-error', { code: 'invalid-results', message });
    }
    this.version = data.version;
  }

  override render() {
    if (!this.context || !this.data) return nothing;
    const { locale } = this.context;
    const t = groupStrings(locale);
    const tally = this.data.tally;
    const rounds = tally.rounds;
    const round = this.pickRound(rounds);
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
      ${rounds.length > 1 ? renderRounds(t, rounds, round, this.compareRound, this.roundHandlers) : nothing}
      ${loading || n === 0 ? nothing : n < this.min ? renderThreshold(t, n, this.min) : this.renderFigures(g!, round)}
      ${
        this.presenting
          ? nothing
          : html`${renderShare(t, safeLink(this.shareUrl, this.ownerDocument.baseURI), locale, this.copyStatus, (url) =>
              this.copy(url),
            )}
            ${renderPosterSection(t, n >= this.min, (filled) => this.handlePoster(filled ? g : null))}`
      }
    `;
    if (empty) {
      const e = screensStrings(locale).empty.group;
      return html`<div part="group" data-busy=${this.reading ? 'true' : 'false'}>
        ${renderEmptyState({ id: 'group-heading', heading: e.heading, text: e.text })} ${body}
      </div>`;
    }
    return html`
      <section
        aria-labelledby="group-heading"
        part="group"
        class=${this.presenting ? 'presenting' : ''}
        data-busy=${this.reading ? 'true' : 'false'}
        @keydown=${this.handleKey}
      >
        <h2 id="group-heading" tabindex="-1" data-screen>${t.heading}</h2>
        ${body}
      </section>
    `;
  }

  private pickRound(rounds: string[]): string {
    if (this.shownRound !== null && rounds.includes(this.shownRound)) return this.shownRound;
    if (this.round && rounds.includes(this.round)) return this.round;
    return rounds.at(-1) ?? NO_ROUND;
  }

  private readonly roundHandlers = {
    onRound: (value: string) => (this.shownRound = value),
    onCompare: (value: string | null) => (this.compareRound = value),
  };

  private renderFigures(g: TalliedGroup, round: string) {
    const { locale, model, ui } = this.context;
    const t = groupStrings(locale);
    const first = discussFirst(model, g.scores, g.factors);
    const compared = compareRounds(model, this.data!.tally, round, this.compareRound, this.min);
    const spread = Object.fromEntries(
      Object.entries(g.factors).map(([id, s]) => [
        id,
        s && { min: s.min, q1: s.q1, median: s.median, q3: s.q3, max: s.max },
      ]),
    );
    this.stepCount = first.all.length;
    const focus = this.presenting ? (first.all[this.step] ?? null) : this.detail;
    const factor = focus ? findFactor(model, focus) : undefined;
    return html`
      <p class="live" aria-live=${this.presenting ? 'polite' : 'off'}>
        <span class="count" data-respondents=${g.respondents}>${t.source.live(g.respondents)}</span>
      </p>
      ${this.presenting ? html`<p class="meta">${t.presentation.hint} ${t.presentation.step(this.step + 1, first.all.length)}</p>` : nothing}
      <div class="buttons">
        <button
          type="button"
          data-action="presentation"
          aria-pressed=${this.presenting ? 'true' : 'false'}
          @click=${this.togglePresentation}
        >
          ${this.presenting ? t.presentation.leave : t.presentation.enter}
        </button>
      </div>
      ${g.comparison.partial ? html`<p class="partial">${viewsStrings(locale).group.partial(g.comparison.items.length)}</p>` : nothing}
      <ul class="themes" aria-label=${resultsStrings(locale).themesLabel}>
        ${Object.entries(themeScores(model, g.scores)).map(
          ([theme, value]) =>
            html`<li data-theme=${theme}>
              ${resultsStrings(locale).themeScore(themeNames(locale)[theme as ThemeId], value)}
            </li>`,
        )}
      </ul>
      ${renderDiscuss(t, first, g, model, locale, (id) => this.open(id))}
      <seeds-flower
        part="flower"
        exportparts=${FLOWER_PARTS}
        lang=${locale}
        .model=${model}
        .scores=${g.scores}
        .spread=${spread}
        .compare=${compared?.before}
        .respondents=${g.respondents}
        @seeds-factor-select=${(e: CustomEvent<{ factor: string }>) => this.open(e.detail.factor)}
      ></seeds-flower>
      ${
        factor
          ? renderDetail(
              t,
              factor,
              g,
              this.context,
              () => this.close(),
              (id) => this.open(id),
              first.all,
            )
          : nothing
      }
      ${
        this.presenting
          ? nothing
          : html`${compared?.partial ? html`<p class="partial" data-partial="rounds">${t.rounds.partial(compared.items)}</p>` : nothing}
              ${renderTable(t, ui, g, compared, model, locale)}
              ${renderRoles(t, ui, this.data!.tally, round, this.min, model, locale)}
              <seeds-agenda
                exportparts=${BUTTON_PARTS}
                .agenda=${this.agendas.agenda ?? { selected: first.all, actions: {} }}
                .scores=${g.scores}
                @agenda-change=${(e: CustomEvent<{ agenda: Agenda }>) => this.agendas.set(e.detail.agenda)}
              ></seeds-agenda>
              <div class="buttons">
                <button type="button" part="button" @click=${() => this.handleCsv(g)}>${t.csv}</button>
              </div>`
      }
    `;
  }

  /** Opens a factor's detail and moves focus to it. */
  /** Resolves when the group agenda kept on this device has been read and every change written. */
  agendaSaved(): Promise<void> {
    return this.agendas.settled();
  }

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
    if (
      !this.presenting ||
      event.composedPath().some((n) => n instanceof HTMLElement && n.localName === 'seeds-flower')
    )
      return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLSelectElement || target instanceof HTMLInputElement) return;
    const delta = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!delta) return;
    event.preventDefault();
    if (this.stepCount) this.step = (this.step + delta + this.stepCount) % this.stepCount;
  }

  private async handlePoster(g: TalliedGroup | null): Promise<void> {
    const { model, locale } = this.context;
    const flower = await drawFlower(this, model, locale, g?.scores ?? {});
    const name = `${resultsStrings(locale).filePrefix}-poster${g ? '-group' : ''}.svg`;
    download(name, posterSvg(model, locale, groupStrings(locale).poster, flower), 'image/svg+xml');
  }

  private async copy(url: string): Promise<void> {
    const t = groupStrings(this.context.locale).share;
    try {
      await navigator.clipboard.writeText(url);
      this.copyStatus = t.copied;
    } catch {
      this.copyStatus = t.copyFailed;
    }
  }

  private handleCsv(g: TalliedGroup): void {
    const { model, locale, groups } = this.context;
    const name = `${resultsStrings(locale).filePrefix}-group-${new Date().toISOString().slice(0, 10)}.csv`;
    download(name, groupCsv(model, g, locale, { groupNames: groups }), 'text/csv;charset=utf-8');
  }
}
