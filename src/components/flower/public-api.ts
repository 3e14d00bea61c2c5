import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_MODEL } from '../../content/default-model.js';
import type { LanguageTag } from '../../model/locale.js';
import type { ModelInput } from '../../model/model.js';
import { jsonAttribute, type FlowerScores, type FlowerSpread } from './inputs.js';

/**
 * The public surface of `<seeds-flower>`: its attributes and properties, events, parts and custom
 * properties, declared and documented in one place for custom-elements.json (the element extends
 * this class and inherits them).
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
 * @cssprop --seeds-color-surface - Background of the element and the table toggle (transparent by default); the text turns black or white to suit it unless --seeds-color-text is set.
 * @cssprop --seeds-focus-color - Colour of the focus outline around a petal.
 * @cssprop --seeds-color-text - Text and line colour (defaults to the inherited colour). Light text switches the element to its dark palette, whatever the page's `color-scheme`.
 * @cssprop --seeds-color-muted - Colour of secondary text.
 * @cssprop --seeds-color-border - Border colour of the toggle, table and tooltip.
 * @cssprop --seeds-radius - Corner radius of the table toggle and the tooltip.
 * @cssprop --seeds-spacing - Space between the drawing, the legend and the table.
 * @cssprop --seeds-focus-ring - Focus outline of the table toggle.
 */
export abstract class SeedsFlowerApi extends LitElement {
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
}
