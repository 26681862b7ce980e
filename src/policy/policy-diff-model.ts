import type { ControlParameters } from "../controls/verdict.js";
import type { LocalizedText } from "../definitions/localized-text.js";
import type { Provenance } from "../definitions/vocabulary.js";
import type { SubjectKind } from "../subjects/subject.js";
import type { OrganizationTerm } from "./policy.js";

// The diff model: what `diffPolicies` returns (clause, control and glossary changes, each with its
// direction and the version bump it needs), as types.

/**
 * Which way a change moves decisions:
 * - `stricter`: it can turn an outcome worse (e.g. compliant into non-compliant), never better;
 * - `looser`: it can turn an outcome better, never worse;
 * - `neutral`: it changes no outcome (wording, translation, citation);
 * - `unknown`: it can move outcomes either way, or the diff cannot tell (e.g. a check's logic).
 */
export type ChangeDirection = "stricter" | "looser" | "neutral" | "unknown";

/**
 * The least version bump a change needs under the versioning rule (docs/versioning.md):
 * `major` for a removal or a loosening, `minor` for an addition, a tightening, a change whose
 * direction is unknown or a change of provenance, `patch` for wording only.
 */
export type VersionBump = "major" | "minor" | "patch";

/** A clause as the diff shows it: its reference, heading and paragraphs. */
export interface ClauseSnapshot {
  /** The clause reference, e.g. `"7(3)①"`. */
  readonly ref: string;
  /** Its heading, where it has one. */
  readonly heading?: LocalizedText;
  /** Its body, paragraph by paragraph. */
  readonly paragraphs: readonly LocalizedText[];
}

/** A clause whose heading or text differs between the two policies. */
export interface ClauseRewording {
  /** The clause reference. */
  readonly ref: string;
  /** The clause in the `from` policy. */
  readonly before: ClauseSnapshot;
  /** The clause in the `to` policy. */
  readonly after: ClauseSnapshot;
  /** What differs: the heading, the Japanese (the policy's own words) or the English (the translation). */
  readonly changed: readonly ("heading" | "text-ja" | "text-en")[];
  /** `unknown` if the Japanese changed (the policy itself says something else), else `neutral`. */
  readonly direction: ChangeDirection;
  /** The least version bump the rewording needs: `minor` if the Japanese changed, else `patch`. */
  readonly bump: VersionBump;
}

/** A control as the diff shows it. */
export interface ControlSnapshot {
  /** The control's id. */
  readonly id: string;
  /** Its title. */
  readonly title: LocalizedText;
  /** The clause it comes from. */
  readonly clause: string;
  /** Where its rule comes from. */
  readonly provenance: Provenance;
  /** The measure it belongs to. */
  readonly category: string;
  /** Whether a recorded exception approved by the CISO can turn its `fail` into `pass`. */
  readonly admitsException: boolean;
  /** Whether it is a scope gate. */
  readonly gate: boolean;
  /** The subject kinds it applies to. */
  readonly kinds: readonly SubjectKind[];
  /** Its parameters' values in this policy. */
  readonly parameters: ControlParameters;
}

/** One difference in a control present in both policies, discriminated by `field`. */
export type ControlFieldChange = (
  | {
      /** A parameter's value changed (or the parameter was added or removed). */
      readonly field: "parameter";
      /** The parameter's name. */
      readonly name: string;
      /** Its value in the `from` policy, if it has it. */
      readonly before: number | undefined;
      /** Its value in the `to` policy, if it has it. */
      readonly after: number | undefined;
      /** Its unit, e.g. `"months"`. */
      readonly unit: string;
      /** Which way is stricter, if both policies agree on it. */
      readonly stricter: "lower" | "higher" | undefined;
    }
  | {
      /** The control's provenance changed. */
      readonly field: "provenance";
      /** The value in the `from` policy. */
      readonly before: Provenance;
      /** The value in the `to` policy. */
      readonly after: Provenance;
    }
  | {
      /** The control's clause changed. */
      readonly field: "clause";
      /** The value in the `from` policy. */
      readonly before: string;
      /** The value in the `to` policy. */
      readonly after: string;
    }
  | {
      /** The control's exception admission changed. */
      readonly field: "admitsException";
      /** The value in the `from` policy. */
      readonly before: boolean;
      /** The value in the `to` policy. */
      readonly after: boolean;
    }
  | {
      /** The control's scope gate flag changed. */
      readonly field: "gate";
      /** The value in the `from` policy. */
      readonly before: boolean;
      /** The value in the `to` policy. */
      readonly after: boolean;
    }
  | {
      /** The control's subject kinds changed. */
      readonly field: "kinds";
      /** The value in the `from` policy. */
      readonly before: readonly SubjectKind[];
      /** The value in the `to` policy. */
      readonly after: readonly SubjectKind[];
    }
  | {
      /** The control's category changed. */
      readonly field: "category";
      /** The value in the `from` policy. */
      readonly before: string;
      /** The value in the `to` policy. */
      readonly after: string;
    }
  | {
      /** The control's threats countered changed. */
      readonly field: "threats";
      /** The value in the `from` policy. */
      readonly before: readonly string[];
      /** The value in the `to` policy. */
      readonly after: readonly string[];
    }
  | {
      /** The control's wording changed. */
      readonly field: "title" | "requirement" | "remediation";
      /** The value in the `from` policy. */
      readonly before: LocalizedText;
      /** The value in the `to` policy. */
      readonly after: LocalizedText;
    }
  | {
      /** The organisation rule it was compiled from (its condition or requirement). */
      readonly field: "rule";
      /** The rule in the `from` policy. */
      readonly before: unknown;
      /** The rule in the `to` policy. */
      readonly after: unknown;
    }
  | {
      /** Its check or its verdicts changed: the logic may differ. */
      readonly field: "check";
      /** The subject kinds whose check changed. */
      readonly kinds: readonly SubjectKind[];
      /** The verdicts (status and English message) only the `from` side has. */
      readonly removedVerdicts: readonly string[];
      /** The verdicts (status and English message) only the `to` side has. */
      readonly addedVerdicts: readonly string[];
    }
) & {
  /** Which way the change can move outcomes. */
  readonly direction: ChangeDirection;
  /** The least version bump the change needs. */
  readonly bump: VersionBump;
};

/** A control present in both policies that differs. */
export interface ControlDiff {
  /** The control's id. */
  readonly id: string;
  /** Its title in the `to` policy. */
  readonly title: LocalizedText;
  /** Its provenance in the `to` policy. */
  readonly provenance: Provenance;
  /** Its clause in the `to` policy. */
  readonly clause: string;
  /** Every difference, field by field. */
  readonly changes: readonly ControlFieldChange[];
}

/** A term of an overlay's glossary that differs. */
export interface GlossaryChange {
  /** The term's id. */
  readonly id: string;
  /** The term in the `from` policy; absent if it was added. */
  readonly before: OrganizationTerm | undefined;
  /** The term in the `to` policy; absent if it was removed. */
  readonly after: OrganizationTerm | undefined;
}

/** The parts of a policy outside clauses and controls that the diff compares as wholes. */
export type PolicyPart = "title" | "terms" | "threats" | "scope" | "layers" | "obligations" | "measures" | "classificationScheme" | "handlingRequirements";

/** Identifies one side of a diff. */
export interface PolicyDiffSide {
  /** The policy's id. */
  readonly id: string;
  /** The policy's version. */
  readonly version: string;
  /** The date from which the policy applies. */
  readonly effectiveDate: string;
  /** The overlays it includes, as `id@version`. */
  readonly overlays: readonly string[];
}

/**
 * What changed from one policy to another, clause by clause and control by control, with a
 * direction (stricter or looser) and the least version bump for each change. Deeply frozen.
 * Print it with `renderPolicyDiffMarkdown`.
 */
export interface PolicyDiff {
  /** The policy compared from (the older one). */
  readonly from: PolicyDiffSide;
  /** The policy compared to (the newer one). */
  readonly to: PolicyDiffSide;
  /** The clauses added, removed and reworded. */
  readonly clauses: {
    /** Clauses only the `to` policy has. */
    readonly added: readonly ClauseSnapshot[];
    /** Clauses only the `from` policy has. */
    readonly removed: readonly ClauseSnapshot[];
    /** Clauses both have, with a different heading or text. */
    readonly reworded: readonly ClauseRewording[];
  };
  /** The controls added, removed and changed. */
  readonly controls: {
    /** In the order of the `to` policy. */
    readonly added: readonly ControlSnapshot[];
    /** In the order of the `from` policy. */
    readonly removed: readonly ControlSnapshot[];
    /** In the order of the `to` policy. */
    readonly changed: readonly ControlDiff[];
  };
  /** Terms of the overlays' glossaries added, removed or changed. */
  readonly glossary: readonly GlossaryChange[];
  /** Other parts that differ (compared as wholes). */
  readonly otherParts: readonly PolicyPart[];
  /** Whether nothing differs. */
  readonly empty: boolean;
  /** Whether some change can turn a compliant decision into a needs-review or non-compliant one. */
  readonly mayTighten: boolean;
  /** Whether some change can turn a non-compliant decision into a compliant one. */
  readonly mayLoosen: boolean;
  /** The overall direction: `neutral` if nothing moves outcomes, `unknown` if changes go both ways. */
  readonly direction: ChangeDirection;
  /** The least version bump the changes need, or `none`. */
  readonly bump: VersionBump | "none";
}
