import { isOrganizationId } from "../../definitions/organization-ref.js";
import type { SubjectKind, SubjectOf } from "../../subjects/subject.js";
import { defineControl } from "./define.js";
import { judgeFlag } from "../judge.js";
import { fail, manual, notApplicable, pass } from "./define.js";

const scopeVerdicts = {
  inScope: pass({
    ja: "5(1)の適用範囲（広域連合事務局、議会事務局、監査委員事務局、選挙管理委員会）に含まれる組織である。",
    en: "The organisation is within the scope of 5(1) (the Union Secretariat, the Assembly Secretariat, the Audit Commissioners' Secretariat, the Election Administration Commission).",
  }),
  ownByDefault: pass({
    ja: "組織の指定がないため、広域連合自身の行為として扱う（5(1)の適用範囲内）。",
    en: "No organisation is named, so this is taken as the Union's own action (within the scope of 5(1)).",
  }),
  unionAssetAtCounter: pass({
    ja: "構成市町村の窓口に設置された広域連合の情報資産であり、5(2)①により基本方針の対象である（構成市町村自身の資産ではない）。",
    en: "A Union asset placed at a member municipality's counter: within the scope of 5(2)① (it is not the municipality's own asset).",
  }),
  outOfScope: notApplicable({
    ja: "5(1)の適用範囲に含まれない組織（outside として明示された組織）であるため、基本方針は適用されない。",
    en: "The organisation is declared (as outside) to be outside the scope of 5(1), so the basic policy does not apply.",
  }),
};

type WithOrganization = { readonly organization?: unknown };

// Fails closed: only one of the four ids is in scope, and only an explicit `{ outside: name }`
// (its name checked by the engine's guard) is outside it. Anything else is rejected by the engine's guard before any
// check runs; should it reach the gate anyway, the gate throws rather than return
// `not-applicable` (a gate has no verdict for "cannot tell"). Reads own properties only.
function judgeScope(subject: WithOrganization) {
  if (!Object.hasOwn(subject, "organization") || subject.organization === undefined) return "ownByDefault";
  const organization = subject.organization;
  if (isOrganizationId(organization)) return "inScope";
  if (
    typeof organization === "object" &&
    organization !== null &&
    Object.hasOwn(organization, "outside") &&
    typeof (organization as { readonly outside: unknown }).outside === "string" &&
    (organization as { readonly outside: string }).outside.trim() !== ""
  ) {
    return "outOfScope";
  }
  throw new TypeError("scope-organization: the organisation is neither an id of 5(1) nor { outside: name }");
}

function judgeAssetScope(subject: SubjectOf<"asset">) {
  const verdict = judgeScope(subject);
  return verdict === "inScope" && subject.location === "member-municipality-counter" ? "unionAssetAtCounter" : verdict;
}

const everyKind = <K extends SubjectKind>(_kind: K) => (subject: SubjectOf<K>) => judgeScope(subject);

/** 5(1): the basic policy applies to the four organisations it names, and to no other. */
export const scopeOrganization = defineControl({
  id: "scope-organization",
  title: { ja: "適用範囲（行政機関）", en: "Scope: organisations" },
  clause: "5(1)",
  provenance: "basic-policy",
  category: "organization",
  threats: [],
  requirement: {
    ja: "基本方針は、広域連合事務局、議会事務局、監査委員事務局及び選挙管理委員会に適用される。それ以外の組織の対象は判定しない。",
    en: "The basic policy applies to the Union Secretariat, the Assembly Secretariat, the Audit Commissioners' Secretariat and the Election Administration Commission. Subjects of any other organisation are not judged.",
  },
  remediation: {
    ja: "対象の組織名を確認する。適用範囲外の組織の場合は、その組織の規程に従う。",
    en: "Check the organisation named. An organisation outside the scope follows its own rules.",
  },
  admitsException: false,
  gate: true,
  parameters: {},
  facts: {
    transfer: [], "carry-out": [], "sign-in": [], "software-use": [], access: [],
    outsourcing: [], "cloud-use": [], asset: ["organization"], organization: ["organization"],
  },
  verdicts: scopeVerdicts,
  checks: {
    transfer: everyKind("transfer"),
    "carry-out": everyKind("carry-out"),
    "sign-in": everyKind("sign-in"),
    "software-use": everyKind("software-use"),
    access: everyKind("access"),
    outsourcing: everyKind("outsourcing"),
    "cloud-use": everyKind("cloud-use"),
    asset: judgeAssetScope,
    organization: everyKind("organization"),
  },
});

const securityOrganizationVerdicts = {
  yes: pass({ ja: "情報セキュリティ対策を推進する体制が確立されている。", en: "An organisation to promote information security measures is established." }),
  no: fail({ ja: "情報セキュリティ対策を推進する体制が確立されていない。", en: "No organisation to promote information security measures is established." }),
  unknown: manual({ ja: "推進体制の確立状況が回答されていない。", en: "Whether the security organisation is established is not stated." }),
};

/** 7(1): an organisation that promotes information security measures is established. */
export const securityOrganization = defineControl({
  id: "security-organization",
  title: { ja: "組織体制の確立", en: "Security organisation established" },
  clause: "7(1)",
  provenance: "basic-policy",
  category: "organization",
  threats: ["T2", "T2.9"],
  requirement: {
    ja: "広域連合の情報資産について、情報セキュリティ対策を推進する体制を確立する。",
    en: "Establish an organisation that promotes information security measures for the Union's information assets.",
  },
  remediation: {
    ja: "広域連合の情報資産について、情報セキュリティ対策を推進する体制を確立する（体制の構成は対策基準で定める）。",
    en: "Establish an organisation that promotes information security measures for the Union's information assets (its make-up is for the standards).",
  },
  admitsException: false,
  parameters: {},
  facts: { organization: ["securityOrganizationEstablished"] },
  verdicts: securityOrganizationVerdicts,
  checks: { organization: (s) => judgeFlag(s.securityOrganizationEstablished) },
});

const standardsVerdicts = {
  yes: pass({ ja: "対策基準が策定されている。", en: "The standards (対策基準) are established." }),
  no: fail({ ja: "対策基準が策定されていない。", en: "The standards (対策基準) are not established." }),
  unknown: manual({ ja: "対策基準の策定状況が回答されていない。", en: "Whether the standards are established is not stated." }),
};

/** 10: standards (対策基準) that set concrete rules and criteria for 7, 8 and 9 are established. */
export const standardsEstablished = defineControl({
  id: "standards-established",
  title: { ja: "対策基準の策定", en: "Standards established" },
  clause: "10",
  provenance: "basic-policy",
  category: "organization",
  threats: ["T2", "T2.9"],
  requirement: {
    ja: "7、8及び9の対策等を実施するため、具体的な遵守事項、判断基準等を定める対策基準を策定する。",
    en: "Establish standards setting out concrete rules and criteria to carry out the measures of 7, 8 and 9.",
  },
  remediation: {
    ja: "対策基準を策定し、非公開として管理する。",
    en: "Establish the standards and keep them non-public.",
  },
  admitsException: false,
  parameters: {},
  facts: { organization: ["standardsInPlace"] },
  verdicts: standardsVerdicts,
  checks: { organization: (s) => judgeFlag(s.standardsInPlace) },
});

const proceduresVerdicts = {
  yes: pass({ ja: "実施手順が策定されている。", en: "The procedures (実施手順) are established." }),
  no: fail({ ja: "実施手順が策定されていない。", en: "The procedures (実施手順) are not established." }),
  unknown: manual({ ja: "実施手順の策定状況が回答されていない。", en: "Whether the procedures are established is not stated." }),
};

/** 11: procedures (実施手順) that say how to carry out the standards are established. */
export const proceduresEstablished = defineControl({
  id: "procedures-established",
  title: { ja: "実施手順の策定", en: "Procedures established" },
  clause: "11",
  provenance: "basic-policy",
  category: "organization",
  threats: ["T2", "T2.5", "T2.9"],
  requirement: {
    ja: "対策基準に基づき、情報セキュリティ対策を実施するための具体的な手順を定めた実施手順を策定する。",
    en: "Establish procedures that set out concrete steps to carry out the measures, based on the standards.",
  },
  remediation: {
    ja: "対策基準に沿って実施手順を策定し、非公開として管理する。",
    en: "Establish procedures in line with the standards and keep them non-public.",
  },
  admitsException: false,
  parameters: {},
  facts: { organization: ["proceduresInPlace"] },
  verdicts: proceduresVerdicts,
  checks: { organization: (s) => judgeFlag(s.proceduresInPlace) },
});
