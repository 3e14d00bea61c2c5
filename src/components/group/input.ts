import { emit } from '../../events/emit.js';
import type { GroupData } from '../../state/group-data.js';

/**
 * The host's `results` as a list, read defensively: something that is not an array, or a getter
 * or Proxy that throws, is reported as `seeds-error` and read as no responses, never fatal.
 */
export function readResults(host: HTMLElement, results: unknown): unknown[] {
  if (!Array.isArray(results)) {
    emit(host, 'seeds-error', { code: 'invalid-results', message: 'results: expected an array of responses' });
    return [];
  }
  try {
    return [...(results as unknown[])];
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    emit(host, 'seeds-error', { code: 'invalid-results', message: `Reading the results property failed (${reason}).` });
    return [];
  }
}

/** What a host hears about unreadable entries: short however many there are (the first few, each naming its entry, and a count). */
export function skippedMessage(data: Pick<GroupData, 'skipped' | 'errors'>, from: 'results' | 'source'): string {
  const named = data.errors.map((e) => `${from}${e}`).join('; ');
  const more = data.skipped - data.errors.length;
  const what = from === 'results' ? 'results' : 'responses from source';
  return `${data.skipped} of the ${what} could not be read and are left out: ${named}${more > 0 ? `; and ${more} more` : ''}`;
}
