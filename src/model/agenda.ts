import { idRecord } from './checks.js';
import type { Locale } from './locale.js';
import type { Model, ModelFactor } from './model.js';
import type { Scores } from './scoring.js';

/** What the community means to do about one factor. Empty strings are "not filled in". */
export interface AgendaAction {
  readonly what: string;
  readonly who: string;
  readonly when: string;
}

/** The factors put on the agenda and the actions agreed for them, keyed by factor id. */
export interface Agenda {
  readonly selected: readonly string[];
  readonly actions: Readonly<Record<string, AgendaAction>>;
}

/**
 * The interface words the agenda needs, in the reader's language (supplied by the content layer,
 * so this module holds no text but the model's).
 */
export interface AgendaLabels {
  /** Heading, e.g. "Agenda". */
  readonly agenda: string;
  /** e.g. "Score". */
  readonly score: string;
  /** e.g. "Tips". */
  readonly tips: string;
  /** e.g. "Action". */
  readonly action: string;
  /** e.g. "Who". */
  readonly who: string;
  /** e.g. "By when". */
  readonly when: string;
  /** Shown instead of a score, e.g. "not assessed". */
  readonly notAssessed: string;
  /** The date line under the heading, e.g. `d => \`Drawn up on ${d.toLocaleDateString('en')}\``. */
  readonly date: (date: Date) => string;
}

export interface AgendaOptions {
  /** When given, a date line (`labels.date`) follows the heading. Left out otherwise, so output is reproducible. */
  readonly date?: Date;
}

/** An agenda with the given factors selected (duplicates dropped) and no actions yet. */
export function defaultAgenda(attentionIds: readonly string[]): Agenda {
  return { selected: [...new Set(attentionIds)], actions: idRecord() };
}

/**
 * The agenda as plain text for the clipboard: heading, optional date line, then each selected
 * factor in model order with its number, title, score, description, tips and the filled-in
 * parts of its action. Line breaks inside entered text become spaces so the layout holds.
 *
 * @example
 * ```ts
 * navigator.clipboard.writeText(agendaText(model, 'en', agenda, scores, labels, { date: new Date() }));
 * ```
 */
export function agendaText(
  model: Model,
  locale: Locale,
  agenda: Agenda,
  scores: Readonly<Scores>,
  labels: AgendaLabels,
  options: AgendaOptions = {},
): string {
  const lines: string[] = [labels.agenda];
  if (options.date) lines.push(labels.date(options.date));
  for (const factor of selectedFactors(model, agenda)) {
    const text = factor.content[locale];
    lines.push(
      '',
      `${factor.number}. ${oneLine(text.title)}`,
      `${labels.score}: ${formatScore(scores[factor.id], labels)}`,
    );
    if (text.description) lines.push(oneLine(text.description));
    if (text.tips?.length) lines.push(`${labels.tips}:`, ...text.tips.map((tip) => `- ${oneLine(tip)}`));
    for (const [label, value] of actionParts(agenda.actions[factor.id], labels)) lines.push(`${label}: ${value}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * The agenda as Markdown, laid out like `agendaText`. Every text is escaped, so what a participant
 * types into an action (or a host puts in a model) shows as typed and cannot become a link, an
 * image, HTML or a heading.
 */
export function agendaMarkdown(
  model: Model,
  locale: Locale,
  agenda: Agenda,
  scores: Readonly<Scores>,
  labels: AgendaLabels,
  options: AgendaOptions = {},
): string {
  const blocks: string[] = [`# ${escapeMarkdown(labels.agenda)}`];
  if (options.date) blocks.push(`_${escapeMarkdown(labels.date(options.date))}_`);
  for (const factor of selectedFactors(model, agenda)) {
    const text = factor.content[locale];
    blocks.push(`## ${factor.number}. ${escapeMarkdown(text.title)}`);
    blocks.push(`**${escapeMarkdown(labels.score)}:** ${escapeMarkdown(formatScore(scores[factor.id], labels))}`);
    if (text.description) blocks.push(escapeMarkdown(text.description));
    if (text.tips?.length) {
      blocks.push(`**${escapeMarkdown(labels.tips)}:**`, text.tips.map((tip) => `- ${escapeMarkdown(tip)}`).join('\n'));
    }
    const parts = actionParts(agenda.actions[factor.id], labels);
    // `*`, not `-`: a list with another bullet starts a new list instead of continuing the tips.
    if (parts.length)
      blocks.push(parts.map(([label, value]) => `* **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join('\n'));
  }
  return blocks.join('\n\n') + '\n';
}

/**
 * Escapes text for Markdown (CommonMark and GitHub flavour) so it renders literally: backslash,
 * emphasis, code, link and image brackets, HTML angle brackets, entities, tables and
 * strikethrough are escaped anywhere; heading, quote, list and rule markers at the start. Line
 * breaks become spaces. Bare URLs may still be auto-linked by some renderers, but they show the
 * URL itself, so they cannot disguise where they lead.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A score as "62/100" (rounded to a whole number), or the "not assessed" label. */
export function formatScore(score: number | null | undefined, labels: Pick<AgendaLabels, 'notAssessed'>): string {
  return typeof score === 'number' && Number.isFinite(score) ? `${Math.round(score)}/100` : labels.notAssessed;
}

function selectedFactors(model: Model, agenda: Agenda): ModelFactor[] {
  const selected = new Set(agenda.selected);
  return model.factors.filter((f) => selected.has(f.id));
}

function actionParts(action: AgendaAction | undefined, labels: AgendaLabels): [string, string][] {
  if (!action) return [];
  const parts: [string, string][] = [
    [labels.action, oneLine(action.what ?? '')],
    [labels.who, oneLine(action.who ?? '')],
    [labels.when, oneLine(action.when ?? '')],
  ];
  return parts.filter(([, value]) => value !== '');
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
