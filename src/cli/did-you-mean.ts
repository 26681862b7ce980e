import { editDistance } from "../internal/edit-distance.js";

/**
 * The known name a mistyped one most likely meant, or `undefined` if none is close: compared in
 * lower case, a name is close when the wanted one is a prefix of it (`--over` for `--overlay`) or
 * within an edit distance of about a third of its length (at least 2, so that a swap of two
 * letters is close; at most 3). Of several, the
 * nearest, then the first given.
 *
 * @param wanted - What was typed, e.g. `"formt"`.
 * @param known - The names it may have meant, e.g. every long option name.
 * @returns The suggestion, e.g. `"format"`, or `undefined`.
 */
export function didYouMean(wanted: string, known: readonly string[]): string | undefined {
  const typed = wanted.toLowerCase();
  if (typed === "") return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const candidate = name.toLowerCase();
    const distance = typed.length >= 2 && candidate.startsWith(typed) ? 0 : editDistance(typed, candidate);
    const allowed = Math.min(3, Math.max(2, Math.floor(candidate.length / 3)));
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
