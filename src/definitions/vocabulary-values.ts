import type { AccessSubject } from "../subjects/access.js";
import type { SoftwareUseSubject } from "../subjects/software-use.js";

// The closed value sets of the subject vocabulary as frozen arrays, apart from the zod schemas.
// The engine's input guard (src/engine/guard-subject.ts) reads these and never a schema: an
// exported zod schema is a mutable object (`ZoneSchema._zod.values` is a plain Set), so nothing a
// caller does to one can widen what the engine accepts. A test checks each list equals its schema's
// options: the zone, organisation, category, person, factor and channel schemas of vocabulary.ts
// are built from these arrays, and the `satisfies` clauses make the type checker reject a value
// the other schemas do not have.
// Type-only imports: nothing here loads zod.

/** Makes the array frozen and typed as exactly the given values. */
function frozen<const T extends readonly string[]>(values: T): T {
  return Object.freeze(values);
}

/** The zones of 7(3). */
export const ZONE_VALUES = frozen(["mynumber", "lgwan", "internet"] as const);
/** The four organisations of 5(1). */
export const ORGANIZATION_ID_VALUES = frozen([
  "secretariat",
  "assembly-secretariat",
  "audit-secretariat",
  "election-commission",
] as const);
/** The asset categories of 5(2). */
export const ASSET_CATEGORY_VALUES = frozen([
  "network",
  "information-system",
  "server",
  "terminal",
  "media",
  "facility",
  "information",
  "system-document",
] as const);
/** The person categories of 3(15). */
export const PERSON_CATEGORY_VALUES = frozen([
  "regular",
  "fiscal-year-appointed",
  "part-time",
  "municipal-staff",
  "contractor",
  "outsider",
] as const);
/** The authentication factor kinds. */
export const FACTOR_KIND_VALUES = frozen(["knowledge", "possession", "inherence"] as const);
/** The channels of a transfer. */
export const TRANSFER_CHANNEL_VALUES = frozen(["network", "email", "removable-media", "screen-transfer"] as const);
/** The safeguards of an asset. */
export const SAFEGUARD_VALUES = frozen([
  "isolation",
  "carry-out-blocked",
  "multi-factor-sign-in",
  "traffic-monitoring",
  "physical-protection",
  "entry-control",
  "anti-theft",
  "access-control",
  "malware-protection",
  "intrusion-prevention",
  "security-updates",
  "backup",
  "encryption",
  "locked-storage",
  "power-backup",
  "environmental-protection",
] as const);
/** Where an asset stands. */
export const ASSET_LOCATION_VALUES = frozen(["union-premises", "member-municipality-counter"] as const);
/** The roles of an exception's approver. */
export const APPROVER_ROLE_VALUES = frozen(["ciso", "security-officer", "security-manager", "other"] as const);
/** The operations of an access. */
export const ACCESS_OPERATION_VALUES = frozen(["read", "change", "delete"] as const satisfies readonly NonNullable<AccessSubject["operation"]>[]);
/** The actions of a software use. */
export const SOFTWARE_ACTION_VALUES = frozen(["install", "use"] as const satisfies readonly NonNullable<SoftwareUseSubject["action"]>[]);
