import { groupStrings } from '../../content/group-strings.js';
import { resultsStrings } from '../../content/strings.js';
import { download } from '../../internal/download.js';
import { groupCsv } from '../../model/csv.js';
import type { TalliedGroup } from '../../model/group-tally.js';
import type { SeedsContext } from '../../state/context.js';
import { drawFlower, posterSvg } from './poster.js';

/** The A3 poster's SVG text: the empty flower to score with stickers, or (with `g`) the group's flower filled in. */
export async function posterFor(
  host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
  context: SeedsContext,
  g: TalliedGroup | null,
): Promise<string> {
  const { model, locale } = context;
  const flower = await drawFlower(host, model, locale, g?.scores ?? {});
  return posterSvg(model, locale, groupStrings(locale).poster, flower);
}

/** Downloads the A3 poster as SVG (see `posterFor`). */
export async function downloadPoster(
  host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
  context: SeedsContext,
  g: TalliedGroup | null,
): Promise<void> {
  const name = `${resultsStrings(context.locale).filePrefix}-poster${g ? '-group' : ''}.svg`;
  download(name, await posterFor(host, context, g), 'image/svg+xml');
}

/** The group's figures per factor as CSV. */
export function downloadCsv(context: SeedsContext, g: TalliedGroup): void {
  const { model, locale, groups } = context;
  const name = `${resultsStrings(locale).filePrefix}-group-${new Date().toISOString().slice(0, 10)}.csv`;
  download(name, groupCsv(model, g, locale, { groupNames: groups }), 'text/csv;charset=utf-8');
}
