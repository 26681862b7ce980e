import { basicPolicyV1 } from "./basic-policy.js";
import type { Policy } from "./policy.js";
import { UnknownNameError } from "../definitions/unknown-name-error.js";
import { closestNames } from "../internal/closest.js";

/**
 * The current policy: the newest shipped version. Decisions name its id and version.
 *
 * @example
 * ```ts
 * import { policy } from "@miyagi-kouiki/infosec-policy";
 * policy.controls.length; // the number of controls in the catalog
 * ```
 */
export const policy: Policy = basicPolicyV1;

/**
 * Every shipped version of the policy, oldest first, so that a service can pin one. A version,
 * once shipped, stays in this list in every later release of the package (see
 * docs/versioning.md), so a pin never stops resolving within a major version of the package.
 *
 * @example
 * ```ts
 * import { policies, evaluate } from "@miyagi-kouiki/infosec-policy";
 *
 * const pinned = policies.find((p) => p.version === "1.0.0");
 * evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] }, { policy: pinned }).policy;
 * // { id: "miyagi-kouiki-basic-policy", version: "1.0.0" }
 * ```
 */
export const policies: readonly Policy[] = Object.freeze([basicPolicyV1]);

/**
 * The shipped policy of a version, for pinning: the same value as the entry of `policies`.
 *
 * @param version - The exact semver version, e.g. `"1.0.0"`.
 * @returns The policy of that version.
 * @throws `UnknownNameError` if no shipped policy has that version.
 * @example
 * ```ts
 * import { evaluate, getPolicy } from "@miyagi-kouiki/infosec-policy";
 *
 * const pinned = getPolicy("1.0.0");
 * evaluate({ kind: "transfer", from: "internet", to: "mynumber" }, { policy: pinned }).policy.version; // "1.0.0"
 * ```
 */
export function getPolicy(version: string): Policy {
  const found = policies.find((each) => each.version === version);
  if (found === undefined) throw new UnknownNameError("policy-version", version, closestNames(version, policies.map((each) => each.version), { count: policies.length }));
  return found;
}
