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
  // One row of the table, reused: row[j] is the distance between a[0..i) and b[0..j).
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
