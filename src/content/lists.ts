// Helpers both languages' texts use; here rather than in one language's file, so that loading
// English does not load a part of the Dutch texts (each language is a file of its own).

/** Whether two lists hold the same labels in the same order. */
export const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** ‘A’, ‘B’ en ‘C’ (with the language's word for "and"). */
export function quoted(titles: readonly string[], and: string): string {
  const q = titles.map((t) => `‘${t}’`);
  return q.length < 2 ? q.join('') : `${q.slice(0, -1).join(', ')} ${and} ${q[q.length - 1]}`;
}
