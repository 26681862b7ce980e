import { getClause } from "../definitions/find-clause.js";
import { closestNames } from "../internal/closest.js";
import { controlCatalog } from "./catalog.js";
import type { Control } from "./control.js";
import { UnknownNameError } from "../definitions/unknown-name-error.js";

/**
 * Finds the control with the given id, or `undefined` if there is none. Ids are matched exactly.
 *
 * @param id - A control id such as `"mynumber-isolation"`.
 * @param controls - The controls to search; by default the control catalog (pass `policy.controls` for a policy's own).
 * @returns The control, or `undefined`.
 * @example
 * ```ts
 * import { findControl } from "./find-control.js";
 *
 * findControl("mynumber-multi-factor")?.clause; // "7(3)①"
 * findControl("no-such-control"); // undefined
 * ```
 */
export function findControl(id: string, controls: readonly Control[] = controlCatalog): Control | undefined {
  return controls.find((control) => control.id === id);
}

/**
 * Gets the control with the given id, and never returns `undefined`.
 *
 * @param id - A control id such as `"mynumber-isolation"`.
 * @param controls - The controls to search; by default the control catalog (pass `policy.controls` for a policy's own).
 * @returns The control.
 * @throws `UnknownNameError` if no control has that id; its message suggests the closest ids.
 * @example
 * ```ts
 * import { getControl } from "./find-control.js";
 *
 * getControl("mynumber-isolation").admitsException; // true
 * getControl("mynumber-isolaton"); // throws UnknownNameError: … Closest known: "mynumber-isolation", …
 * ```
 */
export function getControl(id: string, controls: readonly Control[] = controlCatalog): Control {
  const control = findControl(id, controls);
  if (control === undefined) throw new UnknownNameError("control", id, closestNames(id, controls.map((control) => control.id), { normalize, preferContaining: true }));
  return control;
}

/**
 * The controls that come from a clause or from any clause below it: `"7(3)"` gives the controls of
 * 7(3), 7(3)① and 7(3)②; `"7"` those of every measure of clause 7.
 *
 * @param ref - A clause reference of the basic policy, such as `"7"`, `"7(3)"` or `"7(3)①"`.
 * @param controls - The controls to search; by default the control catalog (pass `policy.controls` for a policy's own).
 * @returns The controls, in the order given (for a policy, the canonical order), as a frozen array;
 *   empty for a clause no control comes from.
 * @throws `UnknownNameError` (kind `clause`, from `getClause`) if the basic policy has no clause with that reference.
 * @example
 * ```ts
 * import { controlsForClause } from "./find-control.js";
 *
 * controlsForClause("7(3)").map((control) => control.clause); // ["7(3)", "7(3)①", "7(3)①", "7(3)①", "7(3)②"]
 * controlsForClause("3(1)"); // []
 * ```
 */
export function controlsForClause(ref: string, controls: readonly Control[] = controlCatalog): readonly Control[] {
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


/** Lower case, with spaces, underscores and dots read as hyphens: `"MyNumber_Isolation"` → `"mynumber-isolation"`. */
function normalize(id: string): string {
  return id.trim().toLowerCase().replace(/[\s_.]+/g, "-");
}
