/**
 * Coverage of every asset category by the measures that apply (5(2)①, 7(2), 7(4), issue #12),
 * enumerated exhaustively: category (8) × zone (none and 3) × classification (the 12 of the
 * default scheme). For each cell, the controls that can fail are those that fail with no
 * safeguard at all: by invariant 4 (a safeguard never makes a finding worse) the empty list is the
 * weakest, so a control that cannot fail there cannot fail for any safeguards of the cell.
 *
 * The only cells where no control can fail are the lowest classification (1/1/1) of the
 * categories that hold data but need no equipment measure (media, information, system documents):
 * the guideline defaults attach no handling restriction to 機密性1・完全性1・可用性1. The test
 * names them exactly, so a change there is a deliberate one.
 */
import { describe, expect, it } from "vitest";
import { evaluate, type AssetSubject, type Classification } from "../../src/index.js";
import { ALL_CLASSIFICATIONS } from "../../src/classification/classification-levels.js";
import { ASSET_CATEGORIES, ZONES } from "../arbitraries/subjects.js";

const key = (c: Classification) => `${c.confidentiality}/${c.integrity}/${c.availability}`;

describe("every category × zone × classification has at least one control that can fail", () => {
  it("enumerates every cell (8 × 4 × 12 = 384) and names the control that can fail", () => {
    const uncovered: string[] = [];
    const failingBy = new Map<string, Set<string>>();
    let cells = 0;
    for (const category of ASSET_CATEGORIES) {
      for (const zone of [undefined, ...ZONES]) {
        for (const classification of ALL_CLASSIFICATIONS as readonly Classification[]) {
          const subject: AssetSubject = { kind: "asset", organization: "secretariat", category, classification, safeguards: [], ...(zone === undefined ? {} : { zone }) };
          const failing = evaluate(subject).findings.filter((finding) => finding.status === "fail").map((finding) => finding.control);
          cells++;
          if (failing.length === 0) uncovered.push(`${category} ${zone ?? "-"} ${key(classification)}`);
          const set = failingBy.get(category) ?? new Set<string>();
          for (const id of failing) set.add(id);
          failingBy.set(category, set);
        }
      }
    }
    expect(cells).toBe(384);
    const lowest = ["media", "information", "system-document"].flatMap((category) => ["-", ...ZONES].map((zone) => `${category} ${zone} 1/1/1`));
    expect(uncovered.sort()).toEqual(lowest.sort());
    // The new measures of issue #12 are among them: facilities under 7(4), information and documents under 7(2).
    expect([...(failingBy.get("facility") ?? [])].sort()).toEqual(["facility-entry-control", "facility-environment", "facility-power-backup"]);
    expect(failingBy.get("information")?.has("confidential-information-handling")).toBe(true);
    expect(failingBy.get("system-document")?.has("confidential-information-handling")).toBe(true);
  });

  it("without a classification every category fails 7(2) (asset-classified)", () => {
    for (const category of ASSET_CATEGORIES) {
      const decision = evaluate({ kind: "asset", organization: "secretariat", category, safeguards: [] });
      expect(decision.findings.find((finding) => finding.control === "asset-classified")?.status, category).toBe("fail");
    }
  });
});
