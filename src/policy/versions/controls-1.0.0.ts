import type { Control } from "../../controls/control.js";
import { controlCatalog } from "../../controls/catalog.js";

/**
 * The ids of the controls of shipped policy 1.0.0, in canonical order: its own list, so that a
 * control added to the catalog for a later version does not join 1.0.0. A content fingerprint
 * test (test/policy/shipped-versions.test.ts) holds 1.0.0's controls, clauses and parameters
 * fixed: an edit that would change what 1.0.0 decides fails it, and belongs in a new version.
 *
 * @example
 * ```ts
 * import { CONTROL_IDS_1_0_0 } from "./controls-1.0.0.js";
 *
 * CONTROL_IDS_1_0_0[0]; // "scope-organization"
 * ```
 */
export const CONTROL_IDS_1_0_0 = Object.freeze([
  "scope-organization",
  "staff-obligations",
  "security-organization",
  "asset-classified",
  "confidential-carry-out-approval",
  "confidential-encryption",
  "backup-of-important-assets",
  "locked-storage-of-media",
  "confidential-information-handling",
  "internet-sanitization",
  "mynumber-isolation",
  "mynumber-no-carry-out",
  "mynumber-multi-factor",
  "mynumber-internet-separation",
  "internet-traffic-monitoring",
  "physical-measures",
  "server-room-entry-control",
  "terminal-anti-theft",
  "server-power-backup",
  "facility-entry-control",
  "facility-power-backup",
  "facility-environment",
  "staff-rules-and-education",
  "training-interval",
  "access-control",
  "malware-protection",
  "intrusion-prevention",
  "vulnerability-management",
  "secure-development",
  "approved-software-only",
  "outsider-confidential-access",
  "sign-in-authentication",
  "mynumber-sign-in-person",
  "system-monitoring",
  "incident-response",
  "continuity-plan",
  "contractor-selection",
  "contract-security-requirements",
  "contractor-measures-confirmed",
  "cloud-usage-rules",
  "cloud-measures",
  "audit-and-self-inspection",
  "audit-interval",
  "self-inspection-interval",
  "policy-review",
  "risk-analysis",
  "standards-established",
  "procedures-established",
] as const);

const ids: ReadonlySet<string> = new Set(CONTROL_IDS_1_0_0);

/**
 * The controls of shipped policy 1.0.0 (frozen), in the catalog's canonical order.
 *
 * @example
 * ```ts
 * import { controls1_0_0 } from "./controls-1.0.0.js";
 *
 * controls1_0_0.some((control) => control.id === "mynumber-isolation"); // true
 * ```
 */
export const controls1_0_0: readonly Control[] = Object.freeze(controlCatalog.filter((control) => ids.has(control.id)));
