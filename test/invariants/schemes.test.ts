/**
 * Invariants 4 and 9 of DESIGN.md, exhaustively, under every shipped classification scheme; the
 * mapping from the default scheme to the 令和6年10月 scheme never gives a less strict decision than
 * the base's; and no control or handling requirement compares levels as numbers.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allClassificationsOf,
  classificationSchemes,
  compileClassificationScheme,
  evaluate,
  extendPolicy,
  findClassificationMapping,
  guidelineClassificationScheme,
  mapClassification,
  policy,
  safeExtendPolicy,
  type ClassificationScheme,
  type Decision,
  type Policy,
  type SchemeClassification,
  type Subject,
} from "../../src/index.js";
import { ASSET_CATEGORIES, CHANNELS, PERSON_CATEGORIES, SAFEGUARDS, ZONES, strongerVariants } from "../arbitraries/subjects.js";
import { overlayWith, strictestChanges, strictestParameters } from "../overlay/support.js";
import { outcomeRank, statusRank } from "./support.js";

const SCHEMES: readonly ClassificationScheme[] = Object.values(classificationSchemes);

/** The base policy with a scheme chosen by an overlay (the default scheme: the base policy itself). */
function policyWith(scheme: ClassificationScheme, extra: Record<string, unknown> = {}): Policy {
  if (scheme === guidelineClassificationScheme && Object.keys(extra).length === 0) return policy;
  return extendPolicy(policy, overlayWith({ id: `scheme-${scheme.id}`, ...(scheme === guidelineClassificationScheme ? {} : { classificationScheme: scheme.id }), ...extra }) as never);
}

/** Every subject kind that carries a classification, over a finite grid, for one scheme's classifications. */
function grid(classifications: readonly (SchemeClassification | undefined)[]): Subject[] {
  const subjects: Subject[] = [];
  const withC = <S extends object>(s: S, c: SchemeClassification | undefined): S => (c === undefined ? { organization: "secretariat", ...s } : { organization: "secretariat", ...s, classification: c });
  for (const c of classifications) {
    for (const category of ASSET_CATEGORIES) {
      for (const zone of [undefined, ...ZONES]) {
        const base = zone === undefined ? { kind: "asset", category } : { kind: "asset", category, zone };
        for (const safeguards of [undefined, [], [...SAFEGUARDS]]) subjects.push(withC(safeguards === undefined ? base : { ...base, safeguards }, c) as Subject);
      }
    }
    for (const zone of ZONES) {
      for (const fromTerminal of [undefined, false, true]) {
        subjects.push(withC(fromTerminal === undefined ? { kind: "carry-out", zone } : { kind: "carry-out", zone, fromTerminal }, c) as Subject);
      }
    }
    for (const from of ZONES) for (const to of ZONES) for (const channel of CHANNELS) subjects.push(withC({ kind: "transfer", from, to, channel }, c) as Subject);
    for (const person of PERSON_CATEGORIES) subjects.push(withC({ kind: "access", person, operation: "read" }, c) as Subject);
    subjects.push(withC({ kind: "outsourcing", contractor: "委託先" }, c) as Subject);
  }
  return subjects;
}

function worsening(base: Decision, stronger: Decision): string | undefined {
  if (outcomeRank(stronger.outcome) > outcomeRank(base.outcome)) return `outcome ${base.outcome} → ${stronger.outcome}`;
  for (let i = 0; i < base.findings.length; i++) {
    const before = base.findings[i]!;
    const after = stronger.findings[i];
    if (after === undefined || after.control !== before.control) return "different controls ran";
    if (statusRank(after.status) > statusRank(before.status)) return `${before.control}: ${before.status} → ${after.status}`;
  }
  return undefined;
}

function weakening(base: Decision, extended: Decision): string | undefined {
  if (outcomeRank(extended.outcome) < outcomeRank(base.outcome)) return `outcome ${base.outcome} → ${extended.outcome}`;
  for (let i = 0; i < base.findings.length; i++) {
    const before = base.findings[i]!;
    const after = extended.findings[i];
    if (after === undefined || after.control !== before.control) return "different controls ran";
    if (statusRank(after.status) < statusRank(before.status)) return `${before.control}: ${before.status} → ${after.status}`;
  }
  return undefined;
}

describe.each(SCHEMES.map((scheme) => [scheme.id, scheme] as const))("under scheme %s", (_id, scheme) => {
  const schemePolicy = policyWith(scheme);
  const classifications = [undefined, ...allClassificationsOf(compileClassificationScheme(scheme))];
  const subjects = grid(classifications);

  it("the policy carries the scheme and accepts exactly its level ids", () => {
    expect(schemePolicy.classificationScheme).toBe(scheme);
    const other = SCHEMES.find((s) => s !== scheme && !allClassificationsOf(compileClassificationScheme(s)).every((c) => allClassificationsOf(compileClassificationScheme(scheme)).some((d) => JSON.stringify(c) === JSON.stringify(d))));
    if (other !== undefined) {
      const foreign = allClassificationsOf(compileClassificationScheme(other)).find((c) => !classifications.some((d) => JSON.stringify(c) === JSON.stringify(d)))!;
      expect(() => evaluate({ kind: "asset", category: "information", classification: foreign } as never, { policy: schemePolicy })).toThrow(/classification\./);
    }
  });

  it("invariant 4: adding a safeguard or an approval never makes the outcome worse (exhaustive grid)", () => {
    let pairs = 0;
    for (const subject of subjects) {
      const base = evaluate(subject, { policy: schemePolicy });
      for (const variant of strongerVariants(subject)) {
        const problem = worsening(base, evaluate(variant.subject, { policy: schemePolicy }));
        if (problem !== undefined) expect.fail(`${variant.how}: ${problem} for ${JSON.stringify(subject)}`);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(subjects.length);
  });

  it("invariant 9: an overlay that tightens everything never makes an outcome less strict (exhaustive grid)", () => {
    const strictest = policyWith(scheme, { parameters: strictestParameters(), changes: strictestChanges() });
    let stricter = 0;
    for (const subject of subjects) {
      const base = evaluate(subject, { policy: schemePolicy });
      const extended = evaluate(subject, { policy: strictest });
      const problem = weakening(base, extended);
      if (problem !== undefined) expect.fail(`${problem} for ${JSON.stringify(subject)}`);
      if (outcomeRank(extended.outcome) > outcomeRank(base.outcome)) stricter++;
    }
    // The tightening bites somewhere (appliesFromConfidentiality: 1 reaches the lowest level).
    expect(stricter).toBeGreaterThan(0);
  });
});

describe("mapping an asset from the default scheme to the 令和6年10月 scheme", () => {
  const mapping = findClassificationMapping("guideline", "guideline-r6")!;
  const r6Policy = policyWith(classificationSchemes["guideline-r6"]!);
  const defaults = allClassificationsOf(compileClassificationScheme(guidelineClassificationScheme));

  it("never yields a less strict decision than the base, for any subject and any reclassification the table allows (exhaustive)", () => {
    let pairs = 0;
    for (const subject of grid(defaults)) {
      const base = evaluate(subject, { policy });
      const classification = (subject as { classification?: SchemeClassification }).classification!;
      const candidates = mapClassification(mapping, classification);
      expect(candidates.length).toBeGreaterThan(0);
      for (const candidate of candidates) {
        const problem = weakening(base, evaluate({ ...subject, classification: candidate } as never, { policy: r6Policy }));
        if (problem !== undefined) expect.fail(`${problem}: ${JSON.stringify(classification)} → ${JSON.stringify(candidate)}`);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it("is not one-to-one for 機密性2, so each asset is reclassified, and a table that maps to a less strict level is rejected", () => {
    expect(mapClassification(mapping, { confidentiality: 2, integrity: 1, availability: 1 }).map((c) => c.confidentiality)).toEqual(["2", "3C", "3B"]);
    fc.assert(
      fc.property(fc.constantFrom(...defaults), fc.constantFrom("1", "2", "3C", "3B", "3A"), (from, to) => {
        const weakened = {
          ...mapping,
          dimensions: { ...mapping.dimensions, confidentiality: mapping.dimensions.confidentiality.map((row) => (row.from === from.confidentiality ? { from: row.from, to: [to] } : row)) },
        };
        const result = safeExtendPolicy(policy, overlayWith({ classificationScheme: "guideline-r6", classificationMapping: weakened }) as never);
        const lessStrict = (from.confidentiality as number) >= 2 && to === "1" || from.confidentiality === 3 && to !== "3A";
        expect(result.success).toBe(!lessStrict);
        if (!result.success) expect(result.error.issues.some((issue) => issue.code === "classification-less-strict")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("no control or handling requirement compares classification levels as numbers", () => {
  const root = new URL("../../src/", import.meta.url);
  const files = [
    ...readdirSync(new URL("controls/catalog/", root)).map((name) => `controls/catalog/${name}`),
    "classification/handling-requirements.ts",
    "classification/requirements-for.ts",
    "overlay/compile-rule.ts",
  ];

  it("the source has no comparison of a classification level with a number or with another level", () => {
    const offending: string[] = [];
    for (const file of files) {
      const text = readFileSync(new URL(file, root), "utf8");
      text.split("\n").forEach((line, index) => {
        if (/(confidentiality|integrity|availability)\s*[<>]=?/.test(line) || /[<>]=?\s*[\w.]*\.(confidentiality|integrity|availability)\b/.test(line) || /classification[\w.\]["]*\s*[<>]=?\s*\d/.test(line)) {
          offending.push(`${file}:${index + 1}: ${line.trim()}`);
        }
      });
    }
    expect(offending).toEqual([]);
  });

  it("a scheme with letter ids and the default's thresholds decides every subject exactly as the default does, relabelled", () => {
    const letters: Record<string, Record<number, string>> = { confidentiality: { 1: "c", 2: "b", 3: "a" }, integrity: { 1: "y", 2: "x" }, availability: { 1: "q", 2: "p" } };
    const relabel = (c: SchemeClassification): SchemeClassification => ({
      confidentiality: letters["confidentiality"]![c.confidentiality as number]!,
      integrity: letters["integrity"]![c.integrity as number]!,
      availability: letters["availability"]![c.availability as number]!,
    });
    const dims = guidelineClassificationScheme.dimensions;
    const lettered: ClassificationScheme = {
      ...guidelineClassificationScheme,
      id: "lettered",
      provenance: "organization",
      dimensions: {
        confidentiality: { ...dims.confidentiality, levels: dims.confidentiality.levels.map((l) => ({ ...l, id: letters["confidentiality"]![l.id as number]! })) },
        integrity: { ...dims.integrity, levels: dims.integrity.levels.map((l) => ({ ...l, id: letters["integrity"]![l.id as number]! })) },
        availability: { ...dims.availability, levels: dims.availability.levels.map((l) => ({ ...l, id: letters["availability"]![l.id as number]! })) },
      },
      thresholds: {
        confidential: { ...guidelineClassificationScheme.thresholds.confidential, atLeast: "b" },
        secret: { ...guidelineClassificationScheme.thresholds.secret, atLeast: "a" },
        "integrity-important": { ...guidelineClassificationScheme.thresholds["integrity-important"], atLeast: "x" },
        "availability-important": { ...guidelineClassificationScheme.thresholds["availability-important"], atLeast: "p" },
      },
    };
    const identity = (d: "confidentiality" | "integrity" | "availability") => dims[d].levels.map((l) => ({ from: l.id, to: [letters[d]![l.id as number]!] }));
    const letteredPolicy = extendPolicy(policy, overlayWith({
      classificationScheme: lettered,
      classificationMapping: { from: "guideline", to: "lettered", note: { ja: "文字に置き換え", en: "letters" }, dimensions: { confidentiality: identity("confidentiality"), integrity: identity("integrity"), availability: identity("availability") } },
    }) as never);
    let compared = 0;
    for (const subject of grid(allClassificationsOf(compileClassificationScheme(guidelineClassificationScheme)))) {
      const classification = (subject as { classification: SchemeClassification }).classification;
      const expected = evaluate(subject, { policy });
      const actual = evaluate({ ...subject, classification: relabel(classification) } as never, { policy: letteredPolicy });
      expect(actual.findings.map((f) => `${f.control}:${f.status}`)).toEqual(expected.findings.map((f) => `${f.control}:${f.status}`));
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
