import type { Control } from "../controls/control.js";
import { getClause } from "../definitions/find-clause.js";
import { gloss } from "../definitions/glossary.js";
import type { Locale } from "../definitions/localized-text.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import { escapeHtml, escapeMarkdown, markdownCode } from "./escape-text.js";

import { CHECKLIST_KIND, type ChecklistAnswers } from "./checklist-answers.js";
import { CHECKLIST_QUESTIONS, type ChecklistQuestion, type ChecklistQuestionId } from "./checklist-questions.js";
import { provenanceTag } from "./labels.js";
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
  none: gloss("word.none"),
  date: { ja: "点検日", en: "Inspection date" },
  respondent: { ja: "回答者", en: "Respondent" },
  blank: { ja: "＿＿＿＿＿＿＿＿", en: "________________" },
  intro: {
    ja: "基本方針8に基づく自己点検の設問である。管理者は各設問に回答して末尾の回答ファイルに記入し、`infosec-policy check <回答ファイル>` で判定する。回答しない設問（`\"unknown\"`）に係る管理策は「要確認」となり、適合とはならない。",
    en: "The questions of the self-inspection of clause 8. A manager answers each question, fills in the answers file at the end, and runs `infosec-policy check <answers file>` to judge it. A question left unanswered (`\"unknown\"`) makes the controls that need it \"needs review\", never compliant.",
  },
  howYesNo: { ja: "回答: `yes`（はい） / `no`（いいえ） / `unknown`（不明）", en: "Answer: `yes` / `no` / `unknown`" },
  howDate: { ja: "回答: 日付 `YYYY-MM-DD` / `never`（未実施） / `unknown`（不明）", en: "Answer: a date `YYYY-MM-DD` / `never` / `unknown`" },
  howList: {
    ja: `回答: 該当する区分の配列 / \`unknown\`。区分は \`regular\`＝${gloss("person.regular").ja}、\`fiscal-year-appointed\`＝${gloss("person.fiscal-year-appointed").ja}、\`part-time\`＝${gloss("person.part-time").ja}（例: \`[\"regular\", \"fiscal-year-appointed\", \"part-time\"]\`）`,
    en: `Answer: an array of the categories / \`unknown\`: \`regular\` = ${gloss("person.regular").en}, \`fiscal-year-appointed\` = ${gloss("person.fiscal-year-appointed").en}, \`part-time\` = ${gloss("person.part-time").en} (e.g. \`[\"regular\", \"fiscal-year-appointed\", \"part-time\"]\`)`,
  },
  requirement: gloss("word.requirement"),
  provenance: gloss("word.provenance"),
  clauseText: { ja: "基本方針", en: "Basic policy" },
  parameter: { ja: "基準値", en: "Parameter" },
  seeAbove: { ja: "前出", en: "asked above" },
  answersFile: { ja: "回答ファイル", en: "Answers file" },
  answersIntro: {
    ja: "次の JSON を保存し、各設問の `\"unknown\"` を回答に置き換える。",
    en: "Save this JSON and replace each `\"unknown\"` with the answer.",
  },
} as const;

const UNITS: Readonly<Record<string, { ja: string; en: string }>> = { months: gloss("unit.months"), "fiscal-years": gloss("unit.fiscal-years") };

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
  text += `- ${T.policy[l]}: ${e(policy.title[l])} ${markdownCode(policy.id)} ${e(policy.version)}\n`;
  text += `- ${T.overlay[l]}: ${overlay}\n`;
  text += `- ${T.date[l]}: ${options.asOf ?? T.blank[l]}\n`;
  text += `- ${T.respondent[l]}: ${T.blank[l]}\n\n${T.intro[l]}\n\n`;

  const { sections } = checklistSections(policy);
  const numbers = new Map<ChecklistQuestionId, number>();
  let lastClause: string | undefined;
  for (const section of sections) {
    const { control } = section;
    text += `## ${e(control.clause)} ${e(control.title[l])} (${markdownCode(control.id)})\n\n`;
    const clause = getClause(control.clause);
    const body = clause.paragraphs.map((p) => p[l]).join(" ");
    const heading = clause.heading === undefined ? "" : `**${e(clause.heading[l])}** `;
    if ((body !== "" || heading !== "") && control.clause !== lastClause) {
      text += `> ${T.clauseText[l]} ${e(control.clause)}: ${heading}${e(body)}\n\n`;
    }
    lastClause = control.clause;
    text += `- ${T.provenance[l]}: ${e(provenanceTag(control.clause, control.provenance, l))}\n`;
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

const H = {
  number: { ja: "番号", en: "No." },
  question: { ja: "設問", en: "Question" },
  how: { ja: "回答方法", en: "How to answer" },
  answer: { ja: "回答", en: "Answer" },
  item: { ja: "項目", en: "Item" },
  value: { ja: "内容", en: "Value" },
} as const;

/** Our own fixed text (never input) as HTML: escaped, with its `code` spans as `<code>`. */
function fixedHtml(text: string): string {
  return escapeHtml(text).replace(/`([^`]*)`/g, "<code>$1</code>");
}

// Inline, so that the file is self-contained; the Content-Security-Policy forbids loading anything.
const CHECKLIST_STYLE = `
@page { size: A4; margin: 15mm 14mm 17mm; }
:root { color-scheme: light; --line: #9aa0a6; }
body { font-family: "Hiragino Sans", "Noto Sans JP", "Yu Gothic", Meiryo, system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #111; line-height: 1.55; }
h1 { font-size: 1.5rem; border-bottom: 3px solid #111; padding-bottom: .3rem; }
h2 { font-size: 1.1rem; margin-top: 1.8rem; border-left: 6px solid #111; padding-left: .5rem; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
blockquote { margin: .4rem 0; padding: .3rem .8rem; border-left: 3px solid var(--line); color: #333; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .92rem; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #eef0f2; }
td.answer { width: 22%; }
td.no { white-space: nowrap; }
code { font-size: .85em; }
pre { white-space: pre-wrap; word-break: break-all; border: 1px solid var(--line); padding: .5rem; font-size: .8rem; }
.muted { color: #555; font-size: .9rem; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } th { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
`.trim();

/**
 * Renders the self-inspection checklist (clause 8) for one organisation as one printable,
 * self-contained HTML file: the same content as {@link renderChecklist} (each control the
 * self-inspection judges, with its clause, provenance, requirement, parameters and questions, then
 * the answers file), with inline CSS for A4 paper (`@page { size: A4 }`), table headers repeated
 * on every page, and no heading left alone at the foot of a page. No script and no external
 * request (a Content-Security-Policy forbids any); every text is escaped.
 *
 * @param options - The organisation, and the policy, language and date.
 * @returns The HTML document.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { renderChecklistHtml } from "@miyagi-kouiki/infosec-policy";
 *
 * writeFileSync("checklist.html", renderChecklistHtml({ organization: "secretariat", asOf: "2026-11-25" }));
 * ```
 */
export function renderChecklistHtml(options: ChecklistOptions): string {
  const policy = options.policy ?? currentPolicy;
  const l: Locale = options.locale ?? "ja";
  const e = escapeHtml;
  const org = policy.scope.organizations.find((candidate) => candidate.id === options.organization);
  const orgName = org === undefined ? e(options.organization) : `${e(org.name[l])} <code>${e(org.id)}</code>`;
  const applied = overlayOf(policy, l);
  const overlay = applied === undefined ? e(T.none[l]) : e(overlayLabel(applied));
  let html = `<!DOCTYPE html>\n<html lang="${l}">\n<head>\n<meta charset="utf-8">\n`;
  html += `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n`;
  html += `<meta name="viewport" content="width=device-width, initial-scale=1">\n`;
  html += `<title>${e(T.title[l])} — ${e(org?.name[l] ?? options.organization)}${options.asOf === undefined ? "" : ` (${e(options.asOf)})`}</title>\n`;
  html += `<style>\n${CHECKLIST_STYLE}\n</style>\n</head>\n<body>\n<h1>${e(T.title[l])}</h1>\n`;
  html += `<table class="meta"><tbody>\n`;
  html += `<tr><th>${e(T.organization[l])}</th><td>${orgName}</td></tr>\n`;
  html += `<tr><th>${e(T.policy[l])}</th><td>${e(policy.title[l])} <code>${e(policy.id)} ${e(policy.version)}</code></td></tr>\n`;
  html += `<tr><th>${e(T.overlay[l])}</th><td>${overlay}</td></tr>\n`;
  html += `<tr><th>${e(T.date[l])}</th><td>${options.asOf === undefined ? "" : e(options.asOf)}</td></tr>\n`;
  html += `<tr><th>${e(T.respondent[l])}</th><td></td></tr>\n</tbody></table>\n`;
  html += `<p>${fixedHtml(T.intro[l])}</p>\n`;

  const numbers = new Map<ChecklistQuestionId, number>();
  let lastClause: string | undefined;
  for (const section of checklistSections(policy).sections) {
    const { control } = section;
    html += `<section>\n<h2>${e(control.clause)} ${e(control.title[l])} <code>${e(control.id)}</code></h2>\n`;
    const clause = getClause(control.clause);
    const body = clause.paragraphs.map((p) => p[l]).join(" ");
    const heading = clause.heading === undefined ? "" : `<strong>${e(clause.heading[l])}</strong> `;
    if ((body !== "" || heading !== "") && control.clause !== lastClause) {
      html += `<blockquote>${e(T.clauseText[l])} ${e(control.clause)}: ${heading}${e(body)}</blockquote>\n`;
    }
    lastClause = control.clause;
    html += `<table><tbody>\n<tr><th>${e(T.provenance[l])}</th><td>${e(provenanceTag(control.clause, control.provenance, l))}</td></tr>\n`;
    html += `<tr><th>${e(T.requirement[l])}</th><td>${e(control.requirement[l])}</td></tr>\n`;
    for (const [name, spec] of Object.entries(control.parameters)) {
      const value = policy.parameters[control.id]?.[name] ?? spec.default;
      html += `<tr><th>${e(T.parameter[l])}</th><td>${e(spec.description[l])} = <strong>${e(String(value))}</strong> ${e(unitLabel(spec.unit, l))}</td></tr>\n`;
    }
    html += `</tbody></table>\n`;
    if (section.questions.length > 0) {
      html += `<table class="questions"><thead><tr><th>${e(H.number[l])}</th><th>${e(H.question[l])}</th><th>${e(H.how[l])}</th><th>${e(H.answer[l])}</th></tr></thead><tbody>\n`;
      for (const question of section.questions) {
        const known = numbers.get(question.id);
        if (known !== undefined) {
          html += `<tr><td class="no">Q${known}</td><td><code>${e(question.id)}</code>${l === "ja" ? `（${e(T.seeAbove[l])}）` : ` (${e(T.seeAbove[l])})`}</td><td></td><td></td></tr>\n`;
          continue;
        }
        const n = numbers.size + 1;
        numbers.set(question.id, n);
        html += `<tr><td class="no">Q${n}</td><td>${e(question.text[l])}<br><code>${e(question.id)}</code></td><td>${fixedHtml(how(question, l))}</td><td class="answer"></td></tr>\n`;
      }
      html += `</tbody></table>\n`;
    }
    html += `</section>\n`;
  }
  const template = checklistAnswersTemplate({ ...options, policy });
  html += `<section>\n<h2>${e(T.answersFile[l])}</h2>\n<p>${fixedHtml(T.answersIntro[l])}</p>\n<pre><code>${JSON.stringify(template, null, 2).split("\n").map(e).join("\n")}</code></pre>\n</section>\n`;
  return `${html}</body>\n</html>\n`;
}
