import { html, type TemplateResult } from 'lit';
import { resultsStrings, type ResultsStrings } from '../../content/strings.js';
import { loadRecordChecks } from '../../services/checks-file.js';
import type { ScreensStrings } from '../../content/screens.js';
import { download } from '../../internal/download.js';
import { scoresCsv } from '../../model/csv.js';
import type { SeedsResponse } from '../../model/response.js';
import type { SeedsContext } from '../../state/context.js';

export type ExportKind = 'json' | 'csv' | 'png' | 'svg';

/** What `<seeds-flower>` offers the results view for downloads. */
export interface FlowerExport extends HTMLElement {
  toSVG(): string;
  toPNG(scale?: number): Promise<Blob>;
}

export interface ExportSource {
  readonly response: SeedsResponse;
  readonly context: SeedsContext;
  readonly flower: FlowerExport | null;
  readonly fileName: (ext: string) => string;
}

/** Offers one download: the answers (JSON), the scores (CSV) or the flower (SVG, PNG). Rejects when the PNG cannot be made. */
export async function exportFile(kind: ExportKind, o: ExportSource): Promise<void> {
  const { model, locale, groups } = o.context;
  if (kind === 'json') {
    download(o.fileName('json'), `${JSON.stringify(o.response, null, 2)}\n`, 'application/json');
  } else if (kind === 'csv') {
    const csv = scoresCsv(model, o.response.scores, locale, { groupNames: groups });
    download(o.fileName('csv'), csv, 'text/csv;charset=utf-8');
  } else if (kind === 'svg') {
    if (o.flower) download(o.fileName('svg'), o.flower.toSVG(), 'image/svg+xml');
  } else if (o.flower) {
    download(o.fileName('png'), await o.flower.toPNG(2));
  }
}

export interface ExportsOptions {
  readonly t: ResultsStrings['exports'];
  readonly s: ScreensStrings['results'];
  readonly message: string;
  readonly onExport: (kind: ExportKind) => void;
  readonly onImport: (event: Event) => void;
}

/**
 * Downloads in one native disclosure (`<details>`: keyboard operable, announced as expanded or
 * collapsed, no script needed), and the file picker dressed as a button like its neighbours.
 */
export function renderExports(o: ExportsOptions): TemplateResult {
  const item = (kind: ExportKind, label: string) =>
    html`<button type="button" part="button" data-export=${kind} @click=${() => o.onExport(kind)}>${label}</button>`;
  return html`
    <section class="screen-only exports" aria-labelledby="exports-heading" part="exports">
      <h3 id="exports-heading">${o.t.heading}</h3>
      <div class="buttons">
        <details class="menu" @keydown=${closeOnEscape}>
          <summary class="button">${o.s.downloads}</summary>
          <div class="menu-items">
            ${item('json', o.t.json)} ${item('csv', o.t.csv)} ${item('png', o.t.png)} ${item('svg', o.t.svg)}
          </div>
        </details>
        <label class="button file">
          <input type="file" accept="application/json,.json" @change=${o.onImport} />
          <span>${o.s.openEarlier}</span>
        </label>
      </div>
      <p class="message" role="status">${o.message}</p>
    </section>
  `;
}

/** Escape closes the open menu and returns focus to its summary, as a menu button would. */
function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  event.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/**
 * Reads a file of earlier answers (JSON) for the results view: the response when it is one of ours,
 * and the sentence to show either way. The validator speaks to developers; people get one sentence,
 * with the first problem as a clue.
 */
export async function readImport(
  file: Blob,
  context: SeedsContext,
): Promise<{ readonly message: string; readonly response?: SeedsResponse }> {
  const t = resultsStrings(context.locale).exports;
  const text = await file.text();
  const { parseResponseJson } = await loadRecordChecks();
  const result = parseResponseJson(text, context.model);
  if (!result.ok) return { message: isJson(text) ? t.notResponse(result.errors[0]) : t.notJson };
  const when = new Date(result.value.completedAt).toLocaleDateString(context.locale);
  return { message: t.imported(when), response: result.value };
}

/** Whether a text parses as JSON at all, to tell "not JSON" from "not one of our responses". */
function isJson(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}
