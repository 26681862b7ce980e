import { defineControl } from "../control.js";
import { CONTROL_BASES } from "./bases.js";
import { intervalVerdicts, judgeInterval } from "../judge.js";
import { fail, manual, pass } from "../verdict.js";

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
  remediation: { ja: "監査及び自己点検の計画を立てて実施する。", en: "Plan and carry out audits and self-inspections." },
  admitsException: false,
  parameters: {},
  facts: { organization: ["lastAudit", "lastSelfInspection"] },
  verdicts: performedVerdicts,
  checks: {
    organization: (s) =>
      s.lastAudit === null
        ? performedVerdicts.noAudit
        : s.lastSelfInspection === null
          ? performedVerdicts.noSelfInspection
          : s.lastAudit === undefined || s.lastSelfInspection === undefined
            ? performedVerdicts.unknown
            : performedVerdicts.yes,
  },
});

const auditVerdicts = intervalVerdicts({ ja: "情報セキュリティ監査", en: "information security audit" }, "auditIntervalMonths");

/** Guideline default for 8: an information security audit at least every `auditIntervalMonths` months (an approximation of 毎年度, see its basis). */
export const auditInterval = defineControl<{ auditIntervalMonths: number }>({
  id: "audit-interval",
  title: { ja: "情報セキュリティ監査の定期実施", en: "Regular security audit" },
  clause: "8",
  provenance: "guideline",
  basis: CONTROL_BASES["audit-interval"],
  category: "audit",
  threats: ["T2", "T2.7"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】基本方針8は「定期的又は必要に応じて」と定め、頻度は定めていない。ガイドラインに倣い、情報セキュリティ監査を定期的に実施する。既定では判定基準日前12か月以内の実施を求める（ガイドラインの「毎年度及び必要に応じて」の近似。年度単位の判定ではない）。",
    en: "[Guideline default] Clause 8 says \"regularly or as needed\" and sets no frequency. Following the guideline, carry out an information security audit regularly: by default within the 12 months before the as-of date (an approximation of the guideline's 「毎年度及び必要に応じて」, not a fiscal-year judgement).",
  },
  remediation: { ja: "監査を実施し、実施日を記録する。", en: "Carry out an audit and record the date." },
  admitsException: true,
  parameters: {
    auditIntervalMonths: {
      default: 12,
      stricter: "lower",
      unit: "months",
      min: 1,
      max: 60,
      description: { ja: "監査の実施間隔の上限（月）", en: "Longest interval between audits (months)" },
      basis: CONTROL_BASES["audit-interval.auditIntervalMonths"],
    },
  },
  facts: { organization: ["lastAudit"] },
  verdicts: auditVerdicts,
  checks: { organization: (s, p, context) => judgeInterval(s.lastAudit, p.auditIntervalMonths, context, auditVerdicts) },
});

const selfInspectionVerdicts = intervalVerdicts({ ja: "自己点検", en: "self-inspection" }, "selfInspectionIntervalMonths");

/** Guideline default for 8: a self-inspection at least every `selfInspectionIntervalMonths` months (an approximation of 毎年度, see its basis). */
export const selfInspectionInterval = defineControl<{ selfInspectionIntervalMonths: number }>({
  id: "self-inspection-interval",
  title: { ja: "自己点検の定期実施", en: "Regular self-inspection" },
  clause: "8",
  provenance: "guideline",
  basis: CONTROL_BASES["self-inspection-interval"],
  category: "audit",
  threats: ["T2", "T2.7"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】自己点検を定期的に実施する。既定では判定基準日前12か月以内の実施を求める（ガイドラインの「毎年度及び必要に応じて」の近似。年度単位の判定ではない）。",
    en: "[Guideline default] Carry out a self-inspection regularly: by default within the 12 months before the as-of date (an approximation of the guideline's 「毎年度及び必要に応じて」, not a fiscal-year judgement).",
  },
  remediation: { ja: "自己点検チェックリストにより点検し、実施日を記録する。", en: "Inspect with the self-inspection checklist and record the date." },
  admitsException: true,
  parameters: {
    selfInspectionIntervalMonths: {
      default: 12,
      stricter: "lower",
      unit: "months",
      min: 1,
      max: 60,
      description: { ja: "自己点検の実施間隔の上限（月）", en: "Longest interval between self-inspections (months)" },
      basis: CONTROL_BASES["self-inspection-interval.selfInspectionIntervalMonths"],
    },
  },
  facts: { organization: ["lastSelfInspection"] },
  verdicts: selfInspectionVerdicts,
  checks: {
    organization: (s, p, context) => judgeInterval(s.lastSelfInspection, p.selfInspectionIntervalMonths, context, selfInspectionVerdicts),
  },
});
