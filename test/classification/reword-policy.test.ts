import { describe, expect, it } from "vitest";
import {
  guidelineClassificationScheme,
  policy,
  rewordForScheme,
  schemeRewording,
  type HandlingRequirement,
  type WordedControl,
} from "../../src/index.js";
import { importance, r6 } from "../support/shipped-schemes.js";

// rewordForScheme words a policy's controls and handling requirements in the labels of another
// scheme, field by field, and keeps an object as it is (the same object) when nothing in it
// changes. Each field is tested on its own, so that a rewording that skipped one would show.

const reword = schemeRewording(guidelineClassificationScheme, r6);

const PLAIN = { ja: "職員の管理策", en: "A control of staff" };
const NAMED = { ja: "機密性2以上の情報の管理", en: "Handling of Confidentiality 2 or higher information" };
const NAMED_R6 = reword(NAMED);

function control(overrides: Partial<WordedControl> = {}): WordedControl & { readonly id: string } {
  return { id: "c", provenance: "guideline", title: PLAIN, requirement: PLAIN, remediation: PLAIN, ...overrides };
}

function requirement(overrides: Partial<HandlingRequirement> = {}): HandlingRequirement {
  return { ...policy.handlingRequirements[0]!, provenance: "guideline", title: PLAIN, description: PLAIN, ...overrides };
}

describe("rewordForScheme: one field at a time", () => {
  it("the phrase used is one the rewording changes", () => {
    expect(NAMED_R6).not.toEqual(NAMED);
    expect(NAMED_R6.ja).toBe("自治体機密性2以上の情報の管理");
    expect(reword(PLAIN)).toBe(PLAIN);
  });

  for (const field of ["title", "requirement", "remediation"] as const) {
    it(`rewords a control's ${field} alone, in a new object, and keeps the other fields`, () => {
      const before = control({ [field]: NAMED });
      const [after] = rewordForScheme([before], [], guidelineClassificationScheme, r6).controls;
      expect(after).not.toBe(before);
      expect(after![field]).toEqual(NAMED_R6);
      for (const other of ["title", "requirement", "remediation"] as const) if (other !== field) expect(after![other]).toBe(PLAIN);
      expect(after!.id).toBe("c");
      expect(after!.provenance).toBe("guideline");
    });
  }

  for (const field of ["title", "description"] as const) {
    it(`rewords a handling requirement's ${field} alone, in a new object`, () => {
      const before = requirement({ [field]: NAMED });
      const [after] = rewordForScheme([], [before], guidelineClassificationScheme, r6).handlingRequirements;
      expect(after).not.toBe(before);
      expect(after![field]).toEqual(NAMED_R6);
      expect(after![field === "title" ? "description" : "title"]).toBe(PLAIN);
      expect(after!.id).toBe(before.id);
      expect(after!.parameters).toBe(before.parameters);
    });
  }

  it("returns a control and a requirement with nothing to reword as the same objects", () => {
    const c = control();
    const r = requirement();
    const worded = rewordForScheme([c], [r], guidelineClassificationScheme, r6);
    expect(worded.controls[0]).toBe(c);
    expect(worded.handlingRequirements[0]).toBe(r);
  });

  it("keeps an organisation's own control and requirement in its own words, whatever they name", () => {
    const c = control({ provenance: "organization", title: NAMED, requirement: NAMED, remediation: NAMED });
    const r = requirement({ provenance: "organization", title: NAMED, description: NAMED });
    const worded = rewordForScheme([c], [r], guidelineClassificationScheme, r6);
    expect(worded.controls[0]).toBe(c);
    expect(worded.handlingRequirements[0]).toBe(r);
  });

  it("rewords a basic-policy control too (only organization is exempt)", () => {
    const c = control({ provenance: "basic-policy", title: NAMED });
    expect(rewordForScheme([c], [], guidelineClassificationScheme, r6).controls[0]!.title).toEqual(NAMED_R6);
  });

  it("keeps the order and the length of both lists", () => {
    const list = [control({ title: NAMED }), control(), control({ remediation: NAMED })];
    const worded = rewordForScheme(list, policy.handlingRequirements, guidelineClassificationScheme, importance);
    expect(worded.controls).toHaveLength(3);
    expect(worded.controls[1]).toBe(list[1]);
    expect(worded.controls[0]!.title).toEqual(schemeRewording(guidelineClassificationScheme, importance)(NAMED));
    expect(worded.handlingRequirements.map((entry) => entry.id)).toEqual(policy.handlingRequirements.map((entry) => entry.id));
  });

  it("returns the very lists it was given when the two schemes are the same object", () => {
    const controls = [control({ title: NAMED })];
    const requirements = [requirement({ title: NAMED })];
    const worded = rewordForScheme(controls, requirements, r6, r6);
    expect(worded.controls).toBe(controls);
    expect(worded.handlingRequirements).toBe(requirements);
  });

  it("rewords the shipped catalog into the 令和6年10月 words (the texts that name a threshold change)", () => {
    const worded = rewordForScheme(policy.controls, policy.handlingRequirements, guidelineClassificationScheme, r6);
    const changed = worded.controls.filter((c, i) => c !== policy.controls[i]);
    expect(changed.length).toBeGreaterThan(0);
    for (const c of changed) expect(JSON.stringify([c.title, c.requirement, c.remediation])).toMatch(/自治体機密性/);
    expect(worded.controls.find((c) => c.id === "confidential-encryption")?.title.ja).toBe("自治体機密性2以上の情報の暗号化");
  });
});
