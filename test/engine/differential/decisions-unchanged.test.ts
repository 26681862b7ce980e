/**
 * Differential test: every decision, audit and audit report is the same as the engine gave
 * before its checks returned verdict names (issue 14). The fixture `recorded.json` was recorded
 * from main's build (commit d455642) with `record.ts`; each row is a digest of the JSON of one
 * decision (or audit, or report), so "the same" is deep equality, key order included.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as engine from "../../../src/index.js";
import { rows, type Engine } from "./cases.js";

const recorded = JSON.parse(readFileSync(new URL("./recorded.json", import.meta.url), "utf8")) as Record<string, string>;

describe("decisions are unchanged by verdict names and the faster runner", () => {
  const now = rows(engine as unknown as Engine);

  it("covers the same cases as the recording", () => {
    expect(Object.keys(now).length).toBeGreaterThan(10_000);
    expect(Object.keys(now)).toEqual(Object.keys(recorded));
  });

  it("gives a deep-equal decision, audit and report for every case", () => {
    const differ = Object.keys(recorded).filter((key) => now[key] !== recorded[key]);
    expect(differ.slice(0, 20)).toEqual([]);
  });
});
