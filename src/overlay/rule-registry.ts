import type { Control } from "../controls/control.js";
import type { OrganizationControlRule } from "./overlay-schema.js";

// The rule each organisation control was compiled from, so that `diffPolicies` can compare two
// organisation controls by their rules (their checks are closures over the rule, so comparing
// the functions would say nothing). Weak: a control no longer referenced is collected.
const rules = new WeakMap<Control, OrganizationControlRule>();

/**
 * Records the rule an organisation control was compiled from.
 *
 * @param control - The compiled control.
 * @param rule - Its rule.
 */
export function recordRule(control: Control, rule: OrganizationControlRule): void {
  rules.set(control, rule);
}

/**
 * The rule an organisation control was compiled from, if it was compiled from one.
 *
 * @param control - Any control.
 * @returns Its rule, or `undefined` for a control defined in code.
 */
export function ruleOf(control: Control): OrganizationControlRule | undefined {
  return rules.get(control);
}
