import type { Classification } from "../../src/classification/classification.js";
import type { FindingStatus } from "../../src/controls/finding-status.js";
import type { AccessSubject } from "../../src/subjects/access.js";
import type { AssetSubject } from "../../src/subjects/asset.js";
import type { CarryOutSubject } from "../../src/subjects/carry-out.js";
import type { CloudUseSubject } from "../../src/subjects/cloud-use.js";
import type { OrganizationSubject } from "../../src/subjects/organization.js";
import type { OutsourcingSubject } from "../../src/subjects/outsourcing.js";
import type { SignInSubject } from "../../src/subjects/sign-in.js";
import type { SoftwareUseSubject } from "../../src/subjects/software-use.js";
import type { SubjectKind, SubjectOf } from "../../src/subjects/subject.js";
import type { TransferSubject } from "../../src/subjects/transfer.js";

/**
 * One row of the table: a subject, the status the control gives it, and a label naming the verdict
 * it is meant to reach. Judged as of `AS_OF` unless `withoutAsOf` is set.
 */
export interface Case<K extends SubjectKind> {
  readonly label: string;
  readonly status: FindingStatus;
  readonly subject: SubjectOf<K>;
  readonly withoutAsOf?: true;
  /** Parameters an overlay sets for this row (a verdict the defaults cannot reach, e.g. a months limit under 毎年度). */
  readonly parameters?: Readonly<Record<string, number>>;
}

/** The rows of one control, per subject kind. */
export type KindCases = { readonly [K in SubjectKind]?: readonly Case<K>[] };

/** Every subject of the table is in scope (5(1)) unless it says otherwise, so only the gate can stop it. */
const ORG = "secretariat";
/** An organisation outside 5(1). */
const OUTSIDE = { outside: "宮城県庁" } as const;

const c = (confidentiality: 1 | 2 | 3, integrity: 1 | 2 = 1, availability: 1 | 2 = 1): Classification => ({
  confidentiality,
  integrity,
  availability,
});

type Fields<S> = Omit<S, "kind">;
const transfer = (fields: Fields<TransferSubject>): TransferSubject => ({ kind: "transfer", ...fields });
const carryOut = (fields: Fields<CarryOutSubject> = {}): CarryOutSubject => ({ kind: "carry-out", ...fields });
const signIn = (fields: Fields<SignInSubject>): SignInSubject => ({ kind: "sign-in", ...fields });
const softwareUse = (fields: Fields<SoftwareUseSubject> = {}): SoftwareUseSubject => ({ kind: "software-use", ...fields });
const access = (fields: Fields<AccessSubject>): AccessSubject => ({ kind: "access", ...fields });
const outsourcing = (fields: Fields<OutsourcingSubject> = {}): OutsourcingSubject => ({ kind: "outsourcing", ...fields });
const cloudUse = (fields: Fields<CloudUseSubject> = {}): CloudUseSubject => ({ kind: "cloud-use", ...fields });
const asset = (category: AssetSubject["category"], fields: Omit<Fields<AssetSubject>, "category" | "organization"> = {}): AssetSubject => ({
  kind: "asset",
  organization: ORG,
  category,
  ...fields,
});
const organization = (fields: Omit<Fields<OrganizationSubject>, "organization"> = {}): OrganizationSubject => ({
  kind: "organization",
  organization: ORG,
  ...fields,
});

const pass = <K extends SubjectKind>(label: string, subject: SubjectOf<K>): Case<K> => ({ label, status: "pass", subject });
const fail = <K extends SubjectKind>(label: string, subject: SubjectOf<K>): Case<K> => ({ label, status: "fail", subject });
const manual = <K extends SubjectKind>(label: string, subject: SubjectOf<K>): Case<K> => ({ label, status: "manual", subject });
const na = <K extends SubjectKind>(label: string, subject: SubjectOf<K>): Case<K> => ({ label, status: "not-applicable", subject });

/** A control judged on one yes/no field of one kind: true passes, false fails, absent is manual. */
function flag<K extends "software-use" | "outsourcing" | "cloud-use" | "organization">(
  make: (fields: Record<string, boolean>) => SubjectOf<K>,
  field: string,
): readonly Case<K>[] {
  return [pass("yes", make({ [field]: true })), fail("no", make({ [field]: false })), manual("unknown", make({}))];
}

/**
 * A control judged on the cadence of a dated event: 毎年度 by default (the fiscal year of `AS_OF`,
 * 2026-04-01, or the previous one), with a months limit an overlay may add (`monthsParameter`).
 */
function interval(field: "lastTraining" | "lastAudit" | "lastSelfInspection", monthsParameter: string): readonly Case<"organization">[] {
  return [
    pass("thisFiscalYear", organization({ [field]: "2026-04-01" })),
    pass("earlierFiscalYear", organization({ [field]: "2025-06-01" })),
    fail("missedFiscalYear", organization({ [field]: "2025-03-31" })),
    { label: "overdue", status: "fail", subject: organization({ [field]: "2025-06-01" }), parameters: { [monthsParameter]: 6 } },
    fail("never", organization({ [field]: null })),
    manual("unknown", organization()),
    { label: "noAsOf", status: "manual", subject: organization({ [field]: "2025-06-01" }), withoutAsOf: true },
    manual("afterAsOf", organization({ [field]: "2026-05-01" })),
  ];
}

/**
 * The table: for every control of the catalog, keyed by id, for every kind it has a check for,
 * subjects that reach each of its verdicts. Labels name the verdict each row is meant to reach.
 */
export const CASES: Readonly<Record<string, KindCases>> = {
  "scope-organization": {
    transfer: [
      pass("inScope", transfer({ from: "lgwan", to: "lgwan", organization: ORG })),
      pass("ownByDefault", transfer({ from: "lgwan", to: "lgwan" })),
      na("outOfScope", transfer({ from: "lgwan", to: "lgwan", organization: OUTSIDE })),
    ],
    "carry-out": [pass("inScope", carryOut({ organization: "assembly-secretariat" })), na("outOfScope", carryOut({ organization: OUTSIDE }))],
    "sign-in": [
      pass("inScope", signIn({ zone: "lgwan", organization: "audit-secretariat" })),
      na("outOfScope", signIn({ zone: "lgwan", organization: OUTSIDE })),
    ],
    "software-use": [
      pass("inScope", softwareUse({ organization: "election-commission" })),
      na("outOfScope", softwareUse({ organization: OUTSIDE })),
    ],
    access: [pass("inScope", access({ person: "regular", organization: ORG })), na("outOfScope", access({ person: "regular", organization: OUTSIDE }))],
    outsourcing: [pass("inScope", outsourcing({ organization: ORG })), na("outOfScope", outsourcing({ organization: OUTSIDE }))],
    "cloud-use": [pass("inScope", cloudUse({ organization: ORG })), na("outOfScope", cloudUse({ organization: OUTSIDE }))],
    asset: [
      pass("inScope", asset("information")),
      // 5(2)①: the Union's terminal at a member municipality's counter is the Union's asset.
      pass("unionAssetAtCounter", asset("terminal", { zone: "mynumber", location: "member-municipality-counter" })),
      na("outOfScope", { ...asset("information"), organization: OUTSIDE }),
    ],
    organization: [pass("inScope", organization()), na("outOfScope", { ...organization(), organization: OUTSIDE })],
  },
  "staff-obligations": {
    organization: [
      pass("allBound", organization({ staffCategoriesBound: ["regular", "fiscal-year-appointed", "part-time"] })),
      fail("someUnbound", organization({ staffCategoriesBound: ["regular", "contractor"] })),
      manual("unknown", organization()),
    ],
  },
  "security-organization": {
    organization: flag((fields) => organization(fields), "securityOrganizationEstablished"),
  },
  "asset-classified": {
    asset: [pass("classified", asset("information", { classification: c(2, 2, 2) })), fail("unclassified", asset("information"))],
  },
  "confidential-carry-out-approval": {
    "carry-out": [
      pass("yes", carryOut({ classification: c(2), approved: true })),
      fail("no", carryOut({ classification: c(3), approved: false })),
      manual("unknown", carryOut({ classification: c(2) })),
      manual("unclassified", carryOut({ approved: true })),
      na("belowThreshold", carryOut({ classification: c(1), approved: false })),
    ],
  },
  "confidential-encryption": {
    transfer: [
      pass("yes", transfer({ from: "lgwan", to: "lgwan", channel: "removable-media", classification: c(2), encrypted: true })),
      pass("yes", transfer({ from: "lgwan", to: "internet", channel: "email", classification: c(2), encrypted: true })),
      fail("no", transfer({ from: "lgwan", to: "internet", channel: "email", classification: c(2), encrypted: false })),
      manual("unknown", transfer({ from: "lgwan", to: "internet", channel: "email", classification: c(2) })),
      manual("unclassified", transfer({ from: "lgwan", to: "internet", encrypted: true })),
      na("belowThreshold", transfer({ from: "lgwan", to: "internet", classification: c(1), encrypted: false })),
      na("staysInside", transfer({ from: "lgwan", to: "lgwan", channel: "network", classification: c(3), encrypted: false })),
      manual("channelUnknown", transfer({ from: "lgwan", to: "lgwan", classification: c(3), encrypted: false })),
    ],
    "carry-out": [
      pass("yes", carryOut({ classification: c(3), encrypted: true })),
      fail("no", carryOut({ classification: c(2), encrypted: false })),
      manual("unknown", carryOut({ classification: c(2) })),
      manual("unclassified", carryOut({ encrypted: true })),
      na("belowThreshold", carryOut({ classification: c(1), encrypted: false })),
    ],
  },
  "backup-of-important-assets": {
    asset: [
      pass("yes", asset("information", { classification: c(1, 2, 1), safeguards: ["backup"] })),
      fail("no", asset("information", { classification: c(1, 1, 2), safeguards: [] })),
      manual("unknown", asset("information", { classification: c(1, 2, 2) })),
      manual("unclassified", asset("information", { safeguards: ["backup"] })),
      na("notRequired", asset("information", { classification: c(3, 1, 1), safeguards: [] })),
      na("notData", asset("facility", { classification: c(1, 2, 2), safeguards: [] })),
    ],
  },
  "locked-storage-of-media": {
    asset: [
      pass("yes", asset("media", { classification: c(2), safeguards: ["locked-storage"] })),
      fail("no", asset("media", { classification: c(3), safeguards: ["encryption"] })),
      fail("no", asset("media", { classification: { confidentiality: 1, integrity: 2, availability: 1 }, safeguards: [] })),
      fail("no", asset("media", { classification: { confidentiality: 1, integrity: 1, availability: 2 }, safeguards: [] })),
      manual("unknown", asset("media", { classification: c(2) })),
      manual("unclassified", asset("media", { safeguards: ["locked-storage"] })),
      na("belowThreshold", asset("media", { classification: c(1), safeguards: [] })),
      na("notMedia", asset("information", { classification: c(3), safeguards: [] })),
    ],
  },
  "confidential-information-handling": {
    asset: [
      pass("yes", asset("information", { classification: c(2), safeguards: ["access-control"] })),
      fail("no", asset("system-document", { classification: c(3), safeguards: [] })),
      manual("unknown", asset("information", { classification: c(3) })),
      manual("unclassified", asset("system-document", { safeguards: ["locked-storage"] })),
      na("belowThreshold", asset("information", { classification: c(1), safeguards: [] })),
      na("otherCategory", asset("media", { classification: c(3), safeguards: [] })),
    ],
  },
  "internet-sanitization": {
    transfer: [
      pass("yes", transfer({ from: "internet", to: "lgwan", sanitized: true })),
      // The guideline counts screen transfer (画面転送) as sanitisation.
      pass("screenTransfer", transfer({ from: "internet", to: "lgwan", channel: "screen-transfer" })),
      fail("no", transfer({ from: "internet", to: "lgwan", sanitized: false })),
      manual("unknown", transfer({ from: "internet", to: "lgwan" })),
      na("otherDirection", transfer({ from: "lgwan", to: "internet", sanitized: false })),
    ],
  },
  "mynumber-isolation": {
    transfer: [
      pass("within", transfer({ from: "mynumber", to: "mynumber" })),
      fail("crossing", transfer({ from: "lgwan", to: "mynumber" })),
      na("otherZones", transfer({ from: "lgwan", to: "internet" })),
    ],
    asset: [
      pass("yes", asset("server", { zone: "mynumber", safeguards: ["isolation"] })),
      fail("no", asset("network", { zone: "mynumber", safeguards: [] })),
      manual("unknown", asset("information-system", { zone: "mynumber" })),
      na("otherCategory", asset("media", { zone: "mynumber", safeguards: [] })),
      na("otherZone", asset("server", { zone: "lgwan", safeguards: [] })),
      manual("assetZoneUnknown", asset("server", { safeguards: ["isolation"] })),
    ],
  },
  "mynumber-no-carry-out": {
    transfer: [
      // 7(3)①: writing a medium from a マイナンバー系 terminal is a carry-out, whatever zone it goes to.
      fail("toMedium", transfer({ from: "mynumber", to: "mynumber", channel: "removable-media" })),
      pass("notToMedium", transfer({ from: "mynumber", to: "lgwan", channel: "network" })),
      manual("channelUnknown", transfer({ from: "mynumber", to: "mynumber" })),
      na("otherZones", transfer({ from: "lgwan", to: "mynumber", channel: "removable-media" })),
    ],
    "carry-out": [
      pass("notFromTerminal", carryOut({ zone: "mynumber", fromTerminal: false })),
      fail("fromTerminal", carryOut({ zone: "mynumber", fromTerminal: true })),
      manual("terminalUnknown", carryOut({ zone: "mynumber" })),
      manual("zoneUnknown", carryOut({ fromTerminal: true })),
      na("otherZones", carryOut({ zone: "lgwan", fromTerminal: true })),
    ],
    asset: [
      pass("yes", asset("terminal", { zone: "mynumber", safeguards: ["carry-out-blocked"] })),
      fail("no", asset("terminal", { zone: "mynumber", safeguards: ["anti-theft"] })),
      manual("unknown", asset("terminal", { zone: "mynumber" })),
      na("otherCategory", asset("server", { zone: "mynumber", safeguards: [] })),
      na("otherZone", asset("terminal", { zone: "lgwan", safeguards: [] })),
      manual("assetZoneUnknown", asset("terminal", { safeguards: ["carry-out-blocked"] })),
    ],
  },
  "mynumber-internet-separation": {
    transfer: [
      fail("crossing", transfer({ from: "mynumber", to: "internet", channel: "email" })),
      pass("noInternetPath", transfer({ from: "lgwan", to: "mynumber" })),
      na("otherZones", transfer({ from: "lgwan", to: "internet" })),
    ],
  },
  "mynumber-multi-factor": {
    "sign-in": [
      pass("enough", signIn({ zone: "mynumber", factors: ["knowledge", "possession"] })),
      fail("tooFew", signIn({ zone: "mynumber", factors: ["knowledge", "knowledge"] })),
      manual("factorsUnknown", signIn({ zone: "mynumber" })),
      na("otherZones", signIn({ zone: "lgwan", factors: ["knowledge"] })),
    ],
    asset: [
      pass("yes", asset("terminal", { zone: "mynumber", safeguards: ["multi-factor-sign-in"] })),
      fail("no", asset("terminal", { zone: "mynumber", safeguards: [] })),
      manual("unknown", asset("terminal", { zone: "mynumber" })),
      na("otherCategory", asset("server", { zone: "mynumber", safeguards: [] })),
      na("otherZone", asset("terminal", { zone: "internet", safeguards: [] })),
      manual("assetZoneUnknown", asset("terminal", { safeguards: ["multi-factor-sign-in"] })),
    ],
  },
  "internet-traffic-monitoring": {
    asset: [
      pass("yes", asset("network", { zone: "internet", safeguards: ["traffic-monitoring"] })),
      fail("no", asset("network", { zone: "internet", safeguards: [] })),
      manual("atBoundary", asset("server", { zone: "internet", safeguards: [] })),
      manual("unknown", asset("information-system", { zone: "internet" })),
      na("otherCategory", asset("terminal", { zone: "internet", safeguards: [] })),
      na("otherZone", asset("server", { zone: "lgwan", safeguards: [] })),
      manual("assetZoneUnknown", asset("network", { safeguards: ["traffic-monitoring"] })),
    ],
  },
  "physical-measures": {
    asset: [
      pass("yes", asset("server", { zone: "lgwan", safeguards: ["physical-protection"] })),
      fail("no", asset("network", { zone: "lgwan", safeguards: ["backup"] })),
      manual("unknown", asset("terminal", { zone: "lgwan" })),
      na("otherCategory", asset("information", { safeguards: [] })),
    ],
  },
  "server-room-entry-control": {
    asset: [
      pass("yes", asset("network", { zone: "lgwan", safeguards: ["entry-control"] })),
      fail("no", asset("server", { zone: "lgwan", safeguards: ["physical-protection"] })),
      manual("unknown", asset("server", { zone: "lgwan" })),
      na("otherCategory", asset("terminal", { zone: "lgwan", safeguards: [] })),
    ],
  },
  "terminal-anti-theft": {
    asset: [
      pass("yes", asset("terminal", { zone: "lgwan", safeguards: ["anti-theft"] })),
      fail("no", asset("terminal", { zone: "lgwan", safeguards: [] })),
      manual("unknown", asset("terminal", { zone: "lgwan" })),
      na("otherCategory", asset("server", { zone: "lgwan", safeguards: [] })),
    ],
  },
  "facility-entry-control": {
    asset: [
      pass("yes", asset("facility", { safeguards: ["entry-control"] })),
      fail("no", asset("facility", { safeguards: ["physical-protection"] })),
      manual("unknown", asset("facility")),
      na("otherCategory", asset("terminal", { safeguards: [] })),
    ],
  },
  "facility-power-backup": {
    asset: [
      pass("yes", asset("facility", { safeguards: ["power-backup"] })),
      fail("no", asset("facility", { safeguards: [] })),
      manual("unknown", asset("facility")),
      na("otherCategory", asset("server", { safeguards: [] })),
    ],
  },
  "facility-environment": {
    asset: [
      pass("yes", asset("facility", { safeguards: ["environmental-protection"] })),
      fail("no", asset("facility", { safeguards: ["entry-control"] })),
      manual("unknown", asset("facility")),
      na("otherCategory", asset("media", { safeguards: [] })),
    ],
  },
  "server-power-backup": {
    asset: [
      pass("yes", asset("server", { zone: "lgwan", classification: c(1, 1, 2), safeguards: ["power-backup"] })),
      fail("no", asset("server", { zone: "lgwan", classification: c(1, 1, 2), safeguards: [] })),
      manual("unknown", asset("server", { zone: "lgwan", classification: c(1, 1, 2) })),
      manual("unclassified", asset("server", { zone: "lgwan", safeguards: ["power-backup"] })),
      na("notRequired", asset("server", { zone: "lgwan", classification: c(3, 2, 1), safeguards: [] })),
      na("otherCategory", asset("terminal", { zone: "lgwan", classification: c(1, 1, 2), safeguards: [] })),
    ],
  },
  "staff-rules-and-education": {
    organization: [
      pass("yes", organization({ staffRulesDefined: true, lastTraining: "2026-01-10" })),
      fail("noRules", organization({ staffRulesDefined: false, lastTraining: "2026-01-10" })),
      fail("noTraining", organization({ staffRulesDefined: true, lastTraining: null })),
      manual("unknown", organization({ staffRulesDefined: true })),
    ],
  },
  "training-interval": { organization: interval("lastTraining", "trainingIntervalMonths") },
  "access-control": {
    access: [
      pass("yes", access({ person: "regular", authorized: true })),
      fail("no", access({ person: "regular", authorized: false })),
      manual("unknown", access({ person: "regular" })),
    ],
    asset: [
      pass("safeguardYes", asset("information-system", { zone: "lgwan", safeguards: ["access-control"] })),
      fail("safeguardNo", asset("terminal", { zone: "lgwan", safeguards: [] })),
      manual("safeguardUnknown", asset("server", { zone: "lgwan" })),
      na("otherCategory", asset("media", { safeguards: [] })),
    ],
  },
  "malware-protection": {
    asset: [
      pass("yes", asset("server", { zone: "lgwan", safeguards: ["malware-protection"] })),
      fail("no", asset("terminal", { zone: "lgwan", safeguards: ["access-control"] })),
      manual("unknown", asset("terminal", { zone: "lgwan" })),
      na("otherCategory", asset("network", { zone: "lgwan", safeguards: [] })),
    ],
  },
  "vulnerability-management": {
    asset: [
      pass("yes", asset("server", { zone: "lgwan", safeguards: ["security-updates"] })),
      fail("no", asset("terminal", { zone: "internet", safeguards: ["malware-protection"] })),
      manual("unknown", asset("information-system", { zone: "lgwan" })),
      na("otherCategory", asset("media", { safeguards: [] })),
    ],
  },
  "secure-development": { organization: flag((fields) => organization(fields), "secureDevelopmentInPlace") },
  "intrusion-prevention": {
    asset: [
      pass("yes", asset("network", { zone: "internet", safeguards: ["intrusion-prevention"] })),
      fail("no", asset("network", { zone: "internet", safeguards: [] })),
      manual("unknown", asset("network", { zone: "internet" })),
      na("otherCategory", asset("server", { zone: "lgwan", safeguards: [] })),
    ],
  },
  "approved-software-only": {
    "software-use": flag((fields) => softwareUse(fields), "approved"),
  },
  "outsider-confidential-access": {
    access: [
      pass("publicInformation", access({ person: "outsider", classification: c(1) })),
      pass("approved", access({ person: "outsider", classification: c(2), authorized: true })),
      fail("notApproved", access({ person: "outsider", classification: c(3), authorized: false })),
      manual("approvalUnknown", access({ person: "outsider", classification: c(2) })),
      manual("unclassified", access({ person: "outsider" })),
      na("notOutsider", access({ person: "regular", classification: c(3) })),
    ],
  },
  "sign-in-authentication": {
    "sign-in": [
      pass("enough", signIn({ zone: "lgwan", factors: ["knowledge"] })),
      fail("tooFew", signIn({ zone: "lgwan", factors: [] })),
      manual("unknown", signIn({ zone: "internet" })),
    ],
  },
  "mynumber-sign-in-person": {
    "sign-in": [
      pass("staff", signIn({ zone: "mynumber", person: "part-time" })),
      pass("municipalStaff", signIn({ zone: "mynumber", person: "municipal-staff" })),
      manual("contractor", signIn({ zone: "mynumber", person: "contractor" })),
      fail("outsider", signIn({ zone: "mynumber", person: "outsider", factors: ["knowledge", "possession"] })),
      manual("unknown", signIn({ zone: "mynumber" })),
      na("otherZones", signIn({ zone: "lgwan", person: "outsider" })),
    ],
  },
  "system-monitoring": { organization: flag((fields) => organization(fields), "monitoringInPlace") },
  "incident-response": { organization: flag((fields) => organization(fields), "incidentResponseReady") },
  "continuity-plan": { organization: flag((fields) => organization(fields), "continuityPlanInPlace") },
  "contractor-selection": { outsourcing: flag((fields) => outsourcing(fields), "selectedByCriteria") },
  "contract-security-requirements": { outsourcing: flag((fields) => outsourcing(fields), "securityRequirementsInContract") },
  "contractor-measures-confirmed": { outsourcing: flag((fields) => outsourcing(fields), "measuresConfirmed") },
  "cloud-usage-rules": { "cloud-use": flag((fields) => cloudUse(fields), "usageRulesInPlace") },
  "cloud-measures": { "cloud-use": flag((fields) => cloudUse(fields), "measuresTaken") },
  "audit-and-self-inspection": {
    organization: [
      pass("yes", organization({ lastAudit: "2025-10-01", lastSelfInspection: "2026-02-01" })),
      fail("noAudit", organization({ lastAudit: null, lastSelfInspection: "2026-02-01" })),
      fail("noSelfInspection", organization({ lastAudit: "2025-10-01", lastSelfInspection: null })),
      manual("unknown", organization({ lastAudit: "2025-10-01" })),
    ],
  },
  "audit-interval": { organization: interval("lastAudit", "auditIntervalMonths") },
  "self-inspection-interval": { organization: interval("lastSelfInspection", "selfInspectionIntervalMonths") },
  "policy-review": {
    organization: [
      pass("yes", organization({ reviewNeeded: true, reviewed: true })),
      fail("no", organization({ reviewNeeded: true, reviewed: false })),
      manual("unknown", organization({ reviewNeeded: true })),
      na("notNeeded", organization({ reviewNeeded: false, reviewed: false })),
      manual("needUnknown", organization({ reviewed: true })),
    ],
  },
  "risk-analysis": {
    organization: [
      pass("yes", organization({ reviewNeeded: true, riskAnalyzed: true })),
      fail("no", organization({ reviewNeeded: true, riskAnalyzed: false })),
      manual("unknown", organization({ reviewNeeded: true })),
      na("notNeeded", organization({ reviewNeeded: false })),
      manual("needUnknown", organization({ riskAnalyzed: true })),
    ],
  },
  "standards-established": { organization: flag((fields) => organization(fields), "standardsInPlace") },
  "procedures-established": { organization: flag((fields) => organization(fields), "proceduresInPlace") },
};

/** The rows of one control for one kind (empty if the table has none). */
export function casesFor<K extends SubjectKind>(controlId: string, kind: K): readonly Case<K>[] {
  return (CASES[controlId]?.[kind] ?? []) as readonly Case<K>[];
}

/** The first passing subject of one control for one kind: the base of the missing-fact tests. */
export function passingSubject<K extends SubjectKind>(controlId: string, kind: K): SubjectOf<K> {
  const row = casesFor(controlId, kind).find((candidate) => candidate.status === "pass");
  if (row === undefined) throw new Error(`the table has no passing ${kind} subject for ${controlId}`);
  return row.subject;
}
