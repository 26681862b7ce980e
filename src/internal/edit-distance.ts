/**
 * The Levenshtein distance between two strings (insertions, deletions and substitutions), by
 * UTF-16 code unit: the one edit distance of the package, behind every did-you-mean (unknown
 * control ids, term names, field names and values of invalid input).
 *
 * @param a - One string.
 * @param b - The other.
 * @returns The least number of single-character edits that turn `a` into `b`.
 * @example
 * ```ts
 * editDistance("mynumbr", "mynumber"); // 1
 * ```
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
