import { getClause } from "../definitions/find-clause.js";
import { editDistance } from "../internal/edit-distance.js";
import { policy } from "../policy/policies.js";
import type { Control } from "./control.js";

/** How many close ids an {@link UnknownControlError} suggests at most. */
const MAX_SUGGESTIONS = 3;

/**
 * Thrown by {@link getControl} for an id that names no control. Its message lists the closest
 * known ids, which are also in {@link UnknownControlError.suggestions}.
 *
 * @example
 * ```ts
 * import { getControl, UnknownControlError } from "./find-control.js";
 *
 * try {
 *   getControl("mynumber-isolaton");
 * } catch (error) {
 *   if (error instanceof UnknownControlError) {
 *     error.id; // "mynumber-isolaton"
 *     error.suggestions[0]; // "mynumber-isolation"
 *   }
 * }
 * ```
 */
export class UnknownControlError extends Error {
  override readonly name = "UnknownControlError";
  /** The id that was asked for, exactly as given. */
  readonly id: string;
  /** Known control ids close to the one asked for, nearest first. */
  readonly suggestions: readonly string[];

  /**
   * Creates the error for an id that names no control.
   *
   * @param id - The id that was asked for, exactly as given.
   * @param suggestions - Known control ids close to it, nearest first.
   * @example
   * ```ts
   * import { UnknownControlError } from "./find-control.js";
   *
   * new UnknownControlError("audit", ["audit-interval"]).message;
   * // 'Unknown control "audit". Closest known: "audit-interval".'
   * ```
   */
  constructor(id: string, suggestions: readonly string[]) {
    super(
      `Unknown control ${JSON.stringify(id)}. ` +
        (suggestions.length === 0
          ? "There are no controls to choose from."
          : `Closest known: ${suggestions.map((s) => JSON.stringify(s)).join(", ")}.`),
    );
    this.id = id;
    this.suggestions = Object.freeze([...suggestions]);
  }
}

/**
 * Finds the control with the given id, or `undefined` if there is none. Ids are matched exactly.
 *
 * @param id - A control id such as `"mynumber-isolation"`.
 * @param controls - The controls to search; by default those of the current `policy`.
 * @returns The control, or `undefined`.
 * @example
 * ```ts
 * import { findControl } from "./find-control.js";
 *
 * findControl("mynumber-multi-factor")?.clause; // "7(3)①"
 * findControl("no-such-control"); // undefined
 * ```
 */
export function findControl(id: string, controls: readonly Control[] = policy.controls): Control | undefined {
  return controls.find((control) => control.id === id);
}

/**
 * Gets the control with the given id, and never returns `undefined`.
 *
 * @param id - A control id such as `"mynumber-isolation"`.
 * @param controls - The controls to search; by default those of the current `policy`.
 * @returns The control.
 * @throws {@link UnknownControlError} if no control has that id; its message suggests the closest ids.
 * @example
 * ```ts
 * import { getControl } from "./find-control.js";
 *
 * getControl("mynumber-isolation").admitsException; // true
 * getControl("mynumber-isolaton"); // throws UnknownControlError: … Closest known: "mynumber-isolation", …
 * ```
 */
export function getControl(id: string, controls: readonly Control[] = policy.controls): Control {
  const control = findControl(id, controls);
  if (control === undefined) throw new UnknownControlError(id, closestIds(id, controls));
  return control;
}

/**
 * The controls that come from a clause or from any clause below it: `"7(3)"` gives the controls of
 * 7(3), 7(3)① and 7(3)②; `"7"` those of every measure of clause 7.
 *
 * @param ref - A clause reference of the basic policy, such as `"7"`, `"7(3)"` or `"7(3)①"`.
 * @param controls - The controls to search; by default those of the current `policy`.
 * @returns The controls, in the order given (for a policy, the canonical order), as a frozen array;
 *   empty for a clause no control comes from.
 * @throws `UnknownClauseError` (from `getClause`) if the basic policy has no clause with that reference.
 * @example
 * ```ts
 * import { controlsForClause } from "./find-control.js";
 *
 * controlsForClause("7(3)").map((control) => control.clause); // ["7(3)", "7(3)①", "7(3)①", "7(3)①", "7(3)②"]
 * controlsForClause("3(1)"); // []
 * ```
 */
export function controlsForClause(ref: string, controls: readonly Control[] = policy.controls): readonly Control[] {
  const clause = getClause(ref).ref;
  return Object.freeze(controls.filter((control) => isAtOrBelow(control.clause, clause)));
}

/** Whether clause reference `candidate` is `ref` itself or a clause below it ("1" is not above "10"). */
function isAtOrBelow(candidate: string, ref: string): boolean {
  if (candidate === ref) return true;
  if (!candidate.startsWith(ref)) return false;
  const next = candidate.charAt(ref.length);
  // Below a section comes "(", below an item a circled digit ① … ⑳; anything else is a sibling ("3(1)" vs "3(13)").
  return next === "(" || (next >= "\u2460" && next <= "\u2473");
}

/** The known ids closest to `id`: ids containing it first, then by edit distance, then in the order given. */
function closestIds(id: string, controls: readonly Control[]): readonly string[] {
  const wanted = normalize(id);
  return controls
    .map((control, index) => {
      const known = normalize(control.id);
      const contains = wanted.length > 0 && (known.includes(wanted) || wanted.includes(known));
      return { id: control.id, contains, distance: editDistance(wanted, known), index };
    })
    .sort((a, b) => Number(b.contains) - Number(a.contains) || a.distance - b.distance || a.index - b.index)
    .slice(0, MAX_SUGGESTIONS)
    .map((candidate) => candidate.id);
}

/** Lower case, with spaces, underscores and dots read as hyphens: `"MyNumber_Isolation"` → `"mynumber-isolation"`. */
function normalize(id: string): string {
  return id.trim().toLowerCase().replace(/[\s_.]+/g, "-");
}
