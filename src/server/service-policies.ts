import { closestNames } from "../internal/closest.js";
import { safeExtendPolicy } from "../overlay/extend-policy.js";
import { policies, policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import { ServiceError } from "./errors.js";

/** A policy the service decides with: a shipped version, extended with the overlay loaded at start. */
export interface ServedPolicy {
  /** The shipped version it is pinned by, e.g. `"1.0.0"`. */
  readonly base: string;
  /** The policy itself (extended, with an overlay). */
  readonly policy: Policy;
  /** Whether it is the current version (the default of a request that pins none). */
  readonly current: boolean;
}

/** The overlay could not be applied to a shipped version: every problem, one line each. */
export class OverlayLoadError extends Error {
  /** Every problem, as `version: path: message [code]`. */
  readonly problems: readonly string[];

  /** @param problems - Every problem. */
  constructor(problems: readonly string[]) {
    super(`the overlay cannot be applied: ${problems.join("; ")}`);
    this.name = "OverlayLoadError";
    this.problems = problems;
  }
}

/**
 * Every shipped policy version, each extended with the overlay (if any). Loaded once, at start: an
 * overlay that any shipped version rejects stops the service from starting (fail closed), rather
 * than serving some versions without the organisation's standards.
 *
 * @throws OverlayLoadError listing every problem.
 */
export function loadPolicies(overlay: unknown): readonly ServedPolicy[] {
  const problems: string[] = [];
  const served: ServedPolicy[] = [];
  for (const base of policies) {
    let policy = base;
    if (overlay !== undefined) {
      const extended = safeExtendPolicy(base, overlay);
      if (!extended.success) {
        for (const issue of extended.error.issues) problems.push(`${base.version}: ${issue.at}: ${issue.message} [${issue.code}]`);
        continue;
      }
      policy = extended.data;
    }
    served.push({ base: base.version, policy, current: base === currentPolicy });
  }
  if (problems.length > 0) throw new OverlayLoadError(problems);
  return Object.freeze(served);
}

/**
 * The served policy a request pins: by its shipped version (`1.0.0`) or its full version with the
 * overlay's build metadata (`1.0.0+2026.4.0`); the current one when `version` is undefined.
 *
 * @throws ServiceError 404 `unknown-policy-version` with the shipped versions as suggestions.
 */
export function pinnedPolicy(served: readonly ServedPolicy[], version: string | undefined): ServedPolicy {
  if (version === undefined) return served.find((entry) => entry.current) ?? (served[0] as ServedPolicy);
  const found = served.find((entry) => entry.base === version || entry.policy.version === version);
  if (found !== undefined) return found;
  const known = served.map((entry) => entry.base);
  const suggestions = closestNames(version, known);
  return (() => {
    throw new ServiceError(
      "unknown-policy-version",
      {
        ja: `ポリシーのバージョン ${JSON.stringify(version)} はありません。提供しているバージョン: ${known.join("、")}`,
        en: `no shipped policy has version ${JSON.stringify(version)}; shipped versions: ${known.join(", ")}`,
      },
      { suggestions },
    );
  })();
}
