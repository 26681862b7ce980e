import { defineControl } from "./define.js";
import { CONTROL_BASES } from "./bases.js";
import { cadenceVerdicts, FISCAL_YEAR_LONGEST_GAP_MONTHS, judgeCadence } from "../judge.js";
import { fail, manual, pass } from "./define.js";

const performedVerdicts = {
  yes: pass({ ja: "情報セキュリティ監査及び自己点検が実施されている。", en: "Information security audits and self-inspections are carried out." }),
  noAudit: fail({ ja: "情報セキュリティ監査が実施されたことがない。", en: "No information security audit has ever been carried out." }),
  noSelfInspection: fail({ ja: "自己点検が実施されたことがない。", en: "No self-inspection has ever been carried out." }),
  unknown: manual({ ja: "監査又は自己点検の実施状況が回答されていない。", en: "Whether audits or self-inspections are carried out is not stated." }),
};

/** 8: information security audits and self-inspections are carried out. */
export const auditAndSelfInspection = defineControl({
  id: "audit-and-self-inspection",
  title: { ja: "情報セキュリティ監査及び自己点検の実施", en: "Audit and self-inspection carried out" },
  clause: "8",
  provenance: "basic-policy",
  category: "audit",
  threats: ["T2", "T2.7"],
  requirement: {
    ja: "情報セキュリティポリシーの遵守状況を検証するため、定期的又は必要に応じて情報セキュリティ監査及び自己点検を実施する。",
    en: "To verify compliance with the policy, carry out information security audits and self-inspections regularly or as needed.",
  },
  remediation: {
    ja: "定期的又は必要に応じて情報セキュリティ監査及び自己点検を実施する。",
    en: "Carry out information security audits and self-inspections regularly or as needed.",
  },
  admitsException: false,
  parameters: {},
  facts: { organization: ["lastAudit", "lastSelfInspection"] },
  verdicts: performedVerdicts,
  checks: {
    organization: (s) =>
      s.lastAudit === null
        ? "noAudit"
        : s.lastSelfInspection === null
          ? "noSelfInspection"
          : s.lastAudit === undefined || s.lastSelfInspection === undefined
            ? "unknown"
            : "yes",
  },
});

const auditVerdicts = cadenceVerdicts({ ja: "情報セキュリティ監査", en: "information security audit" }, "auditCadenceFiscalYears", "auditIntervalMonths");

/**
 * Guideline default for 8: an information security audit 毎年度 (at least once in each fiscal year,
 * April to March; see {@link judgeCadence} for how a last date is judged), and optionally within a
 * number of months that an overlay may set. 「及び必要に応じて」 is left to people.
 */
export const auditInterval = defineControl({
  id: "audit-interval",
  title: { ja: "情報セキュリティ監査の定期実施", en: "Regular security audit" },
  clause: "8",
  provenance: "guideline",
  basis: CONTROL_BASES["audit-interval"],
  category: "audit",
  threats: ["T2", "T2.7"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】基本方針8は「定期的又は必要に応じて」と定め、頻度は定めていない。ガイドラインに倣い、情報セキュリティ監査を毎年度（4月1日から翌年3月31日までの年度ごとに1回以上）実施する。判定基準日の属する年度又は前年度に実施されていれば充足とし（前年度は終わっているため実施が必要であり、当年度の分は年度末までに実施すればよい）、それより前であれば不備とする。「必要に応じて」行う監査は人が判断する。",
    en: "[Guideline default] Clause 8 says \"regularly or as needed\" and sets no frequency. Following the guideline, carry out an information security audit every fiscal year (at least once in each fiscal year, 1 April to 31 March). It passes when the last one falls in the fiscal year of the as-of date or in the previous one (that year is over, so it needed one; this year's may still be done by 31 March), and fails when it is older. Audits \"as needed\" are left to people.",
  },
  remediation: { ja: "監査を実施し、実施日を記録する。", en: "Carry out an audit and record the date." },
  admitsException: true,
  parameters: {
    auditCadenceFiscalYears: {
      default: 1,
      stricter: "lower",
      unit: "fiscal-years",
      min: 1,
      max: 5,
      description: { ja: "監査の実施周期（年度。1は毎年度）", en: "Audit cadence (fiscal years; 1 is every fiscal year)" },
      basis: CONTROL_BASES["audit-interval.auditCadenceFiscalYears"],
    },
    auditIntervalMonths: {
      default: FISCAL_YEAR_LONGEST_GAP_MONTHS,
      stricter: "lower",
      unit: "months",
      min: 1,
      max: 60,
      description: {
        ja: "年度の周期に加えて求める監査の実施間隔の上限（か月。既定の24は毎年度の判定に常に含まれ、効果がない）",
        en: "Longest interval between audits, required on top of the cadence (months; the default 24 is always implied by every fiscal year and adds nothing)",
      },
      basis: CONTROL_BASES["audit-interval.auditIntervalMonths"],
    },
  },
  facts: { organization: ["lastAudit"] },
  verdicts: auditVerdicts,
  checks: {
    organization: (s, p, context) =>
      judgeCadence(s.lastAudit, { fiscalYears: p.auditCadenceFiscalYears, months: p.auditIntervalMonths }, context),
  },
});

const selfInspectionVerdicts = cadenceVerdicts({ ja: "自己点検", en: "self-inspection" }, "selfInspectionCadenceFiscalYears", "selfInspectionIntervalMonths");

/**
 * Guideline default for 8: a self-inspection 毎年度 (at least once in each fiscal year; see
 * {@link judgeCadence}), and optionally within a number of months that an overlay may set.
 */
export const selfInspectionInterval = defineControl({
  id: "self-inspection-interval",
  title: { ja: "自己点検の定期実施", en: "Regular self-inspection" },
  clause: "8",
  provenance: "guideline",
  basis: CONTROL_BASES["self-inspection-interval"],
  category: "audit",
  threats: ["T2", "T2.7"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】ガイドラインに倣い、自己点検を毎年度（4月1日から翌年3月31日までの年度ごとに1回以上）実施する。判定基準日の属する年度又は前年度に実施されていれば充足とし、それより前であれば不備とする。「必要に応じて」行う自己点検は人が判断する。",
    en: "[Guideline default] Following the guideline, carry out a self-inspection every fiscal year (at least once in each fiscal year, 1 April to 31 March). It passes when the last one falls in the fiscal year of the as-of date or in the previous one, and fails when it is older. Self-inspections \"as needed\" are left to people.",
  },
  remediation: { ja: "自己点検チェックリストにより点検し、実施日を記録する。", en: "Inspect with the self-inspection checklist and record the date." },
  admitsException: true,
  parameters: {
    selfInspectionCadenceFiscalYears: {
      default: 1,
      stricter: "lower",
      unit: "fiscal-years",
      min: 1,
      max: 5,
      description: { ja: "自己点検の実施周期（年度。1は毎年度）", en: "Self-inspection cadence (fiscal years; 1 is every fiscal year)" },
      basis: CONTROL_BASES["self-inspection-interval.selfInspectionCadenceFiscalYears"],
    },
    selfInspectionIntervalMonths: {
      default: FISCAL_YEAR_LONGEST_GAP_MONTHS,
      stricter: "lower",
      unit: "months",
      min: 1,
      max: 60,
      description: {
        ja: "年度の周期に加えて求める自己点検の実施間隔の上限（か月。既定の24は毎年度の判定に常に含まれ、効果がない）",
        en: "Longest interval between self-inspections, required on top of the cadence (months; the default 24 is always implied by every fiscal year and adds nothing)",
      },
      basis: CONTROL_BASES["self-inspection-interval.selfInspectionIntervalMonths"],
    },
  },
  facts: { organization: ["lastSelfInspection"] },
  verdicts: selfInspectionVerdicts,
  checks: {
    organization: (s, p, context) =>
      judgeCadence(
        s.lastSelfInspection,
        { fiscalYears: p.selfInspectionCadenceFiscalYears, months: p.selfInspectionIntervalMonths },
        context,
      ),
  },
});
