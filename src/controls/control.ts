import type { CompiledClassificationScheme } from "../classification/compiled-scheme.js";
import type { ClauseRef } from "../definitions/clause.js";
import type { GuidelineBasis } from "../definitions/guideline-basis.js";
import type { LocalizedText } from "../definitions/localized-text.js";
import type { ThreatRef } from "../definitions/vocabulary.js";
import { deepFreeze, deepFreezeLiteral, type DeepReadonly } from "../internal/deep-freeze.js";
import type { SubjectKind, SubjectOf } from "../subjects/subject.js";
import type { ControlCategory } from "./control-category.js";
import type { ControlParameters, Verdict } from "./verdict.js";

/**
 * A named numeric parameter of a control, with its default and which way is stricter, so that an
 * overlay can tighten it and never loosen it.
 */
export interface ParameterSpec {
  /** The default value. */
  readonly default: number;
  /** Which direction tightens the control: a `lower` interval is stricter, a `higher` count is stricter. */
  readonly stricter: "lower" | "higher";
  /** The unit, e.g. `"months"`, `"factor kinds"`. */
  readonly unit: string;
  /** What the parameter means. */
  readonly description: LocalizedText;
  /** The smallest value that makes sense. */
  readonly min: number;
  /** The largest value that makes sense. */
  readonly max: number;
  /** Where the default comes from: required on every parameter of a `guideline` control. */
  readonly basis?: GuidelineBasis;
}

/**
 * A control's provenance, with the basis a guideline default must carry: a `guideline` control
 * without its `basis` is a type error; a `basic-policy` or `organization` control has none.
 */
export type ControlProvenance =
  | {
      /** A default from the national guideline. */
      readonly provenance: "guideline";
      /** Which document and edition, where in it, and how sure the library is of it. */
      readonly basis: GuidelineBasis;
    }
  | {
      /** Stated in the basic policy, or added by the organisation's own standards. */
      readonly provenance: "basic-policy" | "organization";
      /** Only guideline defaults carry a basis. */
      readonly basis?: undefined;
    };

/** What a check knows beyond the subject: the date it judges as of, as days since 1970-01-01. */
export interface CheckContext {
  /** The `asOf` date as a day number, if one was given. */
  readonly asOfDay: number | undefined;
}

/**
 * A control's check for one subject kind: pure, fast, and returning the NAME of one of the
 * control's verdicts (`N`: the keys of its verdict table, so that a name it does not declare is a
 * compile error). The fourth argument is the policy's classification scheme, compiled: a check
 * asks it whether a classification meets a named threshold (`meetsThreshold(scheme, c,
 * "confidential")`), never compares level numbers.
 */
export type Check<K extends SubjectKind, P extends ControlParameters, N extends string = string> = (
  subject: SubjectOf<K>,
  parameters: P,
  context: CheckContext,
  scheme: CompiledClassificationScheme,
) => N;

/** A control's checks, one per subject kind it applies to, each returning a verdict name of `N`. */
export type Checks<P extends ControlParameters, N extends string = string> = { readonly [K in SubjectKind]?: Check<K, P, N> };

/** The fields of each subject kind that a control reads: missing ones make the finding `manual`. */
export type ControlFacts<K extends SubjectKind = SubjectKind> = { readonly [Kind in K]?: readonly (keyof SubjectOf<Kind> & string)[] };

/**
 * The parameters of a control as its checks and worded messages read them: one number per parameter name.
 *
 * @example
 * ```ts
 * import type { ParametersOf } from "@miyagi-kouiki/infosec-policy";
 * const p: ParametersOf<"trainingIntervalMonths"> = { trainingIntervalMonths: 12 };
 * ```
 */
export type ParametersOf<N extends string> = { readonly [Name in N]: number };

/**
 * A checkable control: one measure of the policy as data, with the clause it comes from, its
 * provenance, the threats it counters and a small pure check per subject kind.
 */
export type Control = ControlBody & ControlProvenance;

/** The fields of a control other than its provenance and basis. */
export interface ControlBody {
  /** Stable id, e.g. `"mynumber-isolation"`. */
  readonly id: string;
  /** A short title in Japanese and English. */
  readonly title: LocalizedText;
  /** The clause it comes from (for a `guideline` control, the clause whose goal it serves). */
  readonly clause: ClauseRef;
  /** Which measure it belongs to. */
  readonly category: ControlCategory;
  /** The threats of clause 4 (and their examples) it counters. */
  readonly threats: readonly ThreatRef[];
  /** What it requires, in words; a `guideline` control says that its rule is a guideline default. */
  readonly requirement: LocalizedText;
  /** What to do when it fails or needs review. */
  readonly remediation: LocalizedText;
  /** Whether a recorded exception approved by the CISO can turn its `fail` into `pass`. */
  readonly admitsException: boolean;
  /**
   * Whether it is a scope gate (clause 5): when a gate finds `not-applicable`, the subject is
   * outside the policy and no other control runs. A gate passes or is not applicable; it never fails.
   */
  readonly gate: boolean;
  /** Its named parameters with their defaults. */
  readonly parameters: Readonly<Record<string, ParameterSpec>>;
  /** The subject fields it reads, per kind. */
  readonly facts: ControlFacts;
  /** Every verdict its checks can return, for documentation and prebuilt findings, in the order of its verdict table. */
  readonly verdicts: readonly Verdict[];
  /** The same verdicts by the names its checks return. */
  readonly verdictsByName: Readonly<Record<string, Verdict>>;
  /** Its checks, one per subject kind it applies to, each returning a name of `verdictsByName`. */
  readonly checks: Checks<ControlParameters>;
  /**
   * For an organisation control compiled from an overlay's rule (`extendPolicy`): that rule, as
   * the overlay schema parsed it, frozen with the control, so that `diffPolicies` compares rules
   * (its check is a closure over it). Absent for a control written in code.
   */
  readonly rule?: Readonly<Record<string, unknown>>;
}

/**
 * What `defineControl` takes: a control with typed parameters and checks, its provenance and (for
 * a guideline default) its basis. `N` is the names of its parameters, `V` its verdict table, `K`
 * the subject kinds it checks.
 */
export type ControlDefinition<N extends string, V extends VerdictTable<N>, K extends SubjectKind> = ControlDefinitionBody<N, V, K> & ControlProvenance;

/**
 * A control's verdicts by name; a worded message reads the control's own parameters.
 *
 * @example
 * ```ts
 * import { fail, pass, type VerdictTable } from "@miyagi-kouiki/infosec-policy";
 * const verdicts: VerdictTable<never> = { yes: pass({ ja: "承認済み。", en: "Approved." }), no: fail({ ja: "未承認。", en: "Not approved." }) };
 * ```
 */
export type VerdictTable<N extends string> = Readonly<Record<string, Verdict<ParametersOf<N>>>>;

/** What `defineControl` takes, apart from the provenance and basis. */
export interface ControlDefinitionBody<N extends string, V extends VerdictTable<N>, K extends SubjectKind>
  extends Omit<ControlBody, "parameters" | "checks" | "verdicts" | "verdictsByName" | "gate" | "facts"> {
  /** Whether it is a scope gate (clause 5); `false` if not given. */
  readonly gate?: boolean;
  /** Its named parameters with their defaults, one entry per parameter its checks read. */
  readonly parameters: { readonly [Name in N]: ParameterSpec };
  /** Every verdict its checks can return, by a name of your choosing (e.g. `yes`, `no`, `unknown`). */
  readonly verdicts: V;
  /** The subject fields it reads, for exactly the kinds it checks (a kind in one and not the other is a type error). */
  readonly facts: { readonly [Kind in K]: readonly (keyof SubjectOf<Kind> & string)[] };
  /** Its checks, one per subject kind it applies to, typed by that kind's subject and the parameters, returning a name of `verdicts`. */
  readonly checks: { readonly [Kind in K]: Check<Kind, ParametersOf<N>, keyof V & string> };
}

/**
 * Defines a control: checks the definition is coherent and freezes it. The types tie it
 * together: a check returns a name of the control's own verdict table (any other is a compile
 * error), reads its parameters by their declared names, and `facts` lists exactly the kinds
 * `checks` has.
 *
 * @param definition - The control, with its verdicts by name and its checks per subject kind.
 * @returns The frozen control.
 * @throws Error if `facts` and `checks` name different kinds (only a definition that bypassed the types can).
 * @example
 * ```ts
 * import { defineControl, fail, manual, pass } from "@miyagi-kouiki/infosec-policy";
 *
 * const verdicts = {
 *   yes: pass({ ja: "承認済み。", en: "Approved." }),
 *   no: fail({ ja: "未承認。", en: "Not approved." }),
 *   unknown: manual({ ja: "承認の有無が不明。", en: "Approval not stated." }),
 * };
 * const control = defineControl({
 *   id: "approved-software-only", // …title, clause, provenance, category, threats, …
 *   verdicts,
 *   facts: { "software-use": ["approved"] },
 *   checks: { "software-use": (s) => (s.approved === undefined ? "unknown" : s.approved ? "yes" : "no") },
 * });
 * ```
 */
export function defineControl<const N extends string = never, V extends VerdictTable<N> = VerdictTable<N>, K extends SubjectKind = never>(
  definition: ControlDefinition<N, V, K>,
): Control {
  return buildControl(definition, deepFreeze);
}

/**
 * `defineControl` for the shipped catalog, whose definitions are literals of this package's own
 * source: frozen with `deepFreezeLiteral`, which reads each value directly instead of asking
 * every property for its descriptor (the catalog is built at every import). Not part of the
 * public surface: a user's definition goes through `defineControl`.
 *
 * @param definition - A control of the shipped catalog.
 * @returns The frozen control.
 */
export function defineShippedControl<const N extends string = never, V extends VerdictTable<N> = VerdictTable<N>, K extends SubjectKind = never>(
  definition: ControlDefinition<N, V, K>,
): Control {
  return buildControl(definition, deepFreezeLiteral);
}

function buildControl<N extends string, V extends VerdictTable<N>, K extends SubjectKind>(
  definition: ControlDefinition<N, V, K>,
  freeze: <T>(value: T) => DeepReadonly<T>,
): Control {
  // Kept at run time for definitions made in JavaScript or through a cast: the types already forbid it.
  const checkedKinds = Object.keys(definition.checks).sort().join(",");
  const factKinds = Object.keys(definition.facts).sort().join(",");
  if (checkedKinds !== factKinds) {
    throw new Error(`control ${definition.id}: facts are declared for [${factKinds}] but checks for [${checkedKinds}]`);
  }
  const control = {
    ...definition,
    gate: definition.gate ?? false,
    parameters: definition.parameters as Readonly<Record<string, ParameterSpec>>,
    verdicts: Object.values(definition.verdicts),
    verdictsByName: { ...definition.verdicts },
    checks: definition.checks as Checks<ControlParameters>,
  };
  return freeze(control) as unknown as Control;
}

/**
 * The subject kinds a control applies to.
 *
 * @param control - The control.
 * @returns Its kinds, in the order its checks were declared.
 * @example
 * ```ts
 * controlKinds(policy.controls[0]); // ["transfer", "carry-out", …]
 * ```
 */
export function controlKinds(control: Control): readonly SubjectKind[] {
  return Object.keys(control.checks) as SubjectKind[];
}
