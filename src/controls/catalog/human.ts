import { STAFF_CATEGORIES } from "../../definitions/staff-categories.js";
import { defineControl } from "./define.js";
import { CONTROL_BASES } from "./bases.js";
import { cadenceVerdicts, FISCAL_YEAR_LONGEST_GAP_MONTHS, judgeCadence, judgeFlag } from "../judge.js";
import { fail, manual, notApplicable, pass } from "./define.js";

const obligationVerdicts = {
  allBound: pass({
    ja: "全ての職員（会計年度任用職員及び非常勤職員を含む。）に、情報セキュリティポリシー及び情報セキュリティ共通実施手順を遵守しなければならないことが周知されている。",
    en: "All staff, fiscal-year-appointed and part-time staff included, have been informed that they must comply with the information security policy and the common implementation procedures.",
  }),
  someUnbound: fail({
    ja: "遵守義務が周知されていない職員の区分がある（基本方針6は全ての職員に遵守を求め、3(15)により、職員には会計年度任用職員及び非常勤職員を含む）。",
    en: "Some category of staff has not been informed of the duty to comply (clause 6 binds all staff, and under 3(15) staff includes fiscal-year-appointed and part-time staff).",
  }),
  unknown: manual({
    ja: "遵守義務を周知した職員の区分が回答されていない。",
    en: "Which categories of staff have been informed of the duty to comply is not stated.",
  }),
};

/**
 * 6 with 3(15): clause 6 binds every 職員 by itself, so what can be missing is that the duty is made
 * known (周知) to every category of staff; the check is on that.
 */
export const staffObligations = defineControl({
  id: "staff-obligations",
  title: { ja: "職員の遵守義務の周知", en: "Staff informed of the duty to comply" },
  clause: "6",
  provenance: "basic-policy",
  category: "human",
  threats: ["T1", "T1.6", "T2", "T2.1", "T2.2"],
  requirement: {
    ja: "職員は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシー及び情報セキュリティ共通実施手順を遵守しなければならない（3(15)により、職員には会計年度任用職員及び非常勤職員を含む。）。",
    en: "Staff share an understanding of the importance of information security and, in their work, must comply with the information security policy and the common implementation procedures (under 3(15), staff includes fiscal-year-appointed and part-time staff).",
  },
  remediation: {
    ja: "会計年度任用職員及び非常勤職員を含む全ての職員に、遵守事項を周知し、遵守を求める。",
    en: "Inform every member of staff, including fiscal-year-appointed and part-time staff, of what they must comply with, and require compliance.",
  },
  admitsException: false,
  parameters: {},
  facts: { organization: ["staffCategoriesBound"] },
  verdicts: obligationVerdicts,
  checks: {
    organization: (s) =>
      s.staffCategoriesBound === undefined
        ? "unknown"
        : STAFF_CATEGORIES.every((category) => s.staffCategoriesBound?.includes(category))
          ? "allBound"
          : "someUnbound",
  },
});

const educationVerdicts = {
  yes: pass({
    ja: "職員が遵守すべき事項が定められ、教育が実施されている。",
    en: "The rules staff must follow are defined and training has been given.",
  }),
  noRules: fail({ ja: "職員が遵守すべき事項が定められていない。", en: "The rules staff must follow are not defined." }),
  noTraining: fail({ ja: "職員への情報セキュリティ教育が実施されていない。", en: "No information security training has been given to staff." }),
  unknown: manual({
    ja: "遵守事項の整備状況又は教育の実施状況が回答されていない。",
    en: "Whether staff rules are defined, or whether training has been given, is not stated.",
  }),
};

/** 7(5): rules for staff are defined, and staff are educated and made aware. */
export const staffRulesAndEducation = defineControl({
  id: "staff-rules-and-education",
  title: { ja: "遵守事項の策定と教育・啓発", en: "Staff rules, education and awareness" },
  clause: "7(5)",
  provenance: "basic-policy",
  category: "human",
  threats: ["T1", "T1.6", "T2", "T2.5"],
  requirement: {
    ja: "情報セキュリティに関し、職員が遵守すべき事項を定めるとともに、十分な教育及び啓発を行う。",
    en: "Define what staff must comply with regarding information security, and give sufficient education and awareness.",
  },
  remediation: {
    ja: "職員が遵守すべき事項を定め、全職員に情報セキュリティ教育を実施する。",
    en: "Define the rules staff must follow and give information security training to all staff.",
  },
  admitsException: false,
  parameters: {},
  facts: { organization: ["staffRulesDefined", "lastTraining"] },
  verdicts: educationVerdicts,
  checks: {
    organization: (s) =>
      s.staffRulesDefined === false
        ? "noRules"
        : s.lastTraining === null
          ? "noTraining"
          : s.staffRulesDefined === undefined || s.lastTraining === undefined
            ? "unknown"
            : "yes",
  },
});

const trainingVerdicts = cadenceVerdicts({ ja: "情報セキュリティ教育", en: "information security training" }, "trainingCadenceFiscalYears", "trainingIntervalMonths");

/**
 * Guideline default for 7(5): staff training 毎年度 (at least once in each fiscal year; see
 * {@link judgeCadence}), and optionally within a number of months that an overlay may set. The
 * guideline's cadence is reported as 毎年度及び必要に応じて (unverified; its basis says so).
 */
export const trainingInterval = defineControl({
  id: "training-interval",
  title: { ja: "情報セキュリティ教育の定期実施", en: "Regular security training" },
  clause: "7(5)",
  provenance: "guideline",
  basis: CONTROL_BASES["training-interval"],
  category: "human",
  threats: ["T1", "T1.6", "T2", "T2.5"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】基本方針7(5)は十分な教育を求めるが頻度は定めていない。総務省ガイドラインに倣い、情報セキュリティ教育を毎年度（4月1日から翌年3月31日までの年度ごとに1回以上）実施する。判定基準日の属する年度又は前年度に実施されていれば充足とし、それより前であれば不備とする。「必要に応じて」行う教育は人が判断する。",
    en: "[Guideline default] 7(5) requires sufficient education but sets no frequency. Following the MIC guideline, give information security training every fiscal year (at least once in each fiscal year, 1 April to 31 March). It passes when the last one falls in the fiscal year of the as-of date or in the previous one, and fails when it is older. Training \"as needed\" is left to people.",
  },
  remediation: {
    ja: "全職員を対象とした情報セキュリティ教育を実施し、実施日を記録する。",
    en: "Give information security training to all staff and record the date.",
  },
  admitsException: true,
  parameters: {
    trainingCadenceFiscalYears: {
      default: 1,
      stricter: "lower",
      unit: "fiscal-years",
      min: 1,
      max: 5,
      description: { ja: "教育の実施周期（年度。1は毎年度）", en: "Training cadence (fiscal years; 1 is every fiscal year)" },
      basis: CONTROL_BASES["training-interval.trainingCadenceFiscalYears"],
    },
    trainingIntervalMonths: {
      default: FISCAL_YEAR_LONGEST_GAP_MONTHS,
      stricter: "lower",
      unit: "months",
      min: 1,
      max: 60,
      description: {
        ja: "年度の周期に加えて求める教育の実施間隔の上限（か月。既定の24は毎年度の判定に常に含まれ、効果がない）",
        en: "Longest interval between trainings, required on top of the cadence (months; the default 24 is always implied by every fiscal year and adds nothing)",
      },
      basis: CONTROL_BASES["training-interval.trainingIntervalMonths"],
    },
  },
  facts: { organization: ["lastTraining"] },
  verdicts: trainingVerdicts,
  checks: {
    organization: (s, p, context) =>
      judgeCadence(s.lastTraining, { fiscalYears: p.trainingCadenceFiscalYears, months: p.trainingIntervalMonths }, context),
  },
});
