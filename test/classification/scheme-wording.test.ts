import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  audit,
  classificationSchemes,
  extendPolicy,
  guidelineClassificationScheme,
  policy,
  requirementsFor,
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
import { printedTexts } from "../support/printed-texts.js";

// The catalog's controls, verdict messages and handling requirements are written in the default
// scheme's words (機密性2以上, 完全性2, …). Under a policy whose scheme is another, every finding,
// requirement, checklist line and OSCAL statement names the thresholds in that scheme's labels;
// under the default scheme nothing changes. (The functions that word and reword a scheme are
// tested on their own in scheme-wording-functions.test.ts, which Stryker runs too: this file also
// runs the built CLI.)

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
