import { gloss } from "../definitions/glossary.js";
import type { Locale, LocalizedText } from "../definitions/localized-text.js";
import type { ChangeDirection, ClauseSnapshot, ControlFieldChange, ControlSnapshot, PolicyDiff, PolicyDiffSide } from "./diff-policies.js";
import { escapeMarkdown, markdownCode } from "../internal/escape-text.js";

const LABELS = {
  ja: {
    title: "ポリシーの差分",
    from: "変更前",
    to: "変更後",
    policy: "ポリシー",
    version: "版",
    effectiveDate: "適用開始日",
    overlays: "オーバーレイ",
    none: "なし",
    summary: "概要",
    noChange: "変更はない。",
    direction: "判定への影響",
    mayTighten: "適合の判定が不適合（又は要確認）になり得る",
    mayLoosen: "不適合の判定が適合になり得る",
    bump: "必要な版の更新（最小）",
    yes: "はい",
    no: "いいえ",
    clauses: "条項",
    controls: "管理策",
    added: "追加",
    removed: "削除",
    reworded: "文言の変更",
    changed: "変更",
    before: "変更前",
    after: "変更後",
    heading: "見出し",
    control: "管理策",
    titleColumn: "名称",
    clause: "条項",
    provenance: gloss("word.provenance").ja,
    kinds: "対象の種類",
    exceptions: "例外措置",
    admits: "認める",
    refuses: "認めない",
    parameters: "パラメータ",
    changeColumn: "変更内容",
    glossary: "組織の用語",
    otherParts: "その他の変更",
    parameter: "パラメータ",
    rule: "規則（適用条件・要件）",
    check: "判定の内容（検査・判定文）",
    stricterIs: { lower: gloss("word.lower-is-stricter").ja, higher: gloss("word.higher-is-stricter").ja },
    directions: { stricter: "厳格化", looser: "緩和", neutral: "影響なし", unknown: "不明（両方向あり得る）" },
    fields: {
      provenance: gloss("word.provenance").ja,
      clause: "条項",
      admitsException: "例外措置の可否",
      gate: "適用範囲の判定（ゲート）",
      kinds: "対象の種類",
      category: "分類",
      threats: "対処する脅威",
      title: "名称",
      requirement: "要求事項",
      remediation: "是正措置",
    },
  },
  en: {
    title: "Policy diff",
    from: "From",
    to: "To",
    policy: "Policy",
    version: "Version",
    effectiveDate: "Effective date",
    overlays: "Overlays",
    none: "none",
    summary: "Summary",
    noChange: "No change.",
    direction: "Effect on decisions",
    mayTighten: "Can turn a compliant decision into non-compliant (or needs-review)",
    mayLoosen: "Can turn a non-compliant decision into compliant",
    bump: "Least version bump",
    yes: "yes",
    no: "no",
    clauses: "Clauses",
    controls: "Controls",
    added: "Added",
    removed: "Removed",
    reworded: "Reworded",
    changed: "Changed",
    before: "Before",
    after: "After",
    heading: "Heading",
    control: "Control",
    titleColumn: "Title",
    clause: "Clause",
    provenance: "Provenance",
    kinds: "Applies to",
    exceptions: "Exceptions",
    admits: "admitted",
    refuses: "not admitted",
    parameters: "Parameters",
    changeColumn: "Change",
    glossary: "Organisation terms",
    otherParts: "Other changes",
    parameter: "Parameter",
    rule: "Rule (condition and requirement)",
    check: "Check logic or verdicts",
    stricterIs: { lower: "lower is stricter", higher: "higher is stricter" },
    directions: { stricter: "stricter", looser: "looser", neutral: "no effect", unknown: "unknown (either way)" },
    fields: {
      provenance: "Provenance",
      clause: "Clause",
      admitsException: "Exceptions admitted",
      gate: "Scope gate",
      kinds: "Applies to",
      category: "Category",
      threats: "Threats countered",
      title: "Title",
      requirement: "Requirement",
      remediation: "Remediation",
    },
  },
} as const;

type Labels = (typeof LABELS)[Locale];

/**
 * Makes text safe in a Markdown table cell (DESIGN.md invariant 15): no pipe splits the cell, no
 * newline ends the row, no markup or control character from an overlay's text gets through.
 */
function cell(text: string): string {
  return escapeMarkdown(text);
}

function code(text: string): string {
  return markdownCode(text);
}

function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
}

function value(v: unknown, labels: Labels): string {
  if (v === undefined) return "—";
  if (typeof v === "boolean") return v ? labels.yes : labels.no;
  if (typeof v === "string" || typeof v === "number") return String(v);
  return JSON.stringify(v);
}

function localized(text: LocalizedText | undefined, locale: Locale): string {
  return text === undefined ? "—" : text[locale];
}

function sideRows(from: PolicyDiffSide, to: PolicyDiffSide, labels: Labels): string[] {
  const overlays = (side: PolicyDiffSide) => (side.overlays.length === 0 ? labels.none : side.overlays.join(", "));
  return [
    `| | ${labels.from} | ${labels.to} |`,
    "|---|---|---|",
    `| ${labels.policy} | ${code(from.id)} | ${code(to.id)} |`,
    `| ${labels.version} | ${code(from.version)} | ${code(to.version)} |`,
    `| ${labels.effectiveDate} | ${from.effectiveDate} | ${to.effectiveDate} |`,
    `| ${labels.overlays} | ${cell(overlays(from))} | ${cell(overlays(to))} |`,
  ];
}

function clauseText(clause: ClauseSnapshot, locale: Locale): string {
  const heading = clause.heading === undefined ? "" : `${clause.heading[locale]}\n`;
  return heading + clause.paragraphs.map((paragraph) => paragraph[locale]).join("\n");
}

function controlTable(controls: readonly ControlSnapshot[], locale: Locale, labels: Labels): string[] {
  const rows = [
    `| ${labels.control} | ${labels.titleColumn} | ${labels.clause} | ${labels.provenance} | ${labels.kinds} | ${labels.exceptions} | ${labels.parameters} |`,
    "|---|---|---|---|---|---|---|",
  ];
  for (const control of controls) {
    const parameters = Object.entries(control.parameters).map(([name, v]) => `${name} = ${v}`).join(", ");
    rows.push(
      `| ${code(control.id)} | ${cell(control.title[locale])} | ${control.clause} | ${control.provenance} | ${cell(control.kinds.join(", "))} | ${
        control.admitsException ? labels.admits : labels.refuses
      } | ${cell(parameters === "" ? "—" : parameters)} |`,
    );
  }
  return rows;
}

function changeRow(change: ControlFieldChange, locale: Locale, labels: Labels): string {
  const direction = labels.directions[change.direction as ChangeDirection];
  switch (change.field) {
    case "parameter": {
      const how = change.stricter === undefined ? "" : `; ${labels.stricterIs[change.stricter]}`;
      return `| ${labels.parameter} ${code(change.name)} (${cell(change.unit)}${cell(how)}) | ${value(change.before, labels)} | ${value(change.after, labels)} | ${direction} |`;
    }
    case "title":
    case "requirement":
    case "remediation":
      return `| ${labels.fields[change.field]} | ${cell(localized(change.before, locale))} | ${cell(localized(change.after, locale))} | ${direction} |`;
    case "rule":
      return `| ${labels.rule} | ${cell(JSON.stringify(change.before))} | ${cell(JSON.stringify(change.after))} | ${direction} |`;
    case "check":
      return `| ${labels.check}${change.kinds.length === 0 ? "" : ` (${change.kinds.join(", ")})`} | ${cell(change.removedVerdicts.join("\n") || "—")} | ${cell(
        change.addedVerdicts.join("\n") || "—",
      )} | ${direction} |`;
    case "kinds":
    case "threats":
      return `| ${labels.fields[change.field]} | ${cell(change.before.join(", ") || "—")} | ${cell(change.after.join(", ") || "—")} | ${direction} |`;
    default:
      return `| ${labels.fields[change.field]} | ${cell(value(change.before, labels))} | ${cell(value(change.after, labels))} | ${direction} |`;
  }
}

/**
 * Prints a policy diff as Markdown for a reviewer (clause 9, 見直し): a summary of the effect on
 * decisions and the least version bump, then the clauses (with both texts of a reworded clause),
 * the controls added and removed (tables), and each changed control with one row per change and
 * its direction. Table cells are escaped, so any text prints safely.
 *
 * @param diff - A diff from `diffPolicies`.
 * @param locale - `ja` (default) or `en`: the labels and which text of each clause and title to show.
 * @returns The Markdown, ending with a newline.
 * @example
 * ```ts
 * import { diffPolicies, extendPolicy, policy, renderPolicyDiffMarkdown } from "@miyagi-kouiki/infosec-policy";
 *
 * const markdown = renderPolicyDiffMarkdown(diffPolicies(policy, extendPolicy(policy, overlay)), "en");
 * markdown.split("\n")[0]; // "# Policy diff: miyagi-kouiki-basic-policy 1.0.0 → …"
 * ```
 */
export function renderPolicyDiffMarkdown(diff: PolicyDiff, locale: Locale = "ja"): string {
  const labels = LABELS[locale];
  const out: string[] = [];
  out.push(`# ${labels.title}: ${diff.from.id} ${diff.from.version} → ${diff.to.id} ${diff.to.version}`, "");
  out.push(...sideRows(diff.from, diff.to, labels), "");

  out.push(`## ${labels.summary}`, "");
  if (diff.empty) out.push(labels.noChange, "");
  else {
    out.push(
      `- ${labels.direction}: **${labels.directions[diff.direction]}**`,
      `- ${labels.mayTighten}: **${diff.mayTighten ? labels.yes : labels.no}**`,
      `- ${labels.mayLoosen}: **${diff.mayLoosen ? labels.yes : labels.no}**`,
      `- ${labels.bump}: **${diff.bump}**`,
      `- ${labels.clauses}: +${diff.clauses.added.length} / −${diff.clauses.removed.length} / ~${diff.clauses.reworded.length}`,
      `- ${labels.controls}: +${diff.controls.added.length} / −${diff.controls.removed.length} / ~${diff.controls.changed.length}`,
      "",
    );
  }

  out.push(`## ${labels.clauses}`, "");
  const clauseCount = diff.clauses.added.length + diff.clauses.removed.length + diff.clauses.reworded.length;
  if (clauseCount === 0) out.push(labels.noChange, "");
  for (const [title, list] of [
    [labels.added, diff.clauses.added],
    [labels.removed, diff.clauses.removed],
  ] as const) {
    if (list.length === 0) continue;
    out.push(`### ${title}`, "");
    for (const clause of list) out.push(`#### ${clause.ref}`, "", quote(clauseText(clause, locale)), "");
  }
  if (diff.clauses.reworded.length > 0) {
    out.push(`### ${labels.reworded}`, "");
    for (const clause of diff.clauses.reworded) {
      out.push(`#### ${clause.ref} (${labels.directions[clause.direction]})`, "");
      out.push(`${labels.before}:`, "", quote(clauseText(clause.before, locale)), "", `${labels.after}:`, "", quote(clauseText(clause.after, locale)), "");
    }
  }

  out.push(`## ${labels.controls}`, "");
  const controlCount = diff.controls.added.length + diff.controls.removed.length + diff.controls.changed.length;
  if (controlCount === 0) out.push(labels.noChange, "");
  if (diff.controls.added.length > 0) out.push(`### ${labels.added}`, "", ...controlTable(diff.controls.added, locale, labels), "");
  if (diff.controls.removed.length > 0) out.push(`### ${labels.removed}`, "", ...controlTable(diff.controls.removed, locale, labels), "");
  if (diff.controls.changed.length > 0) {
    out.push(`### ${labels.changed}`, "");
    for (const control of diff.controls.changed) {
      out.push(`#### ${code(control.id)} ${escapeMarkdown(control.title[locale])} (${control.provenance}, ${control.clause})`, "");
      out.push(`| ${labels.changeColumn} | ${labels.before} | ${labels.after} | ${labels.direction} |`, "|---|---|---|---|");
      for (const change of control.changes) out.push(changeRow(change, locale, labels));
      out.push("");
    }
  }

  if (diff.glossary.length > 0) {
    out.push(`## ${labels.glossary}`, "", `| ID | ${labels.before} | ${labels.after} |`, "|---|---|---|");
    for (const term of diff.glossary) {
      const show = (t: typeof term.before) => (t === undefined ? "—" : `${t.term[locale]}: ${t.definition[locale]}`);
      out.push(`| ${code(term.id)} | ${cell(show(term.before))} | ${cell(show(term.after))} |`);
    }
    out.push("");
  }
  if (diff.otherParts.length > 0) out.push(`## ${labels.otherParts}`, "", ...diff.otherParts.map((part) => `- ${code(part)}`), "");
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}
