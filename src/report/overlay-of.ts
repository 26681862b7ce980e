import type { Locale } from "../definitions/localized-text.js";
import type { Policy } from "../policy/policy.js";

/** The organisation's overlay (its own standards) that the audited policy was extended with. */
export interface ReportOverlay {
  /** The overlay's id, e.g. `"sample-organization-standards"`. */
  readonly id: string;
  /** The overlay's version. */
  readonly version: string;
  /** Its name (the title of the organisation's standards), in the report's language. */
  readonly name: string;
}

/**
 * The overlay a policy was extended with (the last, if several), as reports and exports name it.
 *
 * @param policy - A policy, shipped or from `extendPolicy`.
 * @param locale - The language of the name.
 * @returns The overlay, or `undefined` for a shipped policy.
 * @example
 * ```ts
 * import { extendPolicy, overlayOf, policy } from "@miyagi-kouiki/infosec-policy";
 *
 * overlayOf(policy); // undefined
 * overlayOf(extendPolicy(policy, overlay), "en")?.id; // the overlay's id
 * ```
 */
export function overlayOf(policy: Policy, locale: Locale = "ja"): ReportOverlay | undefined {
  const last = policy.overlays[policy.overlays.length - 1];
  return last === undefined ? undefined : { id: last.id, version: last.version, name: last.name[locale] };
}

/**
 * An overlay as a report names it: `"sample-organization-standards 2026.4.0 (name)"`.
 *
 * @param overlay - The overlay.
 * @returns One line.
 */
export function overlayLabel(overlay: ReportOverlay): string {
  return `${overlay.id} ${overlay.version} (${overlay.name})`;
}
