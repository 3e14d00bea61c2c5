import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_MODEL, groupNames } from '../../content/default-model.js';
import { hasLanguage, languageTexts, loadLanguage } from '../../content/language.js';
import { LOADING } from '../../content/loading.js';
import { screensStrings } from '../../content/screens.js';
import { emit } from '../../events/emit.js';
import type { SeedsErrorCode } from '../../events/seeds-error.js';
import { matchLocale, type LanguageTag, type Locale } from '../../model/locale.js';
import type { Model, ModelInput } from '../../model/model.js';
import { overallScore } from '../../model/scoring.js';
import { validateModel } from '../../model/validate-model.js';
import { SchemeController } from '../scheme.js';
import { bloom, prefersReducedMotion } from './motion.js';
import { drawing, targets } from './drawing.js';
import { legend } from './legend.js';
import { PetalInteraction } from './interaction.js';
import { placeTooltip, tooltip } from './tooltip.js';
import { serializeSvg, svgToPng, type SvgExportOptions } from './export.js';
import {
  checkRespondents,
  checkScores,
  checkSpread,
  jsonAttribute,
  type FlowerScores,
  type FlowerSpread,
} from './inputs.js';
import { layoutFlower, type FlowerLayout } from './layout.js';
import { canvasMeasure } from './measure.js';
import { styles } from './styles.js';
import { table } from './table.js';
import { buildPetals, petalLabels, whole, summarize, type PetalView } from './view.js';

export type { FlowerScores, FlowerSpread } from './inputs.js';
export type { Spread } from './geometry.js';

// Over 250 lines: about 50 are the public API's JSDoc (read by the custom-elements manifest) and the
// rest is one job, turning checked inputs into a layout and rendering it. Everything else has its
// own module: inputs, layout, drawing, labels, tooltip, table, legend, export, and the petals'
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
 *
 * @fires {CustomEvent<SeedsFactorSelectDetail>} seeds-factor-select - The user picked a petal by click, Enter or Space; `detail.factor` is its id.
 * @fires {CustomEvent<SeedsErrorDetail>} seeds-error - `scores`, `compare`, `spread` or `respondents` (code `invalid-scores`) or `model`
 *   (code `invalid-model`) was invalid. Invalid entries are drawn as not assessed; the element never throws.
 *
 * @csspart base - The wrapper around everything.
 * @csspart svg - The drawing (`svg role="img"`).
 * @csspart targets - The layer of petal buttons over the drawing.
 * @csspart tooltip - The box with a petal's title, score, change and spread.
 * @csspart toggle - The button that shows and hides the table.
 * @csspart table - The data table.
 * @csspart legend - Below 480 px wide: the list of numbers, names and scores under the flower.
 *
 * @cssprop --seeds-group-people - Colour of the group "people" (factors 1–2).
 * @cssprop --seeds-group-process - Colour of the group "process" (factors 3–4).
 * @cssprop --seeds-group-content - Colour of the group "content" (factors 5–7).
 * @cssprop --seeds-group-precondition - Colour of the group "precondition" (factor 8).
 * @cssprop --seeds-group-outcomes - Colour of the group "outcomes" (factors 9–12).
 * @cssprop --seeds-flower-ring - Colour of the rings at 25, 50, 75 and 100 and of the petal outlines.
 * @cssprop --seeds-flower-halo - Background colour behind lines drawn over petals, the heart and the tooltip.
 * @cssprop --seeds-flower-on-halo - Text on the halo: the heart's score and the tooltip (black or white to suit the halo by default).
 * @cssprop --seeds-color-surface - Background of the element (transparent by default); the text turns black or white to suit it unless --seeds-color-text is set.
 * @cssprop --seeds-focus-color - Colour of the focus outline around a petal.
 * @cssprop --seeds-color-text - Text and line colour (defaults to the inherited colour). Light text switches the element to its dark palette, whatever the page's `color-scheme`.
 * @cssprop --seeds-color-muted - Colour of secondary text.
 * @cssprop --seeds-color-border - Border colour of the toggle, table and tooltip.
 * @cssprop --seeds-color-surface - Background of the table toggle (transparent by default).
 * @cssprop --seeds-radius - Corner radius of the table toggle and the tooltip.
 * @cssprop --seeds-spacing - Space between the drawing, the legend and the table.
 * @cssprop --seeds-focus-ring - Focus outline of the table toggle.
 */
export class SeedsFlower extends LitElement {
  static override styles = styles;

  /** Factor id → score from 0 to 100, or null when not assessed. Also a JSON attribute. @attr scores */
  @property({ attribute: 'scores', converter: jsonAttribute }) scores: FlowerScores | undefined = undefined;

  /** Earlier scores (same shape), drawn as a ghost outline with the change. Also a JSON attribute. @attr compare */
  @property({ attribute: 'compare', converter: jsonAttribute }) compare: FlowerScores | undefined = undefined;

  /** Per factor `{min, q1, median, q3, max}` of a group's scores, drawn as a band from q1 to q3 with a median tick. Also a JSON attribute. @attr spread */
  @property({ attribute: 'spread', converter: jsonAttribute }) spread: FlowerSpread | undefined = undefined;

  /** Draw the spread's min–max whiskers as well as the middle-half band. @attr whiskers */
  @property({ type: Boolean }) whiskers = false;

  /** The number of respondents, shown in the heart. @attr respondents */
  @property({ type: Number }) respondents: number | undefined = undefined;

  /** The factor model: petals, their order, groups and titles. Property only; defaults to the research's twelve factors. */
  @property({ attribute: false }) model: ModelInput = DEFAULT_MODEL;

  /** `nl` (default) or `en` (a region such as `nl-BE` is fine); otherwise the document's language when supported. @attr lang */
  @property() override lang: LanguageTag = '';

  @state() private width = 0;
  @state() private tableOpen = false;

  @query('svg.drawing') private svgEl!: SVGSVGElement;
  @query('.tooltip') private tooltipEl!: HTMLElement;

  /** @internal */
  protected readonly scheme = new SchemeController(this, () => this.renderRoot.querySelector<HTMLElement>('.base'));

  readonly #interaction = new PetalInteraction(this, () => this.#petals);

  #model: Model = DEFAULT_MODEL;
  #scores: FlowerScores = {};
  #compare: FlowerScores | null = null;
  #spread: FlowerSpread | null = null;
  #respondents: number | null = null;
  #layout?: FlowerLayout;
  #layoutKey = '';
  #drawnLayout?: FlowerLayout;
  #petals: PetalView[] = [];
  #summary = '';
  #resize?: ResizeObserver;
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
    this.#resize ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      // A new width changes the drawing's height, which this observer sees again in the same frame;
      // applying it in the next frame avoids the browser's "ResizeObserver loop" error.
      if (width > 0 && width !== this.width) requestAnimationFrame(() => (this.width = width));
    });
    this.#resize.observe(this);
    // Labels were measured in a fallback font while a web font loaded: measure again.
    void document.fonts?.ready.then(() => {
      this.#layoutKey = '';
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  /**
   * The drawing as a standalone SVG document: colours and fonts resolved from the current theme and
   * written as attributes, `xmlns` set, nothing external.
   */
  toSVG(options: SvgExportOptions = {}): string {
    if (!this.svgEl) throw new Error('<seeds-flower> has not been drawn yet: add it to the document first.');
    return serializeSvg(this.svgEl, options);
  }

  /** The drawing as a PNG at `scale` × its size in CSS pixels (2 by default, sharp on most screens). */
  async toPNG(scale = 2, options: SvgExportOptions = {}): Promise<Blob> {
    if (this.isConnected) await this.updateComplete;
    const svgText = this.toSVG(options);
    const { width, height } = this.svgEl.viewBox.baseVal;
    return svgToPng(svgText, width, height, scale);
  }

  /** Updates once the language's texts are loaded (a file of their own; see content/language.ts). */
  protected override async scheduleUpdate(): Promise<void> {
    if (!hasLanguage(this.locale)) await loadLanguage(this.locale).catch(() => undefined);
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!hasLanguage(this.locale)) return; // the texts could not be loaded: render says so
    const ids = () => this.#model.factors.map((f) => f.id);
    if (changed.has('model')) {
      const checked = this.model === DEFAULT_MODEL ? null : validateModel(this.model);
      this.#model = checked?.ok ? checked.value : DEFAULT_MODEL;
      if (checked && !checked.ok) this.#fail('invalid-model', 'model', checked.errors);
    }
    const modelChanged = changed.has('model');
    if (modelChanged || changed.has('scores')) {
      const checked = checkScores(this.scores, ids(), 'scores');
      this.#scores = checked.value;
      this.#fail('invalid-scores', 'scores', checked.errors);
    }
    if (modelChanged || changed.has('compare')) {
      const checked = checkScores(this.compare, ids(), 'compare');
      this.#compare = this.compare == null ? null : checked.value;
      this.#fail('invalid-scores', 'compare', checked.errors);
    }
    if (modelChanged || changed.has('spread')) {
      const checked = checkSpread(this.spread, ids(), 'spread');
      this.#spread = this.spread == null ? null : checked.value;
      this.#fail('invalid-scores', 'spread', checked.errors);
    }
    if (changed.has('respondents')) {
      const checked = checkRespondents(this.respondents);
      this.#respondents = checked.value;
      this.#fail('invalid-scores', 'respondents', checked.errors);
    }
    if (!isServer && !this.hasUpdated && this.width === 0) this.width = Math.round(this.getBoundingClientRect().width);

    const locale = this.locale;
    const width = this.width > 0 ? this.width : DEFAULT_WIDTH;
    // Reading the font forces style, so only when the layout may change: never for new scores.
    const key = `${width}|${locale}`;
    if (modelChanged || key !== this.#layoutKey || !this.#layout) {
      this.#layoutKey = key;
      this.#layout = this.#computeLayout(width, locale);
    }
    this.#petals = buildPetals({
      model: this.#model,
      locale,
      texts: languageTexts(locale).flower,
      layout: this.#layout,
      scores: this.#scores,
      compare: this.#compare,
      spread: this.#spread,
    });
    this.#summary = summarize(
      this.#petals,
      overallScore(this.#scores),
      this.#respondents,
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
    const factors = this.#model.factors;
    // On a phone, names on the rim would leave a small flower: numbers there, names in the legend.
    const narrow = width < NARROW_WIDTH;
    return layoutFlower({
      width,
      groups: factors.map((f) => f.group),
      ids: factors.map((f) => f.id),
      labels: narrow ? factors.map((f) => String(f.number)) : petalLabels(this.#model, locale),
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
    if (!hasLanguage(locale)) {
      const t = LOADING[locale];
      return html`<p role="status">${t.failed}</p>
        <button type="button" @click=${this.retryTexts}>${t.retry}</button>`;
    }
    const layout = this.#layout as FlowerLayout;
    const texts = languageTexts(locale).flower;
    const overall = overallScore(this.#scores);
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
          respondents: this.#respondents,
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
        compare: this.#compare !== null,
        spread: this.#spread !== null,
      })}
    </div>`;
  }

  /** Tries the texts again; every input counts as changed, since `willUpdate` skipped them. */
  private retryTexts(): void {
    for (const name of ['model', 'scores', 'compare', 'spread', 'respondents'] as const) this.requestUpdate(name);
  }

  protected override updated(): void {
    if (!hasLanguage(this.locale)) return;
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
