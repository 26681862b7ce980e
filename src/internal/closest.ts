import { editDistance } from "./edit-distance.js";

/** How {@link closestNames} reads and ranks names. */
export interface ClosestOptions {
  /** How many names to return at most (default 3). */
  readonly count?: number;
  /** How a name is read before comparing (default: trimmed, lower case). */
  readonly normalize?: (name: string) => string;
  /** Rank known names that contain the query, or are contained in it, before the others (default `false`). */
  readonly preferContaining?: boolean;
}

const defaultNormalize = (name: string): string => name.trim().toLowerCase();

/**
 * The known names nearest to `name`, nearest first: the one did-you-mean ranking of the package
 * (unknown control ids, terms, threats, policy versions, exception controls). Ranked by edit
 * distance of the normalised names (optionally names containing the query first), ties in the
 * order given. A known entry may be a group of names for one thing (a term's id, Japanese and
 * English): the group counts once, by its nearest name, so no thing is suggested twice.
 *
 * @param name - The name asked for.
 * @param known - The known names, or groups of names for one thing, in canonical order.
 * @param options - How many, how names are read, and whether containment ranks first.
 * @returns At most `count` known names, nearest first.
 * @example
 * ```ts
 * closestNames("mynumbr-isolation", ["mynumber-isolation", "access-control"], { count: 1 }); // ["mynumber-isolation"]
 * ```
 */
export function closestNames(name: string, known: readonly (string | readonly string[])[], options: ClosestOptions = {}): string[] {
  const normalize = options.normalize ?? defaultNormalize;
  const wanted = normalize(name);
  const ranked = known.map((entry, index) => {
    const names = typeof entry === "string" ? [entry] : entry;
    let best = { name: names[0] ?? "", distance: Number.POSITIVE_INFINITY, contains: false };
    for (const candidate of names) {
      const key = normalize(candidate);
      const contains = options.preferContaining === true && wanted.length > 0 && (key.includes(wanted) || wanted.includes(key));
      const distance = editDistance(wanted, key);
      if (Number(contains) > Number(best.contains) || (contains === best.contains && distance < best.distance)) best = { name: candidate, distance, contains };
    }
    return { ...best, index };
  });
  ranked.sort((a, b) => Number(b.contains) - Number(a.contains) || a.distance - b.distance || a.index - b.index);
  return ranked.slice(0, options.count ?? 3).map((each) => each.name);
}
