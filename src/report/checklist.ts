import type { Control } from "../controls/control.js";
import { getClause } from "../definitions/find-clause.js";
import type { Locale } from "../definitions/localized-text.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import { escapeMarkdown } from "./audit-markdown.js";

import { CHECKLIST_KIND, type ChecklistAnswers } from "./checklist-answers.js";
import { CHECKLIST_QUESTIONS, type ChecklistQuestion, type ChecklistQuestionId } from "./checklist-questions.js";
import { PROVENANCE_LABELS } from "./report-strings.js";
import { overlayLabel, overlayOf } from "./overlay-of.js";

/** What the checklist is for: the organisation, and the policy, language and date. */
export interface ChecklistOptions {
  /** The organisation inspected: one of the four of 5(1), e.g. `"assembly-secretariat"`. */
  readonly organization: string;
  /** The policy to inspect against (default: the current one; an extended policy adds its controls and parameters). */
  readonly policy?: Policy;
  /** The language (default `ja`). */
  readonly locale?: Locale;
  /** The inspection date, printed and put in the answers template. */
  readonly asOf?: string;
}

/** One section of the checklist: a control that the self-inspection judges, with the questions it needs. */
export interface ChecklistSection {
  /** The control. */
  readonly control: Control;
  /** The questions whose answers it reads, in the order asked. */
  readonly questions: readonly ChecklistQuestion[];
}

/** The checklist's sections, and every question once. */
export interface ChecklistLayout {
  /** One per control the self-inspection judges, in canonical order. */
  readonly sections: readonly ChecklistSection[];
  /** Every question asked, once, in the order first asked. */
  readonly questions: readonly ChecklistQuestion[];
}

/**
 * The self-inspection checklist as data: each control of the policy that judges the `organization`
 * subject (clause 8's self-inspection), in canonical order, with the questions its check reads.
 * Generated from the control catalog, so an overlay's `organization` controls appear too.
 *
 * @param policy - The policy (default: the current one).
 * @returns The sections, and every question once, in the order first asked.
 * @example
 * ```ts
 * import { checklistSections } from "@miyagi-kouiki/infosec-policy";
 *
 * checklistSections().questions.map((q) => q.id); // ["staffCategoriesBound", "securityOrganizationEstablished", …]
 * ```
 */
export function checklistSections(policy: Policy = currentPolicy): ChecklistLayout {
  const sections: ChecklistSection[] = [];
  const asked = new Map<ChecklistQuestionId, ChecklistQuestion>();
  for (const control of policy.controls) {
    if (control.checks.organization === undefined || control.gate) continue;
    const facts = (control.facts.organization ?? []) as readonly string[];
    const questions = CHECKLIST_QUESTIONS.filter((question) => facts.includes(question.id));
    questions.sort((a, b) => facts.indexOf(a.id) - facts.indexOf(b.id));
    for (const question of questions) if (!asked.has(question.id)) asked.set(question.id, question);
    sections.push({ control, questions });
  }
  return { sections, questions: [...asked.values()] };
}

/**
 * The answers file to fill in: every question of the checklist answered `"unknown"`, so that an
 * untouched template needs review and never passes.
 *
 * @param options - The organisation, and the policy, date and language.
 * @returns The answers file, ready to save as JSON and fill in.
 */
export function checklistAnswersTemplate(options: ChecklistOptions): ChecklistAnswers {
  const policy = options.policy ?? currentPolicy;
  const answers: Record<string, string> = {};
  for (const question of checklistSections(policy).questions) answers[question.id] = "unknown";
  return {
    checklist: CHECKLIST_KIND,
    // As given: an answers file naming anything but an organisation of 5(1) (or an explicit
    // `{ outside }`) is rejected when it is read back, so a mistaken name never passes.
    organization: options.organization as ChecklistAnswers["organization"],
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    policy: `${policy.id} ${policy.version}`,
    answers: answers as ChecklistAnswers["answers"],
  };
}

const T = {
  title: { ja: "情報セキュリティ自己点検チェックリスト", en: "Information security self-inspection checklist" },
  organization: { ja: "点検する組織", en: "Organisation inspected" },
  policy: { ja: "ポリシー", en: "Policy" },
  overlay: { ja: "適用した対策基準（オーバーレイ）", en: "Overlay applied" },
  none: { ja: "なし", en: "none" },
  date: { ja: "点検日", en: "Inspection date" },
  respondent: { ja: "回答者", en: "Respondent" },
  blank: { ja: "＿＿＿＿＿＿＿＿", en: "________________" },
  intro: {
    ja: "基本方針8に基づく自己点検の設問です。管理者が各設問に回答し、末尾の回答ファイルに記入して `infosec-policy check <回答ファイル>` で判定します。回答しない設問（`\"unknown\"`）に関わる管理策は「要確認」となり、適合とはなりません。",
    en: "The questions of the self-inspection of clause 8. A manager answers each question, fills in the answers file at the end, and runs `infosec-policy check <answers file>` to judge it. A question left unanswered (`\"unknown\"`) makes the controls that need it \"needs review\", never compliant.",
  },
  howYesNo: { ja: "回答: `yes`（はい） / `no`（いいえ） / `unknown`（不明）", en: "Answer: `yes` / `no` / `unknown`" },
  howDate: { ja: "回答: 日付 `YYYY-MM-DD` / `never`（未実施） / `unknown`（不明）", en: "Answer: a date `YYYY-MM-DD` / `never` / `unknown`" },
  howList: {
    ja: "回答: 該当する区分の配列（例: `[\"regular\", \"fiscal-year-appointed\", \"part-time\"]`） / `unknown`",
    en: "Answer: an array of the categories (e.g. `[\"regular\", \"fiscal-year-appointed\", \"part-time\"]`) / `unknown`",
  },
  requirement: { ja: "要求事項", en: "Requirement" },
  provenance: { ja: "根拠", en: "Source" },
  clauseText: { ja: "基本方針", en: "Basic policy" },
  parameter: { ja: "基準値", en: "Parameter" },
  seeAbove: { ja: "前出", en: "asked above" },
  answersFile: { ja: "回答ファイル", en: "Answers file" },
  answersIntro: {
    ja: "次の JSON を保存し、各設問の `\"unknown\"` を回答に置き換えてください。",
    en: "Save this JSON and replace each `\"unknown\"` with the answer.",
  },
} as const;

const UNITS: Readonly<Record<string, { ja: string; en: string }>> = { months: { ja: "か月", en: "months" } };

function unitLabel(unit: string, l: Locale): string {
  return UNITS[unit]?.[l] ?? unit;
}

function how(question: ChecklistQuestion, l: Locale): string {
  return question.answer === "yes-no" ? T.howYesNo[l] : question.answer === "date" ? T.howDate[l] : T.howList[l];
}

/**
 * Renders the self-inspection checklist (clause 8) for one organisation as Markdown: for each
 * control that the self-inspection judges (generated from the control catalog, with the policy's
 * parameter values, so an overlay's stricter intervals show), the clause, the requirement and the
 * questions a manager answers, each with its id; then the answers file to fill in, which
 * `infosec-policy check` (or `parseChecklistAnswers`) turns into an `organization` subject.
 *
 * @param options - The organisation, and the policy, language and date.
 * @returns The Markdown document.
 * @example
 * ```ts
 * import { renderChecklist } from "@miyagi-kouiki/infosec-policy";
 *
 * const markdown = renderChecklist({ organization: "assembly-secretariat", asOf: "2026-11-25" });
 * markdown.includes("`lastSelfInspection`"); // true
 * ```
 */
export function renderChecklist(options: ChecklistOptions): string {
  const policy = options.policy ?? currentPolicy;
  const l: Locale = options.locale ?? "ja";
  const e = escapeMarkdown;
  const org = policy.scope.organizations.find((candidate) => candidate.id === options.organization);
  const orgName = org === undefined ? e(options.organization) : `${e(org.name[l])} (\`${org.id}\`)`;
  const applied = overlayOf(policy, l);
  const overlay = applied === undefined ? T.none[l] : e(overlayLabel(applied));
  let text = `# ${T.title[l]}\n\n`;
  text += `- ${T.organization[l]}: ${orgName}\n`;
  text += `- ${T.policy[l]}: ${e(policy.title[l])} (${e(policy.id)} ${e(policy.version)})\n`;
  text += `- ${T.overlay[l]}: ${overlay}\n`;
  text += `- ${T.date[l]}: ${options.asOf ?? T.blank[l]}\n`;
  text += `- ${T.respondent[l]}: ${T.blank[l]}\n\n${T.intro[l]}\n\n`;

  const { sections } = checklistSections(policy);
  const numbers = new Map<ChecklistQuestionId, number>();
  let lastClause: string | undefined;
  for (const section of sections) {
    const { control } = section;
    text += `## ${e(control.clause)} ${e(control.title[l])} (\`${control.id}\`)\n\n`;
    const clause = getClause(control.clause);
    const body = clause.paragraphs.map((p) => p[l]).join(" ");
    const heading = clause.heading === undefined ? "" : `**${e(clause.heading[l])}** `;
    if ((body !== "" || heading !== "") && control.clause !== lastClause) {
      text += `> ${T.clauseText[l]} ${e(control.clause)}: ${heading}${e(body)}\n\n`;
    }
    lastClause = control.clause;
    text += `- ${T.provenance[l]}: ${PROVENANCE_LABELS[control.provenance][l]}\n`;
    text += `- ${T.requirement[l]}: ${e(control.requirement[l])}\n`;
    for (const [name, spec] of Object.entries(control.parameters)) {
      const value = policy.parameters[control.id]?.[name] ?? spec.default;
      text += `- ${T.parameter[l]}: ${e(spec.description[l])} = **${value}** ${e(unitLabel(spec.unit, l))}\n`;
    }
    text += "\n";
    for (const question of section.questions) {
      const known = numbers.get(question.id);
      if (known !== undefined) {
        text += `- Q${known} \`${question.id}\`（${T.seeAbove[l]}）\n`;
        continue;
      }
      const n = numbers.size + 1;
      numbers.set(question.id, n);
      text += `- [ ] **Q${n}** \`${question.id}\` — ${e(question.text[l])}\n  ${how(question, l)}\n`;
    }
    text += "\n";
  }
  const template = checklistAnswersTemplate({ ...options, policy });
  text += `## ${T.answersFile[l]}\n\n${T.answersIntro[l]}\n\n\`\`\`json\n${JSON.stringify(template, null, 2)}\n\`\`\`\n`;
  return text;
}
