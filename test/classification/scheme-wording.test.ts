import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  audit,
  classificationSchemes,
  extendPolicy,
  guidelineClassificationScheme,
  policy,
  requirementsFor,
  rewordForScheme,
  schemeRewording,
  schemeWording,
  THRESHOLD_NAMES,
  toOscalAssessmentResults,
  toOscalCatalog,
  type ClassificationScheme,
  type LocalizedText,
  type Policy,
  type Subject,
} from "../../src/index.js";
import { compilePolicy } from "../../src/engine/compile-policy.js";
import { buildAuditReport } from "../../src/report/audit-report.js";
import { renderAuditHtml } from "../../src/report/audit-html.js";
import { renderAuditMarkdown } from "../../src/report/audit-markdown.js";
import { renderAuditText } from "../../src/report/audit-text.js";
import {
  renderChecklist,
  renderChecklistHtml,
} from "../../src/report/checklist.js";
import { runCli } from "../cli/support.js";

// The catalog's controls, verdict messages and handling requirements are written in the default
// scheme's words (機密性2以上, 完全性2, …). Under a policy whose scheme is another, every finding,
// requirement, checklist line and OSCAL statement names the thresholds in that scheme's labels;
// under the default scheme nothing changes.

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
const OTHER_SCHEMES = ["guideline-r6", "importance-i-iv"] as const;
const ORGANIZATIONS = [
  "secretariat",
  "assembly-secretariat",
  "audit-secretariat",
  "election-commission",
] as const;
const TIMESTAMP = "2026-11-25T09:00:00+09:00";

/** Every label of a scheme (levels, thresholds and their wording), longest first. */
function labelsOf(scheme: ClassificationScheme): string[] {
  const wording = schemeWording(scheme);
  const out = new Set<string>();
  for (const dimension of [
    "confidentiality",
    "integrity",
    "availability",
  ] as const) {
    for (const level of scheme.dimensions[dimension].levels)
      for (const text of [level.label.ja, level.label.en]) out.add(text);
  }
  for (const name of THRESHOLD_NAMES)
    for (const text of [wording[name].atLeast, wording[name].below])
      for (const t of [text.ja, text.en]) out.add(t);
  return [...out].sort((a, b) => b.length - a.length);
}

/** The default scheme's level labels that the scheme does not share, as patterns (English case-insensitive). */
function foreignLabels(scheme: ClassificationScheme): RegExp[] {
  const own = new Set(labelsOf(scheme).map((label) => label.toLowerCase()));
  const out: RegExp[] = [];
  for (const dimension of [
    "confidentiality",
    "integrity",
    "availability",
  ] as const) {
    for (const level of guidelineClassificationScheme.dimensions[dimension]
      .levels) {
      for (const label of [level.label.ja, level.label.en]) {
        if (!own.has(label.toLowerCase()))
          out.push(
            new RegExp(
              `${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![0-9A-Za-z])`,
              "i"
            )
          );
      }
    }
  }
  return out;
}

/** The text with the scheme's own labels and the guideline basis notes (quoted in the source's words, deliberately not reworded) taken out. */
function withoutOwnWords(
  text: string,
  scheme: ClassificationScheme,
  notes: readonly string[]
): string {
  let rest = text;
  for (const note of notes) rest = rest.split(note).join(" ");
  for (const label of labelsOf(scheme))
    rest = rest.replace(
      new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"),
      " "
    );
  return rest;
}

/** Every basis note of the policy's controls and their parameters, in both languages, also JSON-escaped. */
function basisNotes(p: Policy): string[] {
  const notes: string[] = [];
  const add = (note: LocalizedText | undefined): void => {
    if (note === undefined) return;
    for (const text of [note.ja, note.en])
      notes.push(text, JSON.stringify(text).slice(1, -1));
  };
  for (const control of p.controls) {
    add(control.basis?.note);
    for (const spec of Object.values(control.parameters))
      add((spec as { basis?: { note?: LocalizedText } }).basis?.note);
  }
  return notes.sort((a, b) => b.length - a.length);
}

function expectNoDefaultLabels(
  text: string,
  scheme: ClassificationScheme,
  p: Policy,
  where: string
): void {
  const rest = withoutOwnWords(text, scheme, basisNotes(p));
  for (const pattern of foreignLabels(scheme)) {
    const match = pattern.exec(rest);
    expect(
      match === null
        ? null
        : `${where}: …${rest.slice(
            Math.max(0, match.index - 60),
            match.index + 30
          )}…`
    ).toBeNull();
  }
}

/** Every text of a policy that the reports print for its controls and handling requirements. */
function printedTexts(p: Policy): { where: string; text: LocalizedText }[] {
  const out: { where: string; text: LocalizedText }[] = [];
  for (const control of p.controls) {
    out.push(
      { where: `${control.id} title`, text: control.title },
      { where: `${control.id} requirement`, text: control.requirement },
      { where: `${control.id} remediation`, text: control.remediation }
    );
  }
  for (const requirement of p.handlingRequirements)
    out.push(
      { where: `${requirement.id} title`, text: requirement.title },
      { where: `${requirement.id} description`, text: requirement.description }
    );
  for (const locale of ["ja", "en"] as const) {
    for (const steps of Object.values(compilePolicy(p, locale).steps)) {
      for (const step of steps)
        for (const compiled of Object.values(step.verdicts))
          out.push({
            where: `${step.controlId} finding`,
            text: compiled.finding.message,
          });
    }
  }
  return out;
}

describe("schemeWording", () => {
  it.each(Object.keys(classificationSchemes))(
    "words each threshold of %s by its label, and what lies below it from its data",
    (id) => {
      const scheme = classificationSchemes[id]!;
      const wording = schemeWording(scheme);
      for (const name of THRESHOLD_NAMES) {
        expect(wording[name].atLeast).toEqual(scheme.thresholds[name].label);
        expect(wording[name].below.ja).not.toBe("");
        expect(wording[name].below.ja).not.toBe(wording[name].atLeast.ja);
      }
    }
  );

  it("gives the default scheme the catalog's own words", () => {
    const wording = schemeWording(guidelineClassificationScheme);
    expect(wording.confidential).toEqual({
      atLeast: { ja: "機密性2以上", en: "Confidentiality 2 or higher" },
      below: { ja: "機密性2未満", en: "below confidentiality 2" },
    });
    expect(wording["integrity-important"].below).toEqual({
      ja: "完全性1",
      en: "Integrity 1",
    });
    expect(wording["availability-important"].below).toEqual({
      ja: "可用性1",
      en: "Availability 1",
    });
  });

  it("gives the 令和6年10月 and Ⅰ–Ⅳ schemes theirs", () => {
    expect(
      schemeWording(classificationSchemes["guideline-r6"]!).confidential.below
    ).toEqual({
      ja: "自治体機密性2未満",
      en: "below municipal confidentiality 2",
    });
    expect(
      schemeWording(classificationSchemes["importance-i-iv"]!)[
        "integrity-important"
      ].below
    ).toEqual({
      ja: "重要性分類Ⅱ未満（完全性）",
      en: "below importance II (integrity)",
    });
  });
});

describe("schemeRewording", () => {
  const r6 = classificationSchemes["guideline-r6"]!;
  const importance = classificationSchemes["importance-i-iv"]!;

  it("rewords each way the catalog names a threshold, and only whole labels", () => {
    const reword = schemeRewording(guidelineClassificationScheme, r6);
    expect(
      reword({
        ja: "部外者による機密性2以上の情報。機密性2未満、完全性1かつ可用性1。機密性1の情報。機密性3の情報。",
        en: "of confidentiality 2 or above; below confidentiality 2; Confidentiality 1 at the start; confidentiality 3.",
      })
    ).toEqual({
      ja: "部外者による自治体機密性2以上の情報。自治体機密性2未満、完全性1かつ可用性1。自治体機密性2未満の情報。自治体機密性3Aの情報。",
      en: "of municipal confidentiality 2 or higher; below municipal confidentiality 2; Below municipal confidentiality 2 at the start; municipal confidentiality 3A.",
    });
    // Already the target's words (an organisation's text): left as they are, never 自治体自治体….
    const own = {
      ja: "自治体機密性2以上の情報と自治体機密性3A",
      en: "municipal confidentiality 2 or higher",
    };
    expect(reword(own)).toBe(own);
    expect(
      schemeRewording(
        guidelineClassificationScheme,
        importance
      )({ ja: "完全性2又は可用性2", en: "integrity 2 or availability 2" })
    ).toEqual({
      ja: "重要性分類Ⅱ以上（完全性）又は重要性分類Ⅱ以上（可用性）",
      en: "importance II or higher (integrity) or importance II or higher (availability)",
    });
  });

  it("is the identity for the same scheme, and for a copy of it every catalog text is unchanged (the default output stays as it was)", () => {
    const text = { ja: "機密性2以上", en: "confidentiality 2 or higher" };
    expect(schemeRewording(r6, r6)(text)).toBe(text);
    const copy = structuredClone(
      guidelineClassificationScheme
    ) as ClassificationScheme;
    const reword = schemeRewording(guidelineClassificationScheme, copy);
    for (const { text } of printedTexts(policy))
      expect(reword(text)).toBe(text);
  });

  it("never changes a text that names no level (property)", () => {
    const reword = schemeRewording(guidelineClassificationScheme, importance);
    fc.assert(
      fc.property(fc.string(), fc.string(), (ja, en) => {
        fc.pre(
          !/(機密性|完全性|可用性)[0-9]/.test(ja) &&
            !/(confidentiality|integrity|availability) [0-9]/i.test(en)
        );
        const text = { ja, en };
        expect(reword(text)).toBe(text);
      })
    );
  });

  it("rewords back: default → R6 → default gives the R6 words' default reading of each threshold", () => {
    const there = schemeRewording(guidelineClassificationScheme, r6);
    const back = schemeRewording(r6, guidelineClassificationScheme);
    const text = {
      ja: "機密性2以上の情報、機密性2未満の情報、完全性2",
      en: "confidentiality 2 or higher, below confidentiality 2, integrity 2",
    };
    expect(back(there(text))).toEqual(text);
  });
});

describe("rewordForScheme", () => {
  it("keeps checks, verdicts and ids, and an organisation's own controls as they are", () => {
    const r6 = classificationSchemes["guideline-r6"]!;
    const own = {
      ...policy.controls[0]!,
      provenance: "organization" as const,
      title: { ja: "機密性2以上の独自の管理策", en: "Own" },
    };
    const worded = rewordForScheme(
      [...policy.controls, own],
      policy.handlingRequirements,
      guidelineClassificationScheme,
      r6
    );
    expect(worded.controls.at(-1)).toBe(own);
    worded.controls.forEach((control, i) => {
      const before = [...policy.controls, own][i]!;
      expect(control.id).toBe(before.id);
      expect(control.checks).toBe(before.checks);
      expect(control.verdicts).toBe(before.verdicts);
    });
    expect(
      rewordForScheme(policy.controls, policy.handlingRequirements, r6, r6)
        .controls
    ).toBe(policy.controls);
  });
});

describe("the default scheme: every printed text is the catalog's", () => {
  it("findings carry the catalog's messages as written", () => {
    const compiled = compilePolicy(policy, "ja");
    for (const steps of Object.values(compiled.steps)) {
      for (const step of steps) {
        const control = policy.controls.find((c) => c.id === step.controlId);
        for (const [name, built] of Object.entries(step.verdicts)) {
          const verdict = control?.verdictsByName?.[name];
          if (verdict === undefined) throw new Error(`${step.controlId}: no verdict ${name}`);
          const message =
            typeof verdict.message === "function"
              ? verdict.message(step.parameters)
              : verdict.message;
          expect(built.finding.message).toEqual(message);
        }
      }
    }
  });

  it("an overlay that does not replace the scheme leaves every control and requirement text as it was", () => {
    const extended = extendPolicy(policy, {
      id: "no-scheme",
      version: "1.0.0",
      name: { ja: "試験", en: "Test" },
    } as never);
    expect(extended.handlingRequirements).toBe(policy.handlingRequirements);
    extended.controls.forEach((control, i) => {
      expect(control.title).toBe(policy.controls[i]!.title);
      expect(control.requirement).toBe(policy.controls[i]!.requirement);
    });
  });
});

describe.each(OTHER_SCHEMES)("under the %s scheme", (id) => {
  const scheme = classificationSchemes[id]!;
  const extended = extendPolicy(
    policy,
    read(`examples/schemes/overlay.${id}.json`) as never
  );
  const register = read(`examples/schemes/inventory.${id}.json`) as Subject[];

  it("no control title, requirement, remediation, handling requirement or finding names a level of the default scheme", () => {
    for (const { where, text } of printedTexts(extended)) {
      expectNoDefaultLabels(text.ja, scheme, extended, where);
      expectNoDefaultLabels(text.en, scheme, extended, where);
    }
  });

  it("the texts that named a default threshold name the scheme's", () => {
    const encryption = extended.controls.find(
      (control) => control.id === "confidential-encryption"
    )!;
    expect(encryption.title.ja).toContain(
      scheme.thresholds.confidential.label.ja
    );
    expect(encryption.requirement.ja).toContain(
      scheme.thresholds.confidential.label.ja
    );
    const secret = extended.handlingRequirements.find(
      (entry) => entry.threshold === "secret"
    )!;
    expect(secret.description.ja).toContain(scheme.thresholds.secret.label.ja);
  });

  it("requirementsFor under the scheme words every requirement in its labels, and the default's are the shipped ones", () => {
    const top = Object.fromEntries(
      (["confidentiality", "integrity", "availability"] as const).map((d) => [
        d,
        scheme.dimensions[d].levels.at(-1)!.id,
      ])
    ) as never;
    const result = requirementsFor(top, undefined, scheme);
    if (!result.ok) throw new Error("not ok");
    expect(result.requirements.length).toBeGreaterThan(0);
    for (const requirement of result.requirements) {
      for (const text of [requirement.title, requirement.description]) {
        expectNoDefaultLabels(
          text.ja,
          scheme,
          extended,
          `requirementsFor ${requirement.id}`
        );
        expectNoDefaultLabels(
          text.en,
          scheme,
          extended,
          `requirementsFor ${requirement.id}`
        );
      }
      expect(requirement.description).toEqual(
        extended.handlingRequirements.find(
          (entry) => entry.id === requirement.id
        )!.description
      );
    }
    const byDefault = requirementsFor({
      confidentiality: 3,
      integrity: 2,
      availability: 2,
    });
    if (!byDefault.ok) throw new Error("not ok");
    for (const requirement of byDefault.requirements)
      expect(requirement.description).toBe(
        policy.handlingRequirements.find(
          (entry) => entry.id === requirement.id
        )!.description
      );
  });

  it.each(["ja", "en"] as const)(
    "the audit report of the sample register, in every format, names no default level (%s)",
    (locale) => {
      const report = buildAuditReport(register, {
        policy: extended,
        asOf: "2026-11-25",
        locale,
      });
      for (const text of [
        renderAuditText(report),
        renderAuditMarkdown(report),
        renderAuditHtml(report),
      ])
        expectNoDefaultLabels(text, scheme, extended, `audit ${locale}`);
      expect(renderAuditText(report)).toContain(
        locale === "ja"
          ? scheme.thresholds.confidential.label.ja
          : scheme.thresholds.confidential.label.en.slice(1)
      );
    }
  );

  it.each(ORGANIZATIONS)(
    "the checklist of %s names no default level",
    (organization) => {
      for (const locale of ["ja", "en"] as const) {
        for (const text of [
          renderChecklist({
            organization,
            policy: extended,
            locale,
            asOf: "2026-11-25",
          }),
          renderChecklistHtml({
            organization,
            policy: extended,
            locale,
            asOf: "2026-11-25",
          }),
        ]) {
          expectNoDefaultLabels(
            text,
            scheme,
            extended,
            `checklist ${organization} ${locale}`
          );
        }
      }
    }
  );

  it("the OSCAL catalog and assessment results name no default level outside the quoted guideline basis", () => {
    const catalog = JSON.stringify(
      toOscalCatalog({ policy: extended, timestamp: TIMESTAMP })
    );
    expectNoDefaultLabels(catalog, scheme, extended, "oscal-catalog");
    expect(catalog).toContain(scheme.thresholds.confidential.label.ja);
    for (const locale of ["ja", "en"] as const) {
      const result = audit(register, { policy: extended, asOf: "2026-11-25" });
      expectNoDefaultLabels(
        JSON.stringify(
          toOscalAssessmentResults(result, {
            subjects: register,
            policy: extended,
            timestamp: TIMESTAMP,
            locale,
          })
        ),
        scheme,
        extended,
        `oscal-results ${locale}`
      );
    }
  });

  it("explain, run as a person would, names no default level outside the guideline basis", () => {
    for (const control of [
      "locked-storage-of-media",
      "outsider-confidential-access",
      "7(2)",
    ]) {
      for (const lang of ["ja", "en"]) {
        const run = runCli([
          "explain",
          control,
          "--overlay",
          `examples/schemes/overlay.${id}.json`,
          "--lang",
          lang,
        ]);
        expect(run.code, run.stderr).toBe(0);
        expectNoDefaultLabels(
          run.stdout,
          scheme,
          extended,
          `explain ${control} ${lang}`
        );
      }
    }
  });
});
