import { html, isServer, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { groupNames } from '../../content/default-model.js';
import { hasLaterTexts, languageTexts, loadTexts } from '../../content/language.js';
import { LOADING } from '../../content/loading.js';
import { screensStrings } from '../../content/screens.js';
import { emit } from '../../events/emit.js';
import type { SeedsErrorCode } from '../../events/seeds-error.js';
import { matchLocale, type Locale } from '../../model/locale.js';
import { overallScore } from '../../model/scoring.js';
import { SchemeController } from '../scheme.js';
import { FlowerInputs } from './checked-inputs.js';
import { WidthController } from './width.js';
import { bloom, prefersReducedMotion } from './motion.js';
import { drawing, targets } from './drawing.js';
import { legend } from './legend.js';
import { PetalInteraction } from './interaction.js';
import { placeTooltip, tooltip } from './tooltip.js';
import { serializeSvg, type SvgExportOptions } from './export.js';
import { loadPng } from './png-file.js';
import { layoutFlower, type FlowerLayout } from './layout.js';
import { canvasMeasure } from './measure.js';
import { SeedsFlowerApi } from './public-api.js';
import { styles } from './styles.js';
import { table } from './table.js';
import { buildPetals, petalLabels, whole, summarize, type PetalView } from './view.js';

export type { FlowerScores, FlowerSpread } from './inputs.js';
export type { Spread } from './geometry.js';

// One job: turning checked inputs into a layout and rendering it. The public attributes, properties,
// events, parts and custom properties are declared in ./public-api.ts; everything else has its own
// module: checked inputs, layout, drawing, labels, tooltip, table, legend, export, and the petals'
// keyboard/pointer behaviour (interaction.ts).

const DEFAULT_WIDTH = 480;
/** Below this width the rim shows numbers only and a legend under the flower names them. */
const NARROW_WIDTH = 480;

/**
 * The twelve success factors as a flower: one petal per factor, as long as its score on a fixed
 * 0–100 scale, grouped and coloured by the five groups; with an earlier measurement as a ghost, a
 * group's spread as a band over the middle half with a median tick (whiskers on request), and a data table as the accessible alternative.
 *
 * The drawing is an `svg role="img"`; each petal in it carries `data-factor` (the factor id) and
 * `data-score` (the score as given, or `null` when not assessed). The petals' buttons lie in a
 * second layer (`role="group"`, one `role="button"` per factor with `data-target`).
 *
 * @tagname seeds-flower
 * @summary Draws scores of the twelve success factors as a flower.
 */
export class SeedsFlower extends SeedsFlowerApi {
  static override styles = styles;

  @state() private tableOpen = false;

  @query('svg.drawing') private svgEl!: SVGSVGElement;
  @query('.tooltip') private tooltipEl!: HTMLElement;

  /** @internal */
  protected readonly scheme = new SchemeController(this, () => this.renderRoot.querySelector<HTMLElement>('.base'));

  readonly #interaction = new PetalInteraction(this, () => this.#petals);

  readonly #width = new WidthController(this);
  readonly #inputs = new FlowerInputs((code, name, errors) => this.#fail(code, name, errors));
  #layout?: FlowerLayout;
  #layoutKey = '';
  #drawnLayout?: FlowerLayout;
  #petals: PetalView[] = [];
  #summary = '';
  #bloomed = false;
  /** Whether shapes jump instead of moving in this update, and why. */
  #still: 'bloom' | 'layout' | false = false;

  /**
   * A shadow root rendered on the server (declarative shadow DOM from @lit-labs/ssr) is emptied
   * before the first render: the browser renders afresh instead of adding a second copy after it.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** The language in use: `lang` if supported, else the document's, else Dutch. */
  get locale(): Locale {
    // On the server (Lit SSR) there is no document: `lang` or Dutch.
    const documentLang = isServer ? undefined : document.documentElement.lang;
    return matchLocale(this.lang) ?? matchLocale(documentLang) ?? 'nl';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Labels were measured in a fallback font while a web font loaded: measure again.
    void document.fonts?.ready.then(() => {
      this.#layoutKey = '';
      this.requestUpdate();
    });
  }

  /**
   * The drawing as a standalone SVG document: colours and fonts resolved from the current theme and
   * written as attributes, `xmlns` set, nothing external.
   */
  toSVG(options: SvgExportOptions = {}): string {
    if (!this.svgEl) throw new Error('<seeds-flower> has not been drawn yet: add it to the document first.');
    return serializeSvg(this.svgEl, options);
  }

  /**
   * The drawing as a PNG at `scale` × its size in CSS pixels (2 by default, sharp on most screens).
   * Rejects when it cannot be made: no 2D canvas, or the painter's file could not be loaded (a later
   * call tries that file again).
   */
  async toPNG(scale = 2, options: SvgExportOptions = {}): Promise<Blob> {
    if (this.isConnected) await this.updateComplete;
    const svgText = this.toSVG(options);
    const { width, height } = this.svgEl.viewBox.baseVal;
    const { svgToPng } = await loadPng();
    return svgToPng(svgText, width, height, scale);
  }

  /** Updates once the language's texts (content/language.ts) and a host model's validator are loaded. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!hasLaterTexts(this.locale)) await loadTexts(this.locale, true).catch(() => undefined);
    if (!FlowerInputs.ready(this.model)) await FlowerInputs.load().catch(() => undefined);
    super.scheduleUpdate();
  }

  get #drawable(): boolean {
    return hasLaterTexts(this.locale) && FlowerInputs.ready(this.model);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#drawable) return; // the texts or the validator could not be loaded: render says so
    const modelChanged = this.#inputs.update(this, changed);
    if (!this.hasUpdated) this.#width.measureFirst();

    const locale = this.locale;
    const width = this.#width.width > 0 ? this.#width.width : DEFAULT_WIDTH;
    // Reading the font forces style, so only when the layout may change: never for new scores.
    const key = `${width}|${locale}`;
    if (modelChanged || key !== this.#layoutKey || !this.#layout) {
      this.#layoutKey = key;
      this.#layout = this.#computeLayout(width, locale);
    }
    this.#petals = buildPetals({
      model: this.#inputs.model,
      locale,
      texts: languageTexts(locale).flower,
      layout: this.#layout,
      scores: this.#inputs.scores,
      compare: this.#inputs.compare,
      spread: this.#inputs.spread,
    });
    this.#summary = summarize(
      this.#petals,
      overallScore(this.#inputs.scores),
      this.#inputs.respondents,
      languageTexts(locale).flower,
    );
    if (this.#interaction.active >= this.#petals.length) this.#interaction.active = 0;
    // A new layout (width, language, model) moves everything at once: no transitions for that; the
    // first scores bloom from the heart instead of moving.
    const blooming = !this.#bloomed && this.#petals.some((p) => p.score !== null);
    this.#still = blooming ? 'bloom' : this.#layout !== this.#drawnLayout ? 'layout' : false;
    if (blooming) this.#bloomed = true;
    this.#drawnLayout = this.#layout;
  }

  #computeLayout(width: number, locale: Locale): FlowerLayout {
    const factors = this.#inputs.model.factors;
    // On a phone, names on the rim would leave a small flower: numbers there, names in the legend.
    const narrow = width < NARROW_WIDTH;
    return layoutFlower({
      width,
      groups: factors.map((f) => f.group),
      ids: factors.map((f) => f.id),
      labels: narrow ? factors.map((f) => String(f.number)) : petalLabels(this.#inputs.model, locale),
      measure: canvasMeasure(isServer ? '' : getComputedStyle(this).fontFamily),
    });
  }

  #fail(code: SeedsErrorCode, name: string, errors: readonly string[]): void {
    if (errors.length === 0) return;
    const message = `<seeds-flower> ${name}: ${errors.join('; ')}`;
    emit(this, 'seeds-error', { code, message });
  }

  protected override render() {
    const locale = this.locale;
    if (!this.#drawable) {
      const t = LOADING[locale];
      return html`<p role="status">${t.failed}</p>
        <button type="button" @click=${this.retryTexts}>${t.retry}</button>`;
    }
    const layout = this.#layout as FlowerLayout;
    const texts = languageTexts(locale).flower;
    const overall = overallScore(this.#inputs.scores);
    const shown = this.#petals.find((p) => p.id === this.#interaction.shown);
    return html`<div part="base" class=${this.#still ? 'base still' : 'base'} lang=${locale}>
      <div class="figure">
        ${drawing({
          layout,
          petals: this.#petals,
          texts,
          groupNames: groupNames(locale),
          summary: this.#summary,
          overall: overall === null ? null : whole(overall),
          respondents: this.#inputs.respondents,
          whiskers: this.whiskers,
        })}
        <div
          @click=${this.#interaction.click}
          @keydown=${this.#interaction.keydown}
          @focusin=${this.#interaction.focusIn}
          @focusout=${this.#interaction.leave}
          @pointerover=${this.#interaction.pointerOver}
          @pointerleave=${this.#interaction.leave}
        >
          ${targets(layout, this.#petals, texts, this.#interaction.active)}
        </div>
        ${tooltip(shown, texts)}
      </div>
      ${layout.width < NARROW_WIDTH ? legend(this.#petals, screensStrings(locale).flower.legend, texts) : nothing}
      <button
        part="toggle"
        class="toggle"
        type="button"
        aria-controls="seeds-flower-table"
        aria-expanded=${this.tableOpen ? 'true' : 'false'}
        @click=${this.handleToggle}
      >
        ${this.tableOpen ? texts.hideTable : texts.showTable}
      </button>
      ${table(this.#petals, texts, groupNames(locale), {
        open: this.tableOpen,
        compare: this.#inputs.compare !== null,
        spread: this.#inputs.spread !== null,
      })}
    </div>`;
  }

  /** Tries the texts again; every input counts as changed, since `willUpdate` skipped them. */
  private retryTexts(): void {
    for (const name of ['model', 'scores', 'compare', 'spread', 'respondents'] as const) this.requestUpdate(name);
  }

  protected override updated(): void {
    if (!this.#drawable) return;
    this.#placeTooltip();
    if (this.#still === 'bloom' && !prefersReducedMotion()) bloom(this.renderRoot);
  }

  #placeTooltip(): void {
    const petal = this.#petals.find((p) => p.id === this.#interaction.shown);
    if (petal && this.#layout && this.tooltipEl) placeTooltip(this.tooltipEl, petal, this.#layout.viewBox);
  }

  private handleToggle(): void {
    this.tableOpen = !this.tableOpen;
  }
}
