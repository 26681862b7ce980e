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
 * Thrown by {@link getPolicy} for a version that no shipped policy has. Its message lists the
 * shipped versions, which are also in {@link UnknownPolicyVersionError.available}.
 *
 * @example
 * ```ts
 * import { getPolicy, UnknownPolicyVersionError } from "@miyagi-kouiki/infosec-policy";
 *
 * try {
 *   getPolicy("0.9.0");
 * } catch (error) {
 *   if (error instanceof UnknownPolicyVersionError) error.available; // ["1.0.0"]
 * }
 * ```
 */
export class UnknownPolicyVersionError extends Error {
  /** Always `"UnknownPolicyVersionError"`, so the error can be recognised after serialisation. */
  override readonly name = "UnknownPolicyVersionError";
  /** The version asked for. */
  readonly version: string;
  /** The shipped versions, oldest first. */
  readonly available: readonly string[];

  /**
   * @param version - The version asked for.
   * @param available - The shipped versions.
   */
  constructor(version: string, available: readonly string[]) {
    super(`no shipped policy has version ${JSON.stringify(version)}; shipped versions: ${available.join(", ")}`);
    this.version = version;
    this.available = available;
  }
}

/**
 * The shipped policy of a version, for pinning: the same value as the entry of `policies`.
 *
 * @param version - The exact semver version, e.g. `"1.0.0"`.
 * @returns The policy of that version.
 * @throws {@link UnknownPolicyVersionError} if no shipped policy has that version.
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
  if (found === undefined) throw new UnknownPolicyVersionError(version, policies.map((each) => each.version));
  return found;
}
