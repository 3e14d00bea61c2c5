import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { LanguageTag } from '../../model/locale.js';
import type { InstrumentId, ModelInput } from '../../model/model.js';
import type { SeedsResponse } from '../../model/response.js';
import type { RequestInitHook } from '../../services/delivery.js';
import type { Consent, View } from './types.js';

/**
 * The public surface of `<seeds-of-innovation>`: its attributes and properties, events, parts and
 * custom properties, declared and documented in one place (custom-elements.json reads them from
 * here through the element, which extends this class). The behaviour lives in the element.
 *
 * @fires {CustomEvent<SeedsAnswerDetail>} seeds-answer - An answer changed. Detail: `{ item, factor, value }`.
 * @fires {CustomEvent<SeedsCompleteDetail>} seeds-complete - The questionnaire was completed. Detail: `{ response }`.
 * @fires {CustomEvent<SeedsSubmitDetail>} seeds-submit - Cancelable; just before a response is POSTed. Detail: `{ response, endpoint }`. Cancel it to deliver the response yourself.
 * @fires {CustomEvent<SeedsDeliveredDetail>} seeds-delivered - The endpoint accepted a response (2xx). Detail: `{ id, status, attempt }`.
 * @fires {CustomEvent<SeedsDeliveryErrorDetail>} seeds-delivery-error - A delivery attempt failed. Detail: `{ id, status, attempt, willRetry, message }`.
 * @fires {CustomEvent<SeedsFactorSelectDetail>} seeds-factor-select - The user opened a factor from the flower. Detail: `{ factor }`.
 * @fires {CustomEvent<SeedsErrorDetail>} seeds-error - A configuration or storage problem; the element carries on with a fallback. Detail: `{ code, message }`. Code `draft-open-elsewhere`: the questionnaire is open in another tab and read-only here until that one closes.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notice - A message about a problem (for example that answers will not be kept).
 * @csspart elsewhere - Instead of the questions: the questionnaire is open in another tab (continue there, or "continue here instead").
 * @csspart consent - The consent step before sending.
 * @csspart delivery - The line that says whether the response was sent.
 * @csspart tools - New measurement, earlier measurements, delete my data.
 * @csspart questionnaire - The questionnaire form (one step).
 * @csspart intro - The questionnaire's first screen.
 * @csspart progress - The step counter and progress bar above the statements.
 * @csspart statement - One statement (a fieldset with its answer options), also the role question.
 * @csspart option - One answer option (a label around its radio button).
 * @csspart warning - The notice about statements left open.
 * @csspart button - Every button with a frame, in every view (not the links in sentences).
 * @csspart button-primary - The main action of a screen (also a `button`): start, next, finish, agree, close, copy.
 * @csspart results - The results view.
 * @csspart dialog - The factor detail dialog of the results view.
 * @csspart agenda - The agenda builder.
 * @csspart exports - The downloads of the results view.
 * @csspart history - The earlier measurements view.
 * @csspart group - The group view.
 * @csspart flower - The nested `<seeds-flower>` element in the results, history and group views.
 * @csspart flower-svg - The flower's drawing.
 * @csspart flower-legend - The flower's legend of numbers and names (narrow widths).
 * @csspart flower-toggle - The flower's show-table button.
 * @csspart flower-table - The flower's data table.
 *
 * @cssprop --seeds-color-accent - Buttons, progress and selected options.
 * @cssprop --seeds-color-on-accent - Text on the accent colour.
 * @cssprop --seeds-color-text - Text colour (defaults to the page's; black or white to suit --seeds-color-surface when only that is set).
 * @cssprop --seeds-color-muted - Secondary text.
 * @cssprop --seeds-color-border - Borders of fieldsets and tables.
 * @cssprop --seeds-color-danger - Problem notices and the delete button.
 * @cssprop --seeds-color-surface - Background of the widget (transparent by default); also what hides the scroll shadows of wide tables (else Canvas).
 * @cssprop --seeds-color-dialog - Background of the factor detail dialog (Canvas by default).
 * @cssprop --seeds-color-on-dialog - Text on the dialog (black or white to suit --seeds-color-dialog by default).
 * @cssprop --seeds-font-heading - Font family of the headings (the host's font by default).
 * @cssprop --seeds-flower-halo - Background of the flower's heart and tooltip, and the lines between petals.
 * @cssprop --seeds-flower-on-halo - Text on the halo: the heart's score (black or white to suit the halo by default).
 * @cssprop --seeds-radius - Corner radius.
 * @cssprop --seeds-focus-ring - Focus outline.
 * @cssprop --seeds-spacing - Space between the main blocks.
 * @cssprop --seeds-max-width - The widget's maximum width.
 * @cssprop --seeds-group-people - Colour of the group "people" (factors 1–2) in the flower and the views.
 * @cssprop --seeds-group-process - Colour of the group "process" (factors 3–4).
 * @cssprop --seeds-group-content - Colour of the group "content" (factors 5–7).
 * @cssprop --seeds-group-precondition - Colour of the group "precondition" (factor 8).
 * @cssprop --seeds-group-outcomes - Colour of the group "outcomes" (factors 9–12).
 * @cssprop --seeds-flower-ring - The flower's rings at 25, 50, 75 and 100 and its petal outlines.
 * @cssprop --seeds-focus-color - Colour of the focus outline around a petal of the flower.
 */
export abstract class SeedsOfInnovationApi extends LitElement {
  /** Language: `nl` (default) or `en` (a region such as `nl-BE` is fine); without it, the document's language when supported. */
  @property() override lang: LanguageTag = '';

  /** Which questionnaire: `quick` (12 statements, default) or `full` (36). */
  @property() instrument: InstrumentId = 'quick';

  /** Identifier of the learning community; it goes into the payload and namespaces local storage. */
  @property() community: string | null = null;

  /** Namespace for local storage when it should differ from `community`. */
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;

  /** URL (http or https, relative or absolute) that completed responses are POSTed to. Without it nothing leaves the browser. */
  @property() endpoint: string | null = null;

  /** `given` skips the consent step (the host asked for consent itself). */
  @property() consent: Consent | null = null;

  /** `questionnaire` (default), `results`, `history` or `group`. Follows the participant's navigation (reflected). */
  @property({ reflect: true }) view: View = 'questionnaire';

  /** Shows answers and results without letting them be changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** A host-supplied factor model; validated, and ignored with a `seeds-error` when invalid. */
  @property({ attribute: false }) model: ModelInput | undefined = undefined;

  /** Responses (payloads) to show in the group view; validated there in slices, unreadable ones left out with a `seeds-error`. */
  @property({ attribute: false }) results: readonly SeedsResponse[] | undefined = undefined;

  /**
   * Adds request options to each POST, e.g. `(response) => ({ headers: { Authorization: 'Bearer …' } })`.
   * Credentials are not sent unless this sets `credentials`.
   */
  @property({ attribute: false }) requestInit: RequestInitHook | undefined = undefined;

  /** Group view: URL answering the group's responses as a JSON array (e.g. the collector's); read while visible, with the `requestInit` headers. `results` wins. */
  @property() source: string | null = null;

  /** Measurement round (any text, e.g. `kick-off`): goes into each payload as `round`; the group view shows it first. */
  @property() round: string | null = null;

  /** Group view: fewer respondents than this (default and least 3) show no figures, only how many answered. */
  @property({ type: Number, attribute: 'min-group' }) minGroup = 3;

  /** Group view: start in presentation mode (large flower for a projector). */
  @property({ type: Boolean }) presentation = false;

  /** Group view: the participants' link, shown as a link, a copy button and a QR code. */
  @property({ attribute: 'share-url' }) shareUrl: string | null = null;
}
