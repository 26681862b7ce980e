import type { Control } from "../controls/control.js";
import type { DeepReadonly } from "../internal/deep-freeze.js";
import type { Policy } from "../policy/policy.js";
import { issuesFromZod } from "../validation/input-error.js";
import type { SafeResult } from "../validation/safe-evaluate.js";
import { compileRule } from "./compile-rule.js";
import { OverlayRejectedError } from "./overlay-error.js";
import { OrganizationControlRuleSchema, type OrganizationControlRule, type Overlay } from "./overlay-schema.js";
import { snapshotOverlay } from "./snapshot.js";
import { Issues, describeControl, rejected } from "./overlay-issues.js";
import { overlayShellSchema, isDefinedControl, checkDefinedControl, wellFormedSections, readableId } from "./parse-overlay.js";
import { checkBase, checkMalformedRule } from "./triage-overlay.js";
import { checkRule, schemeForRules, checkParameters, checkChanges, checkIntents, checkClassificationScheme } from "./overlay-meaning.js";
import { fromSnapshot, build } from "./build-extended-policy.js";

/**
 * What `extendPolicy` takes: an {@link Overlay} as read from JSON, where a TypeScript caller may
 * also give, among `controls`, controls made with `defineControl` (provenance `organization`).
 */
export type OverlayInput = DeepReadonly<Omit<Overlay, "controls">> & {
  /** Organisation rules (data), or controls made with `defineControl` with provenance `organization`. */
  readonly controls?: readonly (DeepReadonly<OrganizationControlRule> | Control)[] | undefined;
};

/** An overlay control: a rule from data, or a control a TypeScript caller made. */
type OverlayControl = { readonly index: number } & ({ readonly rule: OrganizationControlRule } | { readonly control: Control });

/**
 * Applies an overlay (the organisation's own standards, 対策基準) to a policy, never throwing:
 * returns the extended policy, or an {@link OverlayRejectedError} listing every problem.
 *
 * The overlay is validated with the zod schema first, then checked against the base: every
 * entry that would remove, disable, replace, relabel or loosen a control, change a `basic-policy`
 * control, or loosen a parameter is reported by path, with a code and a message naming it.
 *
 * @param base - The policy to extend: `policy`, one of `policies`, or `getPolicy(version)`.
 * @param overlay - Anything, e.g. the parsed JSON of an overlay file.
 * @returns `{ success: true, data: policy }` or `{ success: false, error }` (an `OverlayRejectedError`).
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { policy, safeExtendPolicy } from "@miyagi-kouiki/infosec-policy";
 *
 * const result = safeExtendPolicy(policy, JSON.parse(readFileSync("standards.json", "utf8")));
 * if (!result.success) for (const issue of result.error.issues) console.error(issue.at, issue.code, issue.message);
 * ```
 */
export function safeExtendPolicy(base: Policy, overlay: unknown): SafeResult<Policy> {
  try {
    return extendChecked(base, overlay);
  } catch (error) {
    // Not reached for any input the checks know; a last guard so that nothing is ever thrown.
    const issues = new Issues();
    issues.add([], "invalid-base", `the overlay could not be checked against the base: ${error instanceof Error ? error.message : "an error"}`);
    return rejected(issues, undefined);
  }
}

function extendChecked(base: Policy, input: unknown): SafeResult<Policy> {
  const issues = new Issues();
  const baseOk = checkBase(base, issues);
  // Check and build from one plain copy of the overlay, taken once: no getter, Proxy or later
  // mutation can show the checks one thing and the build another (DESIGN.md invariants 9, 12).
  // The size limits are applied while copying, before any entry is validated.
  const snapshot = snapshotOverlay(input);
  if (!snapshot.ok) {
    issues.list.push(...snapshot.issues);
    return rejected(issues, undefined);
  }
  const overlay = snapshot.value;
  const shellSchema = overlayShellSchema();
  const shell = shellSchema.safeParse(overlay);
  const overlayId = shell.success ? shell.data.id : readableId(overlay);
  // Worded in English, as every other overlay issue is (both languages are in each issue's messages).
  if (!shell.success) issues.list.push(...issuesFromZod(shell.error, [], { locale: "en", input: overlay, schema: shellSchema }));
  // Every section that is well-formed on its own is checked for meaning too, even when another
  // is malformed, so that one pass reports every weakening entry.
  const data = shell.success ? (shell.data as Overlay) : wellFormedSections(overlay);

  // Each control entry on its own: a rule (data) or a control made with defineControl.
  const entries: OverlayControl[] = [];
  const rawControls = typeof overlay === "object" && overlay !== null ? (overlay as { controls?: unknown }).controls : undefined;
  if (Array.isArray(rawControls)) {
    rawControls.forEach((entry: unknown, index) => {
      if (isDefinedControl(entry)) {
        if (checkDefinedControl(entry, ["controls", index], issues)) entries.push({ index, control: entry });
        return;
      }
      const parsed = OrganizationControlRuleSchema.safeParse(entry);
      if (parsed.success) entries.push({ index, rule: parsed.data });
      else {
        issues.list.push(...issuesFromZod(parsed.error, ["controls", index], { locale: "en", input: entry, schema: OrganizationControlRuleSchema }));
        checkMalformedRule(entry, ["controls", index], base, issues);
      }
    });
  }
  if (!baseOk) return rejected(issues, overlayId);

  const baseControls = new Map(base.controls.map((control) => [control.id, control] as const));
  const clauseRefs = new Set(base.clauses.map((clause) => clause.ref));

  // Added controls: new ids, existing clauses, organization provenance, fields that exist. A rule
  // compiles whatever its problems (it only reads what it names), so every entry has its control.
  const overlayControls = entries.map((entry) => ("rule" in entry ? compileRule(entry.rule) : fromSnapshot(entry.control)));
  const added = new Map<string, Control>();
  entries.forEach((entry, i) => {
    const control = overlayControls[i] as Control;
    const path = ["controls", entry.index];
    const id = control.id;
    const taken = baseControls.get(id);
    if (taken !== undefined) {
      issues.add([...path, "id"], "control-id-taken", `control id ${JSON.stringify(id)} is already the ${describeControl(taken)}: an added control with its id would replace it; give the organisation's control a new id (e.g. "org-${id}")`, id);
    } else if (added.has(id)) {
      issues.add([...path, "id"], "duplicate-control-id", `control id ${JSON.stringify(id)} is used by more than one control of the overlay`, id);
    } else {
      added.set(id, control);
    }
    if (!clauseRefs.has(control.clause)) {
      issues.add([...path, "clause"], "unknown-clause", `control ${JSON.stringify(id)} cites clause ${JSON.stringify(control.clause)}, which the basic policy does not have`, id);
    }
    if ("rule" in entry) checkRule(entry.rule, path, issues, schemeForRules(base, data.classificationScheme));
  });

  const allControls = new Map<string, Control>([...baseControls, ...added]);
  if (data.parameters !== undefined) checkParameters(data.parameters, allControls, base.parameters, issues);
  if (data.changes !== undefined) checkChanges(data.changes, baseControls, new Set(added.keys()), issues);
  checkIntents(data, baseControls, issues);
  const glossaryIds = new Set<string>();
  data.glossary?.forEach((term, i) => {
    if (glossaryIds.has(term.id)) issues.add(["glossary", i, "id"], "duplicate-term-id", `term id ${JSON.stringify(term.id)} is defined more than once`);
    glossaryIds.add(term.id);
    if (term.clause !== undefined && !clauseRefs.has(term.clause)) {
      issues.add(["glossary", i, "clause"], "unknown-clause", `term ${JSON.stringify(term.id)} cites clause ${JSON.stringify(term.clause)}, which the basic policy does not have`);
    }
  });
  const scheme = data.classificationScheme === undefined ? undefined : checkClassificationScheme(base, data.classificationScheme, data.classificationMapping, issues);
  if (data.classificationScheme === undefined && data.classificationMapping !== undefined) {
    issues.add(["classificationMapping"], "invalid-classification-mapping", "a classificationMapping is given but no classificationScheme: name the scheme it maps to");
  }
  if (issues.list.length > 0 || !shell.success) return rejected(issues, overlayId);
  return { success: true, data: build(base, shell.data as Overlay, overlayControls, scheme) };
}

/**
 * Applies an overlay (the organisation's own standards, 対策基準) to a policy: adds its
 * `organization` controls after the base's, tightens the parameters it names, withdraws the
 * exception admissions it withdraws, and records it. The result is a new, deeply frozen policy
 * with id `<base id>+<overlay id>` and version `<base version>+<overlay version>` (semver build
 * metadata), whose outcome for every subject is at least as strict as the base's (DESIGN.md
 * invariant 9). The base is not changed.
 *
 * An overlay that would remove, disable, replace, relabel or loosen anything is rejected with an
 * {@link OverlayRejectedError} that lists every offending entry.
 *
 * @param base - The policy to extend: `policy`, one of `policies`, or `getPolicy(version)`.
 * @param overlay - The overlay: parsed JSON, or an object with rules and `defineControl` controls.
 * @returns The extended policy, to pass as `{ policy }` to `evaluate`, `audit` or `safeEvaluate`.
 * @throws {@link OverlayRejectedError} if the overlay is malformed or would weaken the base.
 * @example
 * ```ts
 * import { evaluate, extendPolicy, policy } from "@miyagi-kouiki/infosec-policy";
 *
 * const extended = extendPolicy(policy, {
 *   id: "my-standards",
 *   version: "2026.4.0",
 *   name: { ja: "情報セキュリティ対策基準", en: "Information Security Standards" },
 *   parameters: { "training-interval": { trainingIntervalMonths: 6 } },
 *   controls: [{
 *     id: "org-removable-media-encrypted",
 *     title: { ja: "可搬記憶媒体による移送の暗号化", en: "Encryption on removable media" },
 *     clause: "7(2)", category: "classification", threats: ["T2.1"],
 *     requirement: { ja: "可搬記憶媒体で移送する情報は暗号化する。", en: "Encrypt information moved on removable media." },
 *     remediation: { ja: "暗号化してから移送する。", en: "Encrypt before moving it." },
 *     appliesTo: "transfer",
 *     when: { channel: ["removable-media"] },
 *     require: { check: "fields", fields: { encrypted: true } },
 *   }],
 * });
 * extended.version; // "1.0.0+2026.4.0"
 * evaluate({ kind: "transfer", from: "lgwan", to: "lgwan", channel: "removable-media", encrypted: false }, { policy: extended }).outcome;
 * // "non-compliant"
 * ```
 */
export function extendPolicy(base: Policy, overlay: OverlayInput): Policy {
  const result = safeExtendPolicy(base, overlay);
  if (!result.success) throw result.error;
  return result.data;
}
