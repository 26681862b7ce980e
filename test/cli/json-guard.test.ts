import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonGuard } from "../../src/cli/json-guard.js";
import { fastGuard } from "../../src/engine/guard-fast.js";
import { evaluateUnguarded } from "../../src/engine/run.js";
import { evaluate } from "../../src/evaluate.js";
import type { Subject } from "../../src/subjects/subject.js";
import { subjectArbitrary } from "../arbitraries/subjects.js";
import { mutationArbitrary } from "../schemas/support.js";
import { withPrototypeProperties } from "../support/prototype-properties.js";
// @ts-expect-error: a plain .mjs script without declarations
import { FAST_GUARD, JSON_GUARD, jsonGuardSource } from "../../scripts/make-json-guard.mjs";

// The CLI's reader of JSON-parsed subjects (src/cli/json-guard.ts) is guard-fast.ts with each value
// read directly instead of through its descriptor. Here: it is exactly what the script makes of
// today's guard-fast.ts (so the two cannot drift apart), and on JSON.parse's values it answers as
// fastGuard does, valid or not, with an equal copy (so skipping the descriptor reads changes
// nothing there).

const root = join(import.meta.dirname, "..", "..");
const read = (path: string): string => readFileSync(join(root, path), "utf8");

/** Each side gets its own parse, as the CLI's reading would. */
function bothOn(text: string): { json: unknown; fast: unknown } {
  return { json: jsonGuard(JSON.parse(text)), fast: fastGuard(JSON.parse(text)) };
}

/** A decision, or the error it threw (its class and message). */
function outcomeOf(decide: () => unknown): unknown {
  try {
    return decide();
  } catch (error) {
    return { threw: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error) };
  }
}

describe("jsonGuard (src/cli/json-guard.ts)", () => {
  it("is the file scripts/make-json-guard.mjs makes from src/engine/guard-fast.ts (run it after changing guard-fast.ts)", () => {
    expect(read(JSON_GUARD as string)).toBe((jsonGuardSource as (text: string) => string)(read(FAST_GUARD as string)));
  });

  it("answers as fastGuard does on random valid subjects and random mutations of them, parsed from JSON, and the decision on its copy is evaluate's (property)", () => {
    let answered = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        subjectArbitrary.chain((subject) => fc.tuple(fc.constant(subject), mutationArbitrary(subject))),
        ([subject, mutated]) => {
          for (const candidate of [subject, mutated.value]) {
            let text: string | undefined;
            try {
              text = JSON.stringify(candidate);
            } catch {
              continue; // not JSON (a BigInt mutation): the CLI never sees it
            }
            if (text === undefined) continue;
            const { json, fast } = bothOn(text);
            expect(json).toStrictEqual(fast);
            if (fast === undefined) refused++;
            else {
              answered++;
              // The decision on the CLI's copy is the public path's on the same text.
              // (or the same error: an exception naming a control the policy lacks is refused by both).
              expect(outcomeOf(() => evaluateUnguarded(json as Subject))).toStrictEqual(outcomeOf(() => evaluate(JSON.parse(text) as Subject)));
            }
          }
        },
      ),
      { numRuns: 1_500 },
    );
    // Both ways are exercised: a reader that refused (or took) everything fails here.
    expect(answered).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(200);
  });

  it("answers as fastGuard does on JSON with a __proto__ key, an unknown key, nulls and odd values", () => {
    const base = { kind: "asset", organization: "secretariat", category: "information", zone: "lgwan", classification: { confidentiality: 2, integrity: 1, availability: 1 }, safeguards: ["backup"] };
    const texts = [
      JSON.stringify(base),
      JSON.stringify(base).replace('"kind"', '"__proto__":{"zone":"internet"},"kind"'),
      JSON.stringify({ ...base, extra: 1 }),
      JSON.stringify({ ...base, zone: null }),
      JSON.stringify({ ...base, classification: { ...base.classification, __proto__: null } }).replace("}}", ',"__proto__":{}}}'),
      JSON.stringify({ ...base, safeguards: ["backup", null] }),
      JSON.stringify({ ...base, organization: { outside: "某社" } }),
      JSON.stringify({ ...base, organization: { outside: "某社", __proto__: 1 } }).replace('"某社"', '"某社","__proto__":1'),
      "[]",
      "null",
      '"asset"',
    ];
    let answered = 0;
    for (const text of texts) {
      const { json, fast } = bothOn(text);
      expect(json, text).toStrictEqual(fast);
      if (fast !== undefined) answered++;
    }
    expect(answered).toBeGreaterThanOrEqual(2);
  });

  it("leaves the subject to the full guard while Object.prototype holds an enumerable key (which for…in would visit)", () => {
    const text = '{"kind":"asset","organization":"secretariat","category":"information","zone":"lgwan","classification":{"confidentiality":2,"integrity":1,"availability":1},"safeguards":[]}';
    expect(jsonGuard(JSON.parse(text))).toBeDefined();
    withPrototypeProperties({ zone: "internet" }, () => {
      expect(jsonGuard(JSON.parse(text))).toBeUndefined();
    }, { enumerable: true });
    // A non-enumerable key is not visited: still read, and still as fastGuard reads it.
    withPrototypeProperties({ zone: "internet" }, () => {
      const { json, fast } = bothOn(text);
      expect(json).toStrictEqual(fast);
      expect(json).toBeDefined();
    }, { enumerable: false });
  });
});
