// Hand-drawn SVG charts: stacked horizontal bars of the four outcomes, one bar per group (the
// whole register, an organisation, a zone). Colours come from the stylesheet (classes o-*), the
// numbers are also written out, and each chart has a text alternative.
import { label, OUTCOME_LABEL, type Lang } from "./i18n.js";
import { OUTCOME_CODES } from "./protocol.js";

/** One bar: a group and how many of its subjects had each outcome. */
export interface BarRow {
  readonly name: string;
  readonly total: number;
  readonly outcomes: Readonly<Record<string, number>>;
}

/** The rows of a report's summary (by organisation or by zone) as bars. */
export function barRows(rows: readonly { readonly name: string; readonly total: number; readonly outcomes: Readonly<Record<string, number>> }[]): BarRow[] {
  return rows.map((row) => ({ name: row.name, total: row.total, outcomes: row.outcomes }));
}

/** The segments of a bar: outcome, start and width in percent of the bar (widths sum to 100 for a non-empty group). */
export function segments(row: BarRow): { outcome: string; start: number; width: number; count: number }[] {
  const out: { outcome: string; start: number; width: number; count: number }[] = [];
  if (row.total <= 0) return out;
  let start = 0;
  for (const outcome of OUTCOME_CODES) {
    const count = row.outcomes[outcome] ?? 0;
    if (count <= 0) continue;
    const width = (count * 100) / row.total;
    out.push({ outcome, start, width, count });
    start += width;
  }
  return out;
}

/** The shade (0 … 5) of a heat-map cell: 0 for no failures, else 1 … 5 by share of the maximum. */
export function heatColor(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((value / max) * 5)));
}

const SVG = "http://www.w3.org/2000/svg";

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** A stacked bar chart, with the counts in text beside each bar and a legend. */
export function stackedBars(rows: readonly BarRow[], lang: Lang, title: string): SVGElement {
  const rowHeight = 26;
  const labelWidth = 190;
  const barWidth = 300;
  const width = labelWidth + barWidth + 70;
  const height = rows.length * rowHeight + 30;
  const description = rows.map((row) => `${row.name}: ${OUTCOME_CODES.map((o) => `${label(OUTCOME_LABEL, o, lang)} ${row.outcomes[o] ?? 0}`).join(", ")}`).join("; ");
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `${title}: ${description}`, class: "chart", preserveAspectRatio: "xMinYMin meet" });
  chart.append(svg("title", {}, `${title}: ${description}`));
  rows.forEach((row, at) => {
    const y = at * rowHeight;
    chart.append(svg("text", { x: 0, y: y + 17, class: "chart-label" }, row.name.length > 16 ? `${row.name.slice(0, 15)}…` : row.name));
    chart.append(svg("rect", { x: labelWidth, y: y + 4, width: barWidth, height: 18, class: "chart-track" }));
    for (const segment of segments(row)) {
      const rect = svg("rect", { x: labelWidth + (segment.start * barWidth) / 100, y: y + 4, width: Math.max(0.5, (segment.width * barWidth) / 100), height: 18, class: `seg o-${segment.outcome}` });
      rect.append(svg("title", {}, `${row.name} · ${label(OUTCOME_LABEL, segment.outcome, lang)}: ${segment.count}`));
      chart.append(rect);
    }
    chart.append(svg("text", { x: labelWidth + barWidth + 6, y: y + 17, class: "chart-num" }, row.total.toLocaleString()));
  });
  let x = 0;
  const legendY = rows.length * rowHeight + 8;
  for (const outcome of OUTCOME_CODES) {
    chart.append(svg("rect", { x, y: legendY, width: 12, height: 12, class: `seg o-${outcome}` }));
    const text = label(OUTCOME_LABEL, outcome, lang);
    chart.append(svg("text", { x: x + 16, y: legendY + 11, class: "chart-legend" }, text));
    x += 16 + text.length * (lang === "ja" ? 13 : 7.5) + 16;
  }
  return chart;
}
