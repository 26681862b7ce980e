import { basicPolicyV1 } from "./basic-policy.js";
import type { Policy } from "./policy.js";

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
 * Every shipped version of the policy, oldest first, so that a service can pin one.
 *
 * @example
 * ```ts
 * import { policies, evaluate } from "@miyagi-kouiki/infosec-policy";
 * const pinned = policies.find((p) => p.version === "1.0.0");
 * ```
 */
export const policies: readonly Policy[] = Object.freeze([basicPolicyV1]);
