import { describe, expect, it } from "vitest";
import {
  guidelineClassificationScheme,
  handlingRequirements,
  requirementsFor,
  schemeRewording,
} from "../../src/index.js";
import { importance, r6 } from "../support/shipped-schemes.js";

// requirementsFor under a scheme other than the default: the requirements apply by that scheme's
// thresholds and are worded in its labels; under the default scheme, given or not, they are the
// shipped texts.

describe("requirementsFor with a scheme", () => {
  it("words every requirement in the labels of another scheme", () => {
    for (const [scheme, top] of [
      [r6, { confidentiality: "3A", integrity: "2", availability: "2" }],
      [importance, { confidentiality: "I", integrity: "I", availability: "I" }],
    ] as const) {
      const result = requirementsFor(top, undefined, scheme);
      if (!result.ok) throw new Error("expected ok");
      const reword = schemeRewording(guidelineClassificationScheme, scheme);
      expect(result.requirements.map((r) => r.id)).toEqual(handlingRequirements.map((r) => r.id));
      let changed = 0;
      result.requirements.forEach((requirement, i) => {
        const shipped = handlingRequirements[i]!;
        expect(requirement.title).toEqual(reword(shipped.title));
        expect(requirement.description).toEqual(reword(shipped.description));
        if (JSON.stringify([requirement.title, requirement.description]) !== JSON.stringify([shipped.title, shipped.description])) changed++;
      });
      // The shipped texts name default levels (機密性2以上, …), so some of them change.
      expect(changed).toBeGreaterThan(0);
      expect(JSON.stringify(result.requirements)).not.toMatch(/(?<!自治体)機密性2以上/);
    }
  });

  it("keeps the shipped texts under the default scheme, whether it is given or not", () => {
    const top = { confidentiality: 3, integrity: 2, availability: 2 } as const;
    for (const result of [requirementsFor(top), requirementsFor(top, undefined, guidelineClassificationScheme)]) {
      if (!result.ok) throw new Error("expected ok");
      result.requirements.forEach((requirement, i) => {
        expect(requirement.title).toEqual(handlingRequirements[i]!.title);
        expect(requirement.description).toEqual(handlingRequirements[i]!.description);
      });
    }
  });

  it("applies by the given scheme's thresholds (自治体機密性2 meets confidential, 1 does not)", () => {
    const ids = (c: { confidentiality: string; integrity: string; availability: string }) => {
      const result = requirementsFor(c, undefined, r6);
      if (!result.ok) throw new Error("expected ok");
      return result.requirements.map((r) => r.id);
    };
    expect(ids({ confidentiality: "1", integrity: "1", availability: "1" })).toEqual([]);
    expect(ids({ confidentiality: "2", integrity: "1", availability: "1" })).toContain("encrypt-in-transit");
    expect(ids({ confidentiality: "3A", integrity: "1", availability: "1" }).length).toBeGreaterThan(ids({ confidentiality: "2", integrity: "1", availability: "1" }).length);
  });
});
