import { editDistance } from "./edit-distance.js";

/** The known names nearest to `name` (case-insensitive edit distance), nearest first, at most `count`. */
export function closestNames(name: string, known: readonly string[], count = 3): string[] {
  const wanted = name.trim().toLowerCase();
  return known
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
