import { gloss } from "../definitions/glossary.js";
import type { LocalizedText } from "../definitions/localized-text.js";
import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { OrganizationSubject } from "../subjects/organization.js";

/** The facts of an `organization` subject that a manager answers: every field but `kind`, `id`, `organization` and `asOf`. */
export type ChecklistQuestionId = Exclude<keyof OrganizationSubject, "kind" | "id" | "organization" | "asOf">;

/** How a question is answered: yes or no, a date (or never), or a list of staff categories. */
export type ChecklistAnswerType = "yes-no" | "date" | "staff-categories";

/** A question of the self-inspection checklist (clause 8). Its id is the `organization` subject field it fills. */
export interface ChecklistQuestion {
  /** The question's id: the field of the `organization` subject its answer fills, e.g. `"lastTraining"`. */
  readonly id: ChecklistQuestionId;
  /** How it is answered. */
  readonly answer: ChecklistAnswerType;
  /** The question, in words a manager answers. */
  readonly text: LocalizedText;
}

/**
 * Every question of the self-inspection checklist, one per fact of the `organization` subject, in
 * the order the checklist asks them when no control orders them otherwise. A test checks that the
 * ids are exactly the subject's fields.
 */
export const CHECKLIST_QUESTIONS: readonly ChecklistQuestion[] = deepFreezeLiteral([
  {
    id: "securityOrganizationEstablished",
    answer: "yes-no",
    text: {
      ja: "広域連合の情報資産について、情報セキュリティ対策を推進する体制を確立しているか。",
      en: "Is an organisation that promotes information security measures for the Union's information assets established?",
    },
  },
  {
    id: "staffCategoriesBound",
    answer: "staff-categories",
    text: {
      ja: `情報セキュリティポリシー及び情報セキュリティ共通実施手順を遵守する義務を周知した職員の区分はどれか（${gloss("person.regular").ja}、${gloss("person.fiscal-year-appointed").ja}、${gloss("person.part-time").ja}）。`,
      en: `Which categories of staff have been informed of their duty to comply with the information security policy and the common implementation procedures (${gloss("person.regular").en}, ${gloss("person.fiscal-year-appointed").en}, ${gloss("person.part-time").en})?`,
    },
  },
  {
    id: "staffRulesDefined",
    answer: "yes-no",
    text: {
      ja: "職員等が遵守すべき事項（情報資産の取扱い、パスワードの管理等）を定めているか。",
      en: "Are the rules staff must follow (handling of information assets, passwords and the like) defined?",
    },
  },
  {
    id: "lastTraining",
    answer: "date",
    text: {
      ja: `職員に対する情報セキュリティ${gloss("word.training").ja}を最後に実施した日はいつか。`,
      en: "When was information security training last given to staff?",
    },
  },
  {
    id: "monitoringInPlace",
    answer: "yes-no",
    text: {
      ja: "情報システムの稼働状況や不正な通信等を監視しているか。",
      en: "Are the information systems monitored (operation, unauthorised traffic and the like)?",
    },
  },
  {
    id: "incidentResponseReady",
    answer: "yes-no",
    text: {
      ja: "情報セキュリティインシデント発生時の連絡体制及び対応手順を定めているか。",
      en: "Are the contact chain and the procedure for responding to security incidents in place?",
    },
  },
  {
    id: "secureDevelopmentInPlace",
    answer: "yes-no",
    text: {
      ja: "情報システムの調達・開発においてセキュリティ要件を定め、導入前に確認・試験しているか。",
      en: "Are security requirements set when systems are procured or developed, and checked and tested before use?",
    },
  },
  {
    id: "continuityPlanInPlace",
    answer: "yes-no",
    text: {
      ja: "災害、感染症等による職員の不足、電力・通信等の社会インフラの停止を想定した業務継続計画を定めているか。",
      en: "Is there a business continuity plan that covers disasters, staff shortage (e.g. a pandemic) and outages of power, communications and other infrastructure?",
    },
  },
  {
    id: "lastAudit",
    answer: "date",
    text: {
      ja: "情報セキュリティ監査を最後に実施した日はいつか。",
      en: "When was the last information security audit carried out?",
    },
  },
  {
    id: "lastSelfInspection",
    answer: "date",
    text: {
      ja: "自己点検を最後に実施した日はいつか（今回の点検を除く）。",
      en: "When was the last self-inspection carried out (not counting this one)?",
    },
  },
  {
    id: "reviewNeeded",
    answer: "yes-no",
    text: {
      ja: "監査・自己点検の結果や情報セキュリティを取り巻く状況の変化により、情報セキュリティポリシーの見直しが必要となったか。",
      en: "Have audit or self-inspection results, or changes in circumstances, made a review of the Information Security Policy necessary?",
    },
  },
  {
    id: "reviewed",
    answer: "yes-no",
    text: {
      ja: "見直しが必要となった場合、情報セキュリティポリシーを見直したか。",
      en: "If a review was necessary, has the Information Security Policy been reviewed?",
    },
  },
  {
    id: "riskAnalyzed",
    answer: "yes-no",
    text: {
      ja: "見直しに当たり、脅威の発生可能性及び発生した場合の損失を分析したか。",
      en: "Did the review analyse the likelihood of the threats and the loss if they occur?",
    },
  },
  {
    id: "standardsInPlace",
    answer: "yes-no",
    text: {
      ja: "情報セキュリティ対策基準を策定しているか。",
      en: "Are the Information Security Standards (対策基準) established?",
    },
  },
  {
    id: "proceduresInPlace",
    answer: "yes-no",
    text: {
      ja: "情報セキュリティ共通実施手順を策定しているか。",
      en: "Are the Information Security Common Implementation Procedures (実施手順) established?",
    },
  },
] satisfies ChecklistQuestion[]);

/** The question with an id, if there is one. */
export function findChecklistQuestion(id: string): ChecklistQuestion | undefined {
  return CHECKLIST_QUESTIONS.find((question) => question.id === id);
}
