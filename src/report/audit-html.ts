import type { Outcome } from "../decision/decision.js";
import type { Locale } from "../definitions/localized-text.js";
import type { AuditReport, AuditReportHead, ReportGroupCounts } from "./audit-report.js";
import { OUTCOME_LABELS, provenanceTag, STATUS_LABELS } from "./labels.js";
import { formatCount, formatShare, generatedLabel, inputsLabel, KIND_LABELS, moreNote, PROVENANCE_LABELS, REPORT_STRINGS as S } from "./report-strings.js";
import { renderWith, type ReportWriter } from "./report-writer.js";
import { overlayLabel } from "./overlay-of.js";
import { escapeHtml } from "./escape-text.js";

export { escapeHtml } from "./escape-text.js";

const OUTCOME_ORDER = ["non-compliant", "needs-review", "compliant", "not-applicable"] as const;

const OUTCOME_CLASS: Readonly<Record<Outcome, string>> = {
  "non-compliant": "ng",
  "needs-review": "review",
  compliant: "ok",
  "not-applicable": "na",
};

// Inline, so that the file is self-contained; the Content-Security-Policy forbids loading anything.
const STYLE = `
@page { size: A4; margin: 15mm 14mm 17mm; }
:root { color-scheme: light; --ng: #b3261e; --review: #8a5a00; --ok: #1e6b35; --na: #5f6368; --line: #d0d4da; }
body { font-family: "Hiragino Sans", "Noto Sans JP", "Yu Gothic", Meiryo, system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1f24; line-height: 1.6; }
h1 { font-size: 1.6rem; border-bottom: 3px solid #1b1f24; padding-bottom: .3rem; }
h2 { font-size: 1.25rem; margin-top: 2.2rem; border-left: 6px solid #1b1f24; padding-left: .5rem; }
h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.sub td:first-child { padding-left: 1.6rem; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: .8rem; color: #fff; font-size: .85rem; white-space: nowrap; }
.ng { background: var(--ng); } .review { background: var(--review); } .ok { background: var(--ok); } .na { background: var(--na); }
.bar { display: flex; height: 1.1rem; border-radius: .3rem; overflow: hidden; margin: .6rem 0; background: #eceff1; }
.bar span { display: block; height: 100%; }
code { font-size: .85em; color: #444; }
.note { border: 1px solid var(--line); background: #f8f9fa; padding: .5rem .8rem; font-size: .92rem; }
tr.sign td { height: 2.2rem; }
.muted { color: #5f6368; font-size: .9rem; }
footer { margin-top: 3rem; color: #5f6368; font-size: .85rem; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media print { body { margin: 0; max-width: none; font-size: 10pt; } .bar, .badge, th { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
`.trim();

function badge(outcome: Outcome, l: Locale): string {
  return `<span class="badge ${OUTCOME_CLASS[outcome]}">${escapeHtml(OUTCOME_LABELS[outcome][l])}</span>`;
}

function cells(tag: "td" | "th", values: readonly string[], numeric: readonly number[] = []): string {
  return values.map((value, i) => `<${tag}${tag === "td" && numeric.includes(i) ? ' class="n"' : ""}>${value}</${tag}>`).join("");
}

function detailNote(more: number, shown: number, l: Locale): string {
  return l === "ja"
    ? `詳細は最初の ${formatCount(shown)} 件のみ示し、ほか ${formatCount(more)} 件は省略した（上の件数は全件を含む）。全件の詳細は --format json 又は --detail all で得られる。`
    : `Only the first ${formatCount(shown)} subjects are shown in detail; ${formatCount(more)} more are not (the counts above include them all). Use --format json or --detail all for every one.`;
}

function groupRow(name: string, counts: ReportGroupCounts): string {
  const o = counts.outcomes;
  return `<tr>${cells("td", [name, ...[o["non-compliant"], o["needs-review"], o.compliant, o["not-applicable"], counts.total].map(formatCount)], [1, 2, 3, 4, 5])}</tr>\n`;
}

/** The summaries by organisation (5(1)) and by zone (7(3)). */
function groupTables(head: AuditReportHead, l: Locale): string {
  const e = escapeHtml;
  const columns = [OUTCOME_LABELS["non-compliant"][l], OUTCOME_LABELS["needs-review"][l], OUTCOME_LABELS.compliant[l], OUTCOME_LABELS["not-applicable"][l], S.total[l]].map(e);
  let html = `<h2>${e(S.byOrganization[l])}</h2>\n<table class="groups"><thead><tr>${cells("th", [e(S.organization[l]), ...columns])}</tr></thead><tbody>\n`;
  for (const r of head.byOrganization) html += groupRow(r.organization === undefined ? e(r.name) : `${e(r.name)} <code>${e(r.organization)}</code>`, r);
  html += `</tbody></table>\n<h2>${e(S.byZone[l])}</h2>\n<p class="muted">${e(S.zoneNote[l])}</p>\n<table class="groups"><thead><tr>${cells("th", [e(S.zone[l]), ...columns])}</tr></thead><tbody>\n`;
  for (const r of head.byZone) html += groupRow(r.zone === undefined ? e(r.name) : `${e(r.name)} <code>${e(r.zone)}</code>`, r);
  return `${html}</tbody></table>\n`;
}

/** The subjects out of scope, each with why. */
function outOfScopeSection(head: AuditReportHead, l: Locale): string {
  const e = escapeHtml;
  let html = `<h2>${e(S.outOfScope[l])} (${formatCount(head.outOfScope.total)})</h2>\n`;
  if (head.outOfScope.total === 0) return `${html}<p>${e(S.outOfScopeNone[l])}</p>\n`;
  html += `<p class="muted">${e(S.outOfScopeNote[l])}</p>\n<table class="out-of-scope"><thead><tr>${cells("th", ["#", S.subjectLabel[l], S.organization[l], S.clause[l], S.reason[l]].map(e))}</tr></thead><tbody>\n`;
  for (const entry of head.outOfScope.subjects) {
    const label = [entry.id ?? `#${entry.index + 1}`, entry.name].filter((part) => part !== undefined).join(" ");
    html += `<tr>${cells("td", [String(entry.index + 1), e(label), e(entry.organization ?? ""), e(entry.clause), e(entry.reason)], [0])}</tr>\n`;
  }
  html += `</tbody></table>\n`;
  const more = head.outOfScope.total - head.outOfScope.subjects.length;
  return more > 0 ? `${html}<p class="muted">${e(moreNote(more, l))}</p>\n` : html;
}

/** How many listed subjects the HTML report shows in detail by default; the counts always cover all. */
export const HTML_DETAIL_LIMIT = 500;

/** Options of the HTML report. */
export interface AuditHtmlOptions {
  /**
   * How many of the non-compliant and needs-review subjects to show in detail: `"all"`, or at most
   * this many (default {@link HTML_DETAIL_LIMIT}), with a note of how many more and how to get them.
   */
  readonly detail?: number | "all";
}

/** The HTML report, in parts. */
export function htmlWriter(options?: AuditHtmlOptions): ReportWriter {
  const limit = options?.detail === "all" ? Number.POSITIVE_INFINITY : Math.max(0, options?.detail ?? HTML_DETAIL_LIMIT);
  return {
    head(head: AuditReportHead) {
      const l = head.locale;
      const e = escapeHtml;
      const overlay = head.overlay === undefined ? S.none[l] : overlayLabel(head.overlay);
      let html = `<!DOCTYPE html>\n<html lang="${l}">\n<head>\n<meta charset="utf-8">\n`;
      html += `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n`;
      html += `<meta name="viewport" content="width=device-width, initial-scale=1">\n`;
      html += `<title>${e(S.title[l])} — ${e(head.policy.id)} ${e(head.policy.version)}${head.asOf === undefined ? "" : ` (${e(head.asOf)})`}</title>\n`;
      html += `<style>\n${STYLE}\n</style>\n</head>\n<body>\n<h1>${e(S.title[l])}</h1>\n`;
      html += `<p class="note">${e(S.notAudit[l])}</p>\n`;
      html += `<table class="meta"><tbody>\n`;
      html += `<tr><th>${e(S.policy[l])}</th><td>${e(head.policy.title)} <code>${e(head.policy.id)} ${e(head.policy.version)}</code></td></tr>\n`;
      html += `<tr><th>${e(S.overlay[l])}</th><td>${e(overlay)}</td></tr>\n`;
      if (head.classificationScheme !== undefined) html += `<tr><th>${e(S.scheme[l])}</th><td>${e(head.classificationScheme.name)} <code>${e(head.classificationScheme.id)} ${e(head.classificationScheme.version)}</code><br>${e(head.classificationScheme.levels)}</td></tr>\n`;
      html += `<tr><th>${e(S.asOf[l])}</th><td>${e(head.asOf ?? S.asOfNone[l])}</td></tr>\n`;
      html += `<tr><th>${e(S.inputs[l])}</th><td>${e(inputsLabel(head.inputs, l))}</td></tr>\n`;
      html += `<tr><th>${e(S.generatedAt[l])}</th><td>${e(generatedLabel(head.generated, l))}</td></tr>\n`;
      html += `<tr><th>${e(S.subjects[l])}</th><td>${formatCount(head.total)}</td></tr>\n`;
      html += `<tr class="sign"><th>${e(S.preparedBy[l])}</th><td></td></tr>\n<tr class="sign"><th>${e(S.checkedBy[l])}</th><td></td></tr>\n</tbody></table>\n`;

      html += `<h2>${e(S.summary[l])}</h2>\n<div class="bar" role="img" aria-label="${e(S.summary[l])}">`;
      for (const outcome of OUTCOME_ORDER) {
        const count = head.outcomes[outcome];
        if (count > 0) html += `<span class="${OUTCOME_CLASS[outcome]}" style="width:${((count * 100) / head.total).toFixed(3)}%" title="${e(OUTCOME_LABELS[outcome][l])}: ${formatCount(count)}"></span>`;
      }
      html += `</div>\n<table><thead><tr>${cells("th", [S.outcome[l], S.count[l], S.share[l]])}</tr></thead><tbody>\n`;
      for (const outcome of OUTCOME_ORDER) {
        html += `<tr>${cells("td", [badge(outcome, l), formatCount(head.outcomes[outcome]), formatShare(head.outcomes[outcome], head.total)], [1, 2])}</tr>\n`;
      }
      html += `</tbody></table>\n`;
      const kinds = Object.entries(head.kinds) as [keyof typeof KIND_LABELS, number][];
      if (kinds.length > 0) {
        html += `<table><thead><tr>${cells("th", [S.kind[l], S.count[l]])}</tr></thead><tbody>\n`;
        for (const [kind, count] of kinds) html += `<tr>${cells("td", [`${e(KIND_LABELS[kind][l])} <code>${e(kind)}</code>`, formatCount(count)], [1])}</tr>\n`;
        html += `</tbody></table>\n`;
      }

      html += `<h2>${e(S.byControl[l])}</h2>\n<table><thead><tr>`;
      html += cells("th", [S.clause[l], S.control[l], S.provenance[l], S.fail[l], S.manual[l], S.pass[l], S.notApplicable[l]]);
      html += `</tr></thead><tbody>\n`;
      const unused: string[] = [];
      for (const c of head.controls) {
        if (c.pass + c.fail + c.manual === 0) {
          unused.push(`<code>${e(c.control)}</code>`);
          continue;
        }
        const values = [e(c.clause), `${e(c.title)} <code>${e(c.control)}</code>`, e(PROVENANCE_LABELS[c.provenance][l])];
        html += `<tr>${cells("td", [...values, formatCount(c.fail), formatCount(c.manual), formatCount(c.pass), formatCount(c["not-applicable"])], [3, 4, 5, 6])}</tr>\n`;
      }
      html += `</tbody></table>\n`;
      if (unused.length > 0) html += `<p class="muted">${e(S.unusedControls[l])}: ${unused.join(", ")}</p>\n`;

      html += `<h2>${e(S.byThreat[l])}</h2>\n<p class="muted">${e(S.threatNote[l])}</p>\n<table><thead><tr>`;
      html += `${cells("th", [S.threat[l], S.fail[l], S.manual[l], S.pass[l]])}</tr></thead><tbody>\n`;
      for (const t of head.threats) {
        if (t.parent !== undefined && t.pass + t.fail + t.manual === 0) continue;
        const name = t.parent === undefined ? `<strong>${e(t.threat)} ${e(t.name)}</strong>` : `${e(t.threat)} ${e(t.name)}`;
        html += `<tr${t.parent === undefined ? "" : ' class="sub"'}>${cells("td", [name, formatCount(t.fail), formatCount(t.manual), formatCount(t.pass)], [1, 2, 3])}</tr>\n`;
      }
      html += `</tbody></table>\n${groupTables(head, l)}<h2>${e(l === "ja" ? "例外措置" : "Exceptions")}</h2>\n`;
      if (head.exceptions.length === 0) html += `<p>${e(l === "ja" ? "なし。" : "None.")}</p>\n`;
      else {
        const heads = l === "ja" ? ["参照番号", "有効期間", "経路", "適用した管理策", "適用しなかった管理策", "対象"] : ["Reference", "Period", "Link", "Used for", "Rejected for", "Subjects"];
        html += `<table><thead><tr>${cells("th", heads)}</tr></thead><tbody>\n`;
        for (const x of head.exceptions) {
          const subjects = `${e(x.subjects.join(", "))}${x.subjectCount > x.subjects.length ? ", …" : ""} (${formatCount(x.subjectCount)})`;
          const used = x.controls.map((id) => `<code>${e(id)}</code>`).join(", ");
          const rejected = x.rejected.map((r) => `<code>${e(r.control)}</code> (${e(r.reason)})`).join(", ");
          const link = x.link === undefined ? "" : `${e(x.link.from)}→${e(x.link.to)}`;
          html += `<tr>${cells("td", [e(x.reference), `${e(x.validFrom ?? "")}〜${e(x.validUntil)}`, link, used, rejected, subjects])}</tr>\n`;
        }
        html += `</tbody></table>\n`;
      }
      html += `<h2>${e(S.listed[l])}</h2>\n`;
      return html;
    },
    subject(entry, position, head) {
      if (position >= limit) return "";
      const l = head.locale;
      const e = escapeHtml;
      const label = [entry.id ?? `#${entry.index + 1}`, entry.name].filter((part) => part !== undefined).join(" ");
      let html = `<section>\n<h3>${position + 1}. ${e(label)} ${badge(entry.outcome, l)} <span class="muted">${e(KIND_LABELS[entry.kind][l])}</span></h3>\n`;
      html += `<table><thead><tr>${cells("th", [S.clauseSource[l], S.control[l], S.status[l], S.reason[l], S.remediation[l]])}</tr></thead><tbody>\n`;
      for (const f of entry.findings) {
        const status = `<span class="badge ${f.status === "fail" ? "ng" : "review"}">${e(STATUS_LABELS[f.status][l])}</span>`;
        html += `<tr>${cells("td", [e(provenanceTag(f.clause, f.provenance, l)), `${e(f.title)}<br><code>${e(f.control)}</code>`, status, e(f.reason), e(f.remediation ?? "")])}</tr>\n`;
      }
      return `${html}</tbody></table>\n</section>\n`;
    },
    tail(head, listed) {
      const l = head.locale;
      const more = listed - Math.min(listed, limit);
      const none = listed === 0 ? `<p>${escapeHtml(S.listedNone[l])}</p>\n` : more > 0 ? `<p class="note more">${escapeHtml(detailNote(more, limit, l))}</p>\n` : "";
      return `${none}${outOfScopeSection(head, l)}<footer>${escapeHtml(S.generatedBy[l])}: @miyagi-kouiki/infosec-policy — ${escapeHtml(head.policy.id)} ${escapeHtml(head.policy.version)}</footer>\n</body>\n</html>\n`;
    },
  };
}

/**
 * Renders an audit report as one self-contained HTML file: inline CSS, no script, no external
 * request (a Content-Security-Policy forbids any), every text escaped. It shows what the Markdown
 * report shows (policy, overlay, `asOf`; summary by outcome; tables per control and per threat;
 * the subjects with each finding's clause, reason and remediation), in the report's language, and
 * prints cleanly.
 *
 * Printed, it is laid out for A4 (`@page { size: A4 }`), with table headers repeated on every page,
 * rows never split and no heading left at the foot of a page. For a large inventory only the first
 * {@link HTML_DETAIL_LIMIT} listed subjects are shown in detail (pass `{ detail: "all" }` for every
 * one), with a note of how many more; the counts always cover every subject.
 *
 * @param report - The report, from `buildAuditReport` (or `createAuditReporter`).
 * @param options - How many listed subjects to show in detail (default {@link HTML_DETAIL_LIMIT}).
 * @returns The HTML document.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { buildAuditReport, renderAuditHtml } from "@miyagi-kouiki/infosec-policy";
 *
 * writeFileSync("audit.html", renderAuditHtml(buildAuditReport(inventory, { asOf: "2026-11-25", locale: "en" })));
 * ```
 */
export function renderAuditHtml(report: AuditReport, options?: AuditHtmlOptions): string {
  return renderWith(htmlWriter(options), report);
}
