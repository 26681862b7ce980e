import { defineControl } from "./define.js";
import { judgeFlag } from "../judge.js";
import { fail, manual, notApplicable, pass } from "./define.js";

const REVIEW_REQUIREMENT = {
  ja: "情報セキュリティ監査及び自己点検の結果、情報セキュリティポリシーの見直しが必要となった場合及び情報セキュリティに関する状況の変化に対応するため新たに対策が必要になった場合には、保有する情報及び利用する情報システムに係る脅威の発生の可能性及び発生時の損失を分析し、リスクを検討した上で、情報セキュリティポリシーを見直す。",
  en: "Where audit and self-inspection show that the policy needs review, or new measures are needed because circumstances have changed, analyse the likelihood of threats to the information held and the systems used and the loss if they occur, consider the risks, and then review the policy.",
};

const reviewVerdicts = {
  yes: pass({ ja: "必要となった見直しが行われている。", en: "The review that became necessary was carried out." }),
  no: fail({ ja: "見直しが必要となったが、情報セキュリティポリシーが見直されていない。", en: "A review became necessary but the policy has not been reviewed." }),
  unknown: manual({ ja: "見直しの実施状況が回答されていない。", en: "Whether the policy was reviewed is not stated." }),
  notNeeded: notApplicable({ ja: "見直しが必要となる結果や状況の変化はない。", en: "No finding or change of circumstances called for a review." }),
  needUnknown: manual({ ja: "見直しの必要の有無が回答されていない。", en: "Whether a review became necessary is not stated." }),
};

/** 9: the policy is reviewed when audit, self-inspection or a change of circumstances calls for it. */
export const policyReview = defineControl({
  id: "policy-review",
  title: { ja: "情報セキュリティポリシーの見直し", en: "Review of the policy" },
  clause: "9",
  provenance: "basic-policy",
  category: "review",
  threats: ["T2", "T2.9"],
  requirement: REVIEW_REQUIREMENT,
  remediation: { ja: "監査・自己点検の結果等を踏まえ、情報セキュリティポリシーを見直す。", en: "Review the policy in the light of the audit and self-inspection results." },
  admitsException: false,
  parameters: {},
  facts: { organization: ["reviewNeeded", "reviewed"] },
  verdicts: reviewVerdicts,
  checks: {
    organization: (s) =>
      s.reviewNeeded === undefined ? "needUnknown" : s.reviewNeeded ? judgeFlag(s.reviewed) : "notNeeded",
  },
});

const riskVerdicts = {
  yes: pass({ ja: "脅威の発生の可能性及び発生時の損失を分析している。", en: "The likelihood of threats and the loss if they occur were analysed." }),
  no: fail({ ja: "見直しに当たり、脅威の発生の可能性及び発生時の損失を分析していない。", en: "The review did not analyse the likelihood of threats and the loss if they occur." }),
  unknown: manual({ ja: "リスク分析の実施状況が回答されていない。", en: "Whether the risks were analysed is not stated." }),
  notNeeded: notApplicable({ ja: "見直しが必要となる結果や状況の変化はない。", en: "No finding or change of circumstances called for a review." }),
  needUnknown: manual({ ja: "見直しの必要の有無が回答されていない。", en: "Whether a review became necessary is not stated." }),
};

/** 9: a review analyses the likelihood of threats and the loss if they occur. */
export const riskAnalysis = defineControl({
  id: "risk-analysis",
  title: { ja: "見直し時のリスク分析", en: "Risk analysis for the review" },
  clause: "9",
  provenance: "basic-policy",
  category: "review",
  threats: ["T1", "T2", "T3", "T4", "T5"],
  requirement: REVIEW_REQUIREMENT,
  remediation: { ja: "脅威ごとに発生の可能性と損失を評価し、リスクを検討する。", en: "Assess likelihood and loss for each threat, and consider the risks." },
  admitsException: false,
  parameters: {},
  facts: { organization: ["reviewNeeded", "riskAnalyzed"] },
  verdicts: riskVerdicts,
  checks: {
    organization: (s) =>
      s.reviewNeeded === undefined ? "needUnknown" : s.reviewNeeded ? judgeFlag(s.riskAnalyzed) : "notNeeded",
  },
});
