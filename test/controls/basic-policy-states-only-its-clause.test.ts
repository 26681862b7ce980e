import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import type { Control } from "../../src/controls/control.js";
import { clauses } from "../../src/definitions/clauses.js";
import type { Clause } from "../../src/definitions/clause.js";
import { policy } from "../../src/policy/policies.js";

// DESIGN "Provenance": a basic-policy control states only what its clause states: no role,
// number, interval, procedure or selection criterion that the clause does not contain. For every
// basic-policy control, each token below found in its Japanese texts (title, requirement, verdict
// messages, remediation) must appear in the text of its clause (with its sub-items), or of a
// clause its texts cite by reference (e.g. 「3(15)により」).

/** Roles, intervals, numbers, procedures and criteria the basic policy might not state. */
const TOKENS = [
  "CISO",
  "最高情報セキュリティ責任者",
  "情報セキュリティ管理者",
  "情報セキュリティ責任者",
  "責任者",
  "管理者",
  "統括",
  "委員会",
  "か月",
  "年以内",
  "毎年度",
  "年度",
  "時間",
  "日以内",
  "選定基準",
  "基準に基づ",
  "守秘義務",
  "再委託",
  "事故時",
  "報告",
  "承認",
  "許可",
  "共通実施手順",
  "手順書",
  "チェックリスト",
  "計画",
  "暗号化",
  "施錠",
  "研修",
  "無害化",
  "多要素",
  "二要素",
] as const;

/** Clause references written in a text, e.g. 3(15), 7(3)①, 基本方針4(2). */
const CLAUSE_REFERENCE = /基本方針(?:1[01]|[1-9])(?:\((?:1[0-9]|[1-9])\)[①-⑳]?)?|(?:1[01]|[1-9])\((?:1[0-9]|[1-9])\)[①-⑳]?/g;
const DIGITS = /[0-9０-９]/;

const byRef = new Map(clauses.map((clause) => [clause.ref, clause] as const));

/** The text of a clause with every clause beneath it (7(3) holds ①–③), in Japanese. */
function clauseWithItems(ref: string): string {
  const own = byRef.get(ref);
  if (own === undefined) return "";
  const below = clauses.filter((clause) => isBelow(clause, ref));
  return [own, ...below].map((clause) => [clause.heading?.ja ?? "", ...clause.paragraphs.map((p) => p.ja)].join("\n")).join("\n");
}

function isBelow(clause: Clause, ref: string): boolean {
  for (let parent = clause.parent; parent !== undefined; parent = byRef.get(parent)?.parent) if (parent === ref) return true;
  return false;
}

function messagesOf(control: Control): string[] {
  const parameters = policy.parameters[control.id] ?? {};
  return control.verdicts.map((verdict) => (typeof verdict.message === "function" ? verdict.message(parameters) : verdict.message).ja);
}

/** The Japanese texts of a control that are printed under 「根拠: 基本方針」. */
function textsOf(control: Control): string[] {
  return [control.title.ja, control.requirement.ja, control.remediation.ja, ...messagesOf(control)];
}

/** Every problem of a control: a token, or a digit outside a clause reference, absent from the clause text it may rely on. */
function problemsOf(control: Control): string[] {
  const texts = textsOf(control);
  const cited = new Set(texts.flatMap((text) => [...text.matchAll(/(?:基本方針|第)?((?:1[01]|[1-9])\((?:1[0-9]|[1-9])\)[①-⑳]?)/g)].map((m) => m[1] as string)));
  const source = [clauseWithItems(control.clause), ...[...cited].filter((ref) => byRef.has(ref)).map(clauseWithItems)].join("\n");
  const problems: string[] = [];
  for (const text of texts) {
    for (const token of TOKENS) {
      if (text.includes(token) && !source.includes(token)) problems.push(`${control.id}: 「${token}」 is not in clause ${control.clause}: ${text}`);
    }
    const withoutReferences = text.replace(CLAUSE_REFERENCE, "");
    // Full-width and ASCII digits are the same number (clause 10 writes ７、８及び９).
    const digit = withoutReferences.match(DIGITS);
    if (digit !== null && !source.normalize("NFKC").includes(digit[0].normalize("NFKC"))) problems.push(`${control.id}: a number (${digit[0]}) is not in clause ${control.clause}: ${text}`);
  }
  return [...new Set(problems)];
}

const basicPolicyControls = controlCatalog.filter((control) => control.provenance === "basic-policy");

describe("a basic-policy control states only what its clause states", () => {
  it("there are basic-policy controls to check, and the check reads their clause text", () => {
    expect(basicPolicyControls.length).toBeGreaterThan(10);
    for (const control of basicPolicyControls) expect(clauseWithItems(control.clause).length, control.id).toBeGreaterThan(10);
  });

  it.each(basicPolicyControls.map((control) => [control.id, control] as const))("%s: no role, number, interval, procedure or criterion beyond its clause", (_id, control) => {
    expect(problemsOf(control)).toEqual([]);
  });

  it("the check is not vacuous: planted wording beyond the clause is found", () => {
    const control = basicPolicyControls.find((each) => each.id === "audit-and-self-inspection") as Control;
    const planted = { ...control, remediation: { ja: "CISOの承認を得て、毎年度12か月以内に実施する。", en: "x" } } as Control;
    const found = problemsOf(planted).join("\n");
    for (const token of ["CISO", "承認", "毎年度", "か月", "a number (1)"]) expect(found).toContain(token);
    // A clause reference is not a number, and a token the clause holds is fine.
    const cited = { ...control, remediation: { ja: "基本方針8のとおり、定期的又は必要に応じて情報セキュリティ監査を実施する。", en: "x" } } as Control;
    expect(problemsOf(cited)).toEqual([]);
  });
});
