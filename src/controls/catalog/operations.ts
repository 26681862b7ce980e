import { defineControl } from "./define.js";
import { CONTROL_BASES } from "./bases.js";
import { judgeFlag } from "../judge.js";
import { fail, manual, pass } from "./define.js";

const monitoringVerdicts = {
  yes: pass({ ja: "情報システムの監視が行われている。", en: "Information systems are monitored." }),
  no: fail({ ja: "情報システムの監視が行われていない。", en: "Information systems are not monitored." }),
  unknown: manual({ ja: "情報システムの監視状況が回答されていない。", en: "Whether information systems are monitored is not stated." }),
};

/** 7(7): information systems are monitored. */
export const systemMonitoring = defineControl({
  id: "system-monitoring",
  title: { ja: "情報システムの監視", en: "Monitoring of information systems" },
  clause: "7(7)",
  provenance: "basic-policy",
  category: "operations",
  threats: ["T1", "T1.1", "T1.3", "T2", "T2.6", "T2.10"],
  requirement: {
    ja: "情報システムの監視等、情報セキュリティポリシーの運用面の対策を講じる。",
    en: "Take operational measures such as monitoring information systems.",
  },
  remediation: { ja: "稼働状況とログを監視する体制を整える。", en: "Set up monitoring of operation and logs." },
  admitsException: false,
  parameters: {},
  facts: { organization: ["monitoringInPlace"] },
  verdicts: monitoringVerdicts,
  checks: { organization: (s) => judgeFlag(s.monitoringInPlace) },
});

const incidentVerdicts = {
  yes: pass({ ja: "セキュリティ侵害への対応の措置が講じられている。", en: "Measures to respond to security incidents are in place." }),
  no: fail({ ja: "セキュリティ侵害に迅速かつ適切に対応するための措置が講じられていない。", en: "No measures are in place to respond quickly and properly to security incidents." }),
  unknown: manual({ ja: "侵害時の対応の準備状況が回答されていない。", en: "Whether incident response is ready is not stated." }),
};

/** 7(7): measures to respond quickly and properly when security is breached. */
export const incidentResponse = defineControl({
  id: "incident-response",
  title: { ja: "セキュリティ侵害への対応", en: "Incident response" },
  clause: "7(7)",
  provenance: "basic-policy",
  category: "operations",
  threats: ["T1", "T2"],
  requirement: {
    ja: "情報資産に対するセキュリティ侵害が発生した場合等に迅速かつ適切に対応するための措置を講じる。",
    en: "Take measures to respond quickly and properly when, for example, a security breach of information assets occurs.",
  },
  remediation: { ja: "連絡体制と対応手順を定め、訓練する。", en: "Define the contact chain and response procedure, and practise them." },
  admitsException: false,
  parameters: {},
  facts: { organization: ["incidentResponseReady"] },
  verdicts: incidentVerdicts,
  checks: { organization: (s) => judgeFlag(s.incidentResponseReady) },
});

const continuityVerdicts = {
  yes: pass({ ja: "業務継続計画が整備されている。", en: "A business continuity plan is in place." }),
  no: fail({ ja: "災害、要員不足、インフラ障害に備えた業務継続計画が整備されていない。", en: "No business continuity plan covers disasters, staff shortage and infrastructure outages." }),
  unknown: manual({ ja: "業務継続計画の整備状況が回答されていない。", en: "Whether a business continuity plan is in place is not stated." }),
};

/** Guideline default against the threats 4(3) to 4(5): a business continuity plan. */
export const continuityPlan = defineControl({
  id: "continuity-plan",
  title: { ja: "業務継続計画", en: "Business continuity plan" },
  clause: "7(7)",
  provenance: "guideline",
  basis: CONTROL_BASES["continuity-plan"],
  category: "operations",
  threats: ["T3", "T3.1", "T3.2", "T3.3", "T4", "T4.1", "T5", "T5.1", "T5.2", "T5.3"],
  requirement: {
    ja: "【ガイドラインに基づく既定値】災害（4(3)）、大規模な疾病による要員不足（4(4)）、インフラの障害（4(5)）に備え、情報システムの業務継続計画を整備する。",
    en: "[Guideline default] Keep a business continuity plan for information systems covering disasters (4(3)), staff shortage from a large-scale epidemic (4(4)) and infrastructure outages (4(5)).",
  },
  remediation: { ja: "代替要員、代替手段、復旧手順を含む業務継続計画を策定する。", en: "Draw up a continuity plan with substitute staff, fallback means and recovery steps." },
  admitsException: true,
  parameters: {},
  facts: { organization: ["continuityPlanInPlace"] },
  verdicts: continuityVerdicts,
  checks: { organization: (s) => judgeFlag(s.continuityPlanInPlace) },
});
