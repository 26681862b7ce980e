import type { Clause } from "../definitions/clause.js";
import type { Policy } from "./policy.js";
import type { ChangeDirection, ClauseRewording, ClauseSnapshot } from "./policy-diff-model.js";
import { same } from "./diff-values.js";
import { bumpOf } from "./version-bump.js";

// The clause diff: clauses added, removed and reworded, by reference.

/** A clause as the diff shows it. */
function clauseSnapshot(clause: Clause): ClauseSnapshot {
  return clause.heading === undefined
    ? { ref: clause.ref, paragraphs: clause.paragraphs }
    : { ref: clause.ref, heading: clause.heading, paragraphs: clause.paragraphs };
}

/**
 * The clauses added, removed and reworded from one policy to another, by reference. A rewording of
 * the Japanese text (or heading) may change what a clause means: direction `unknown`; of the
 * English only: `neutral`.
 *
 * @param from - The older policy.
 * @param to - The newer policy.
 * @returns The added clauses (in the order of `to`), the removed ones (in the order of `from`) and the reworded ones.
 */
export function diffClauses(from: Policy, to: Policy): { readonly added: readonly ClauseSnapshot[]; readonly removed: readonly ClauseSnapshot[]; readonly reworded: readonly ClauseRewording[] } {
  const clausesFrom = new Map(from.clauses.map((clause) => [clause.ref, clause] as const));
  const clausesTo = new Map(to.clauses.map((clause) => [clause.ref, clause] as const));
  const added = to.clauses.filter((clause) => !clausesFrom.has(clause.ref)).map(clauseSnapshot);
  const removed = from.clauses.filter((clause) => !clausesTo.has(clause.ref)).map(clauseSnapshot);
  const reworded: ClauseRewording[] = [];
  for (const after of to.clauses) {
    const before = clausesFrom.get(after.ref);
    if (before === undefined) continue;
    const changed: ClauseRewording["changed"][number][] = [];
    if (!same(before.heading, after.heading)) changed.push("heading");
    if (!same(before.paragraphs.map((p) => p.ja), after.paragraphs.map((p) => p.ja))) changed.push("text-ja");
    if (!same(before.paragraphs.map((p) => p.en), after.paragraphs.map((p) => p.en))) changed.push("text-en");
    if (changed.length === 0) continue;
    const direction: ChangeDirection = changed.includes("text-ja") || (changed.includes("heading") && before.heading?.ja !== after.heading?.ja) ? "unknown" : "neutral";
    reworded.push({ ref: after.ref, before: clauseSnapshot(before), after: clauseSnapshot(after), changed, direction, bump: bumpOf(direction) });
  }
  return { added, removed, reworded };
}
