import type { SeedsErrorCode, SeedsErrorDetail } from '../../src/events/seeds-error.js';

// A guard for component tests: every `seeds-error` that reaches the document is recorded, and a
// test that saw one it did not declare with `expectSeedsErrors(...)` fails. A widget that falls
// back quietly (storage timed out, memory only) must not pass a test that did not ask for it.

const seen: SeedsErrorDetail[] = [];
let declared = new Set<SeedsErrorCode>();

document.addEventListener('seeds-error', (event) => {
  const { code, message } = (event as CustomEvent<SeedsErrorDetail>).detail;
  seen.push({ code, message });
});

/**
 * Declares that the running test provokes `seeds-error` with these codes; each must then occur,
 * and no other may.
 */
export function expectSeedsErrors(...codes: SeedsErrorCode[]): void {
  for (const code of codes) declared.add(code);
}

/** The `seeds-error` details seen so far in the running test. */
export function seedsErrorsSeen(): readonly SeedsErrorDetail[] {
  return seen;
}

afterEach(function () {
  const unexpected = seen.filter((e) => !declared.has(e.code));
  const missing = [...declared].filter((code) => !seen.some((e) => e.code === code));
  seen.length = 0;
  declared = new Set();
  const problems = [
    ...unexpected.map((e) => `unexpected seeds-error ${e.code}: ${e.message.slice(0, 300)}`),
    ...missing.map((code) => `expected a seeds-error ${code}, none came`),
  ];
  // On the hook, `error()` fails the test that just ran without stopping the tests after it.
  if (problems.length) (this.test as Mocha.Hook).error(new Error(problems.join('\n')));
});
