/**
 * The action-mix rules as Cedar policies, for `@cedar-policy/cedar-wasm` (nodejs build).
 *
 * Shape: one `permit` for subjects in the scope of 5(1), and one `forbid` per control and kind that
 * fires when that control would fail (without an effective exception) or lacks a fact it needs
 * (our `manual`). So Cedar allows exactly when our outcome is `compliant`. The policy id is
 * `<kind>:<control>`, so Cedar's `diagnostics.reason` names the controls that denied.
 *
 * The whole subject is passed as the request `context` (no entities, no schema), which is the
 * cheapest way to call Cedar: no entity store to build, no per-request validation.
 */
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";
import type { ActionKind, ActionSubject } from "../scenarios.js";
import { CONFIDENTIAL_FROM, IN_SCOPE_ORGANIZATIONS } from "./rules.js";

const set = (items: readonly string[]) => `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;

/**
 * An exception that turns a fail of `control` into a pass: none here. The benchmark evaluates
 * without `asOf`, so no exception's period can be judged (DESIGN: bounded exceptions).
 */
const exc = (_control: string) => "false";

const on = (kind: ActionKind) => `forbid (principal, action == Action::${JSON.stringify(kind)}, resource)`;
const conf = `context.classification.confidentiality < ${CONFIDENTIAL_FROM}`;

/** The policies, by id. */
export const CEDAR_POLICIES: Readonly<Record<string, string>> = {
  "scope-organization": `permit (principal, action, resource) when { !(context has organization) || ${set(IN_SCOPE_ORGANIZATIONS)}.contains(context.organization) };`,

  // Unclassified: manual. Below the threshold: not applicable. Between zones, or by email or removable media: encrypted
  // (or excepted). Within one zone with the channel not stated: manual. Within one zone over the network or by screen
  // transfer: not applicable.
  "transfer:confidential-encryption": `${on("transfer")}
    when { !(context has classification) || (!(${conf}) && (
      (context.from == context.to && !(context has channel)) ||
      ((context.from != context.to || (context has channel && (context.channel == "email" || context.channel == "removable-media"))) &&
        !(context has encrypted && (context.encrypted || ${exc("confidential-encryption")}))))) };`,
  "transfer:internet-sanitization": `${on("transfer")}
    when { context.from == "internet" && context.to != "internet" && !(context has channel && context.channel == "screen-transfer") }
    unless { context has sanitized && (context.sanitized || ${exc("internet-sanitization")}) };`,
  "transfer:mynumber-isolation": `${on("transfer")}
    when { (context.from == "mynumber" || context.to == "mynumber") && context.from != context.to }
    unless { ${exc("mynumber-isolation")} };`,

  "transfer:mynumber-no-carry-out": `${on("transfer")}
    when { context.from == "mynumber" && (!(context has channel) || context.channel == "removable-media") };`,
  "transfer:mynumber-internet-separation": `${on("transfer")}
    when { (context.from == "mynumber" && context.to == "internet") || (context.from == "internet" && context.to == "mynumber") };`,

  "carry-out:confidential-carry-out-approval": `${on("carry-out")}
    unless { context has classification && (${conf} || (context has approved && (context.approved || ${exc("confidential-carry-out-approval")}))) };`,
  "carry-out:confidential-encryption": `${on("carry-out")}
    unless { context has classification && (${conf} || (context has encrypted && (context.encrypted || ${exc("confidential-encryption")}))) };`,
  "carry-out:mynumber-no-carry-out": `${on("carry-out")}
    unless { context has zone && (context.zone != "mynumber" || (context has fromTerminal && !context.fromTerminal)) };`,

  "sign-in:mynumber-multi-factor": `${on("sign-in")}
    when { context.zone == "mynumber" }
    unless { context has factors && (context.factors.containsAll(["knowledge", "possession"]) || context.factors.containsAll(["knowledge", "inherence"]) || context.factors.containsAll(["possession", "inherence"])) };`,
  "sign-in:mynumber-sign-in-person": `${on("sign-in")}
    when { context.zone == "mynumber" && (!(context has person) || context.person == "contractor" || context.person == "outsider") };`,
  "sign-in:sign-in-authentication": `${on("sign-in")}
    unless { context has factors && (!context.factors.isEmpty() || ${exc("sign-in-authentication")}) };`,

  "software-use:approved-software-only": `${on("software-use")}
    unless { context has approved && (context.approved || ${exc("approved-software-only")}) };`,

  "access:access-control": `${on("access")}
    unless { context has authorized && context.authorized };`,
  "access:outsider-confidential-access": `${on("access")}
    when { context.person == "outsider" }
    unless { context has classification && (${conf} || (context has authorized && (context.authorized || ${exc("outsider-confidential-access")}))) };`,
};

const POLICY_SET_ID = "infosec-policy-bench";
const PRINCIPAL = { type: "Staff", id: "member" } as const;
const RESOURCE = { type: "Subject", id: "subject" } as const;
const NO_ENTITIES: cedar.EntityJson[] = [];
const ACTIONS: Readonly<Record<ActionKind, cedar.EntityUid>> = {
  transfer: { type: "Action", id: "transfer" },
  "carry-out": { type: "Action", id: "carry-out" },
  "sign-in": { type: "Action", id: "sign-in" },
  "software-use": { type: "Action", id: "software-use" },
  access: { type: "Action", id: "access" },
};

/** Cedar's answer, as allow/deny and the ids of the policies that determined it. */
export interface CedarDecision {
  readonly allow: boolean;
  readonly reasons: readonly string[];
  readonly errors: number;
}

function answer(result: cedar.AuthorizationAnswer): CedarDecision {
  if (result.type === "failure") throw new Error(`cedar: ${result.errors.map((error) => error.message).join("; ")}`);
  const { decision, diagnostics } = result.response;
  return { allow: decision === "allow", reasons: diagnostics.reason, errors: diagnostics.errors.length };
}

/** Parses and caches the policy set inside the wasm module (the "preparsed" path). Call once. */
export function preparseCedar(): void {
  const parsed = cedar.preparsePolicySet(POLICY_SET_ID, { staticPolicies: { ...CEDAR_POLICIES } });
  if (parsed.type === "failure") throw new Error(`cedar: ${parsed.errors.map((error) => error.message).join("; ")}`);
}

/** The preparsed path: `statefulIsAuthorized` against the cached policy set. */
export function cedarStateful(subject: ActionSubject): CedarDecision {
  return answer(
    cedar.statefulIsAuthorized({
      principal: PRINCIPAL,
      action: ACTIONS[subject.kind],
      resource: RESOURCE,
      context: subject as unknown as cedar.Context,
      preparsedPolicySetId: POLICY_SET_ID,
      entities: NO_ENTITIES,
    }),
  );
}

const POLICY_SET: cedar.PolicySet = { staticPolicies: { ...CEDAR_POLICIES } };

/** The plain path: `isAuthorized`, which parses the policy set on every call. */
export function cedarPlain(subject: ActionSubject): CedarDecision {
  return answer(
    cedar.isAuthorized({
      principal: PRINCIPAL,
      action: ACTIONS[subject.kind],
      resource: RESOURCE,
      context: subject as unknown as cedar.Context,
      policies: POLICY_SET,
      entities: NO_ENTITIES,
    }),
  );
}

/** Fast allow/deny on the preparsed path, for the timing loop (no object built for the answer). */
export function cedarStatefulAllows(subject: ActionSubject): boolean {
  const result = cedar.statefulIsAuthorized({
    principal: PRINCIPAL,
    action: ACTIONS[subject.kind],
    resource: RESOURCE,
    context: subject as unknown as cedar.Context,
    preparsedPolicySetId: POLICY_SET_ID,
    entities: NO_ENTITIES,
  });
  return result.type === "success" && result.response.decision === "allow";
}

/** Fast allow/deny on the plain path, for the timing loop. */
export function cedarPlainAllows(subject: ActionSubject): boolean {
  const result = cedar.isAuthorized({
    principal: PRINCIPAL,
    action: ACTIONS[subject.kind],
    resource: RESOURCE,
    context: subject as unknown as cedar.Context,
    policies: POLICY_SET,
    entities: NO_ENTITIES,
  });
  return result.type === "success" && result.response.decision === "allow";
}

/** Cedar's version, for the report. */
export const cedarVersion = (): string => cedar.getCedarVersion();
