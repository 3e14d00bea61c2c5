import { emit } from '../events/emit.js';
import type { SeedsErrorDetail } from '../events/seeds-error.js';
import { clip } from '../model/checks.js';

/**
 * Reports a problem to the host as `seeds-error` each time it happens (a host may count them), and
 * in the console once per distinct message (a page that re-renders must not flood the console).
 */
export class ErrorReporter {
  private readonly warned = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  readonly report = (problem: SeedsErrorDetail): void => {
    const error = { code: problem.code, message: clip(problem.message) };
    emit(this.host, 'seeds-error', error);
    if (this.warned.has(error.message)) return;
    this.warned.add(error.message);
    console.warn(`<seeds-of-innovation>: ${error.message}`);
  };
}
