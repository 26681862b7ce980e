import { defineControl } from "./define.js";
import { judgeFlag } from "../judge.js";
import { fail, manual, pass } from "./define.js";

const OUTSOURCING_REQUIREMENT = {
  ja: "業務委託を行う場合には、委託事業者を選定し、情報セキュリティ要件を明記した契約を締結し、委託事業者において必要なセキュリティ対策が確保されていることを確認し、必要に応じて契約に基づき措置を講じる。",
  en: "When outsourcing, select the contractor, conclude a contract stating the information security requirements, confirm that the contractor has the necessary measures in place, and take measures under the contract where needed.",
};

const selectionVerdicts = {
  yes: pass({ ja: "委託事業者を選定した上で委託している。", en: "The contractor was selected before the work was outsourced." }),
  no: fail({ ja: "委託事業者を選定せずに委託している。", en: "The work was outsourced without selecting the contractor." }),
  unknown: manual({ ja: "委託事業者の選定の有無が回答されていない。", en: "Whether the contractor was selected is not stated." }),
};

/** 7(8): contractors are selected. */
export const contractorSelection = defineControl({
  id: "contractor-selection",
  title: { ja: "委託事業者の選定", en: "Selection of contractors" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T2", "T2.8"],
  requirement: OUTSOURCING_REQUIREMENT,
  remediation: { ja: "業務委託を行う場合には、委託事業者を選定する。", en: "When outsourcing, select the contractor." },
  admitsException: false,
  parameters: {},
  facts: { outsourcing: ["selectedByCriteria"] },
  verdicts: selectionVerdicts,
  checks: { outsourcing: (s) => judgeFlag(s.selectedByCriteria) },
});

const contractVerdicts = {
  yes: pass({ ja: "契約に情報セキュリティ要件が明記されている。", en: "The contract states the security requirements." }),
  no: fail({ ja: "契約に情報セキュリティ要件が明記されていない。", en: "The contract does not state the security requirements." }),
  unknown: manual({ ja: "契約への情報セキュリティ要件の記載状況が回答されていない。", en: "Whether the contract states the security requirements is not stated." }),
};

/** 7(8): the contract states the information security requirements. */
export const contractSecurityRequirements = defineControl({
  id: "contract-security-requirements",
  title: { ja: "契約への情報セキュリティ要件の明記", en: "Security requirements in the contract" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T2", "T2.8", "T1", "T1.6"],
  requirement: OUTSOURCING_REQUIREMENT,
  remediation: { ja: "情報セキュリティ要件を明記した契約を締結する。", en: "Conclude a contract stating the information security requirements." },
  admitsException: false,
  parameters: {},
  facts: { outsourcing: ["securityRequirementsInContract"] },
  verdicts: contractVerdicts,
  checks: { outsourcing: (s) => judgeFlag(s.securityRequirementsInContract) },
});

const confirmationVerdicts = {
  yes: pass({ ja: "委託事業者のセキュリティ対策が確認されている。", en: "The contractor's measures have been confirmed." }),
  no: fail({ ja: "委託事業者において必要なセキュリティ対策が確保されていることを確認していない。", en: "It has not been confirmed that the contractor has the necessary measures in place." }),
  unknown: manual({ ja: "委託事業者の対策の確認状況が回答されていない。", en: "Whether the contractor's measures were confirmed is not stated." }),
};

/** 7(8): it is confirmed that the contractor has the necessary security measures. */
export const contractorMeasuresConfirmed = defineControl({
  id: "contractor-measures-confirmed",
  title: { ja: "委託事業者の対策の確認", en: "Contractor's measures confirmed" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T2", "T2.8"],
  requirement: OUTSOURCING_REQUIREMENT,
  remediation: { ja: "委託事業者において必要なセキュリティ対策が確保されていることを確認する。", en: "Confirm that the contractor has the necessary security measures in place." },
  admitsException: false,
  parameters: {},
  facts: { outsourcing: ["measuresConfirmed"] },
  verdicts: confirmationVerdicts,
  checks: { outsourcing: (s) => judgeFlag(s.measuresConfirmed) },
});

const CLOUD_REQUIREMENT = {
  ja: "外部サービス（クラウドサービス）を利用する場合には、利用に係る規定を整備し対策を講じる。",
  en: "When using external (cloud) services, put rules for their use in place and take measures.",
};

const cloudRulesVerdicts = {
  yes: pass({ ja: "外部サービスの利用に係る規定が整備されている。", en: "Rules for using the external service are in place." }),
  no: fail({ ja: "外部サービスの利用に係る規定が整備されていない。", en: "No rules for using the external service are in place." }),
  unknown: manual({ ja: "利用に係る規定の整備状況が回答されていない。", en: "Whether usage rules are in place is not stated." }),
};

/** 7(8): rules for using external (cloud) services are in place. */
export const cloudUsageRules = defineControl({
  id: "cloud-usage-rules",
  title: { ja: "外部サービス利用規定の整備", en: "Rules for using cloud services" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T2", "T2.8", "T2.9"],
  requirement: CLOUD_REQUIREMENT,
  remediation: { ja: "外部サービスの利用に係る規定を整備する。", en: "Put rules for using external services in place." },
  admitsException: false,
  parameters: {},
  facts: { "cloud-use": ["usageRulesInPlace"] },
  verdicts: cloudRulesVerdicts,
  checks: { "cloud-use": (s) => judgeFlag(s.usageRulesInPlace) },
});

const cloudMeasuresVerdicts = {
  yes: pass({ ja: "外部サービスの利用に必要な対策が講じられている。", en: "The measures for using the external service are taken." }),
  no: fail({ ja: "外部サービスの利用に必要な対策が講じられていない。", en: "The measures for using the external service are not taken." }),
  unknown: manual({ ja: "外部サービス利用の対策状況が回答されていない。", en: "Whether the measures are taken is not stated." }),
};

/** 7(8): the measures for using an external (cloud) service are taken. */
export const cloudMeasures = defineControl({
  id: "cloud-measures",
  title: { ja: "外部サービス利用時の対策", en: "Measures for cloud services" },
  clause: "7(8)",
  provenance: "basic-policy",
  category: "outsourcing-and-cloud",
  threats: ["T1", "T1.1", "T2", "T2.8"],
  requirement: CLOUD_REQUIREMENT,
  remediation: { ja: "利用に係る規定に従い、対策を講じる。", en: "Take the measures, following the rules on its use." },
  admitsException: false,
  parameters: {},
  facts: { "cloud-use": ["measuresTaken"] },
  verdicts: cloudMeasuresVerdicts,
  checks: { "cloud-use": (s) => judgeFlag(s.measuresTaken) },
});
