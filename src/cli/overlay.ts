import { safeExtendPolicy } from "../overlay/extend-policy.js";
import type { Policy } from "../policy/policy.js";

/** The policy extended with an overlay, or every problem with the overlay (one line each, with its path). */
export type OverlayResult = { readonly success: true; readonly policy: Policy } | { readonly success: false; readonly issues: readonly string[] };

/**
 * Extends a policy with an overlay read from a file (`--overlay`), with `safeExtendPolicy`: an
 * overlay that is malformed, or that would remove or weaken a control, gives every problem.
 *
 * @param base - The policy to extend.
 * @param overlay - The overlay's parsed JSON.
 * @returns The extended policy, or the problems as `path: message [code]` lines.
 */
export function extendWithOverlay(base: Policy, overlay: unknown): OverlayResult {
  const result = safeExtendPolicy(base, overlay);
  if (result.success) return { success: true, policy: result.data };
  return { success: false, issues: result.error.issues.map((issue) => `${issue.at}: ${issue.message} [${issue.code}]`) };
}
