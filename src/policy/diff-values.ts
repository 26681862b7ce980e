

// Comparing policy data as values, for the diff.

/** Whether two values of policy data are equal (as JSON). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The entries of `a` that `b` does not have, counting repeats. */
export function multisetDifference(a: readonly string[], b: readonly string[]): string[] {
  const rest = [...b];
  const result: string[] = [];
  for (const item of a) {
    const at = rest.indexOf(item);
    if (at < 0) result.push(item);
    else rest.splice(at, 1);
  }
  return result;
}
