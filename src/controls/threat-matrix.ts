import type { ThreatId, ThreatRef } from "../definitions/vocabulary.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { Control } from "./control.js";

/**
 * Every threat of clause 4 and every example it lists, in document order: each threat followed by
 * its examples (`T1`, `T1.1` … `T1.6`, `T2`, `T2.1` … `T2.10`, `T3` …). Written out here, without
 * the zod schema, so that this module stays off the zod runtime; the tests check it equals
 * `ThreatIdSchema.options` and `ThreatExampleIdSchema.options`.
 *
 * @example
 * ```ts
 * import { THREAT_REFS } from "./threat-matrix.js";
 *
 * THREAT_REFS.slice(0, 3); // ["T1", "T1.1", "T1.2"]
 * THREAT_REFS.length; // 28: 5 threats and their 23 examples
 * ```
 */
export const THREAT_REFS = Object.freeze([
  "T1", "T1.1", "T1.2", "T1.3", "T1.4", "T1.5", "T1.6",
  "T2", "T2.1", "T2.2", "T2.3", "T2.4", "T2.5", "T2.6", "T2.7", "T2.8", "T2.9", "T2.10",
  "T3", "T3.1", "T3.2", "T3.3",
  "T4", "T4.1",
  "T5", "T5.1", "T5.2", "T5.3",
] as const satisfies readonly ThreatRef[]);

/** Fails to compile if a threat or example is added to the vocabulary but not to {@link THREAT_REFS}. */
type AssertNever<T extends never> = T;
/** The threat references missing from {@link THREAT_REFS}: must be `never`. */
type MissingThreatRefs = AssertNever<Exclude<ThreatRef, (typeof THREAT_REFS)[number]>>;

/**
 * The threat of clause 4 that a reference belongs to: a threat is its own, an example belongs to
 * the threat that lists it (`"T1.2"` → `"T1"`).
 *
 * @param ref - A threat (`"T1"` … `"T5"`) or a listed example (`"T1.1"` … `"T5.3"`).
 * @returns The threat's id.
 * @example
 * ```ts
 * import { threatOf } from "./threat-matrix.js";
 *
 * threatOf("T2.10"); // "T2"
 * threatOf("T3"); // "T3"
 * ```
 */
export function threatOf(ref: ThreatRef): ThreatId {
  const dot = ref.indexOf(".");
  return (dot === -1 ? ref : ref.slice(0, dot)) as ThreatId;
}

/**
 * Which controls counter which threats of clause 4, read both ways. A control that lists an
 * example (e.g. `T1.2` ウイルス攻撃) counts as countering its threat (`T1`) too; a control that
 * lists only a threat does not count as countering each of its examples. Deeply frozen.
 *
 * @example
 * ```ts
 * import { policy } from "../policy/policies.js";
 * import { threatControlMatrix, type ThreatControlMatrix } from "./threat-matrix.js";
 *
 * const matrix: ThreatControlMatrix = threatControlMatrix(policy.controls);
 * matrix.byThreat.T4; // ["continuity-plan", "risk-analysis"]
 * matrix.byThreat["T4.1"]; // ["continuity-plan"]: risk-analysis lists only T4 itself
 * ```
 */
export interface ThreatControlMatrix {
  /**
   * For every threat and every listed example, the ids of the controls that counter it, in the
   * order the controls were given (for a policy's controls, the canonical order). Empty where no
   * control counters it.
   */
  readonly byThreat: { readonly [R in ThreatRef]: readonly string[] };
  /**
   * For every control id, the threats and examples it counters, in {@link THREAT_REFS} order,
   * including the threat of every example it lists.
   */
  readonly byControl: Readonly<Record<string, readonly ThreatRef[]>>;
  /** The threats and examples no control counters, in {@link THREAT_REFS} order. */
  readonly uncountered: readonly ThreatRef[];
}

/**
 * Builds the matrix of which controls counter which threats of clause 4 and their listed examples.
 * Pure: reads only the controls' `id` and `threats`.
 *
 * @param controls - The controls, e.g. `policy.controls`.
 * @returns The matrix, deeply frozen.
 * @throws {Error} if two controls share an id, or a control lists a threat reference that is not
 *   a threat or example of clause 4 (possible only for data that bypassed the types).
 * @example
 * ```ts
 * import { policy } from "../policy/policies.js";
 * import { threatControlMatrix } from "./threat-matrix.js";
 *
 * const matrix = threatControlMatrix(policy.controls);
 * matrix.byThreat["T3.1"]; // ["backup-of-important-assets", "physical-measures", "continuity-plan"]
 * matrix.byControl["mynumber-multi-factor"]; // ["T1", "T1.1", "T1.6"]
 * matrix.uncountered; // the threats and examples that still need a control
 * ```
 */
export function threatControlMatrix(controls: readonly Control[]): ThreatControlMatrix {
  const byThreat = new Map<ThreatRef, string[]>(THREAT_REFS.map((ref) => [ref, []]));
  const byControl: [string, readonly ThreatRef[]][] = [];
  const seen = new Set<string>();
  for (const control of controls) {
    if (seen.has(control.id)) throw new Error(`threatControlMatrix: two controls have the id ${JSON.stringify(control.id)}`);
    seen.add(control.id);
    const countered = new Set<ThreatRef>();
    for (const ref of control.threats) {
      if (!byThreat.has(ref)) {
        throw new Error(
          `threatControlMatrix: control ${JSON.stringify(control.id)} lists ${JSON.stringify(ref)}, which is no threat or listed example of clause 4`,
        );
      }
      countered.add(ref);
      countered.add(threatOf(ref));
    }
    const ordered = THREAT_REFS.filter((ref) => countered.has(ref));
    for (const ref of ordered) byThreat.get(ref)?.push(control.id);
    byControl.push([control.id, ordered]);
  }
  return deepFreeze({
    byThreat: Object.fromEntries(byThreat) as { [R in ThreatRef]: string[] },
    byControl: Object.fromEntries(byControl),
    uncountered: THREAT_REFS.filter((ref) => byThreat.get(ref)?.length === 0),
  }) as ThreatControlMatrix;
}

/**
 * The controls that counter a threat of clause 4 or one of its listed examples. For a threat
 * (`"T1"`), that is every control listing it or any of its examples; for an example (`"T1.2"`),
 * every control listing that example.
 *
 * @param threat - A threat (`"T1"` … `"T5"`) or a listed example (`"T1.1"` … `"T5.3"`).
 * @param controls - The controls to search, e.g. `policy.controls`.
 * @returns The controls that counter it, in the order given, as a frozen array (empty if none).
 * @example
 * ```ts
 * import { policy } from "../policy/policies.js";
 * import { controlsCountering } from "./threat-matrix.js";
 *
 * controlsCountering("T4", policy.controls).map((control) => control.id);
 * // ["continuity-plan", "risk-analysis"]
 * ```
 */
export function controlsCountering(threat: ThreatRef, controls: readonly Control[]): readonly Control[] {
  const isThreat = threatOf(threat) === threat;
  return Object.freeze(
    controls.filter((control) => control.threats.some((ref) => ref === threat || (isThreat && threatOf(ref) === threat))),
  );
}
