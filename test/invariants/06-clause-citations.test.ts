/**
 * Invariant 6: "Every finding cites a clause that exists, and its Japanese text is in the source
 * document." The Japanese text of a clause is its heading and its paragraphs
 * (src/definitions/clauses.ts); it must appear in source/basic-policy.ja.txt once white
 * space (the PDF's line breaks and indentation) is removed, piece by piece and, with its
 * numbering marker in front, as one contiguous run.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, getClause, hasClause, policies, policy, type Clause, type Decision } from "../../src/index.js";
import { asOfOptionArbitrary, subjectArbitrary } from "../arbitraries/subjects.js";
import { RUNS, control } from "./support.js";

const source = readFileSync(new URL("../../source/basic-policy.ja.txt", import.meta.url), "utf8");
const strip = (text: string): string => text.replace(/\s+/gu, "");
const strippedSource = strip(source);

/** The Japanese pieces of a clause: heading (if any), then each paragraph. */
function japanesePieces(clause: Clause): string[] {
  return [...(clause.heading === undefined ? [] : [clause.heading.ja]), ...clause.paragraphs.map((paragraph) => paragraph.ja)];
}

/** Why a clause reference fails the invariant, or `undefined`. */
function citationProblem(ref: string): string | undefined {
  if (!hasClause(ref)) return `clause ${JSON.stringify(ref)} does not exist`;
  const clause = getClause(ref);
  const pieces = japanesePieces(clause);
  if (pieces.length === 0) return `clause ${ref} has no Japanese text`;
  for (const piece of pieces) {
    if (!strippedSource.includes(strip(piece))) return `clause ${ref}: ${JSON.stringify(piece.slice(0, 40))}… is not in the source`;
  }
  if (!strippedSource.includes(strip(clause.marker + pieces.join("")))) return `clause ${ref}: marker, heading and paragraphs are not one run of the source`;
  return undefined;
}

const checked = new Map<string, string | undefined>();
function expectCitationOk(ref: string): void {
  if (!checked.has(ref)) checked.set(ref, citationProblem(ref));
  expect(checked.get(ref)).toBeUndefined();
}

function expectDecisionCitesWell(decision: Decision): void {
  for (const finding of decision.findings) {
    expectCitationOk(finding.clause);
    // The clause a finding cites is its control's clause, and so is the provenance.
    expect(finding.clause).toBe(control(finding.control).clause);
    expect(finding.provenance).toBe(control(finding.control).provenance);
  }
}

describe("Invariant 6: every finding cites a clause that exists, and its Japanese text is in the source document", () => {
  it("reads the source document", () => {
    expect(strippedSource).toContain("情報セキュリティ基本方針");
  });

  it("holds for the clause of every control of every shipped policy (so for every finding any of them can produce)", () => {
    const refs = new Set<string>();
    for (const shipped of policies) {
      for (const each of shipped.controls) {
        expect(citationProblem(each.clause), each.id).toBeUndefined();
        refs.add(each.clause);
      }
    }
    // Sanity: the catalog cites the sections and items it is built from.
    for (const ref of ["5(1)", "6", "7(1)", "7(2)", "7(3)①", "7(3)②", "7(4)", "7(5)", "7(6)", "7(7)", "7(8)", "8", "9", "10", "11"]) expect(refs).toContain(ref);
  });

  it("holds for every finding of random decisions of every kind (fast-check)", () => {
    fc.assert(
      fc.property(subjectArbitrary, asOfOptionArbitrary, fc.constantFrom("ja" as const, "en" as const), (subject, asOf, locale) => {
        expectDecisionCitesWell(evaluate(subject, asOf === undefined ? { locale } : { locale, asOf }));
      }),
      { numRuns: RUNS.light },
    );
  });

  it("holds for every finding of decisions made with each shipped policy", () => {
    fc.assert(
      fc.property(subjectArbitrary, fc.constantFrom(...policies), (subject, pinned) => {
        for (const finding of evaluate(subject, { policy: pinned }).findings) expectCitationOk(finding.clause);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it("every clause of the policy data itself is in the source (so any clause a finding could cite is)", () => {
    for (const clause of policy.clauses) expect(citationProblem(clause.ref), clause.ref).toBeUndefined();
  });
});
