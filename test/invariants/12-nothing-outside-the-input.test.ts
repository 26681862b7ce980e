import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as pkg from "../../src/index.js";
import {
  audit,
  createAuditor,
  createAuditReporter,
  defineControl,
  evaluate,
  extendPolicy,
  fail,
  InvalidSubjectError,
  OVERLAY_WEAKENING_CODES,
  pass,
  policy,
  safeEvaluate,
  SUBJECT_KINDS,
  type Decision,
  type Subject,
} from "../../src/index.js";
import { subjectArbitrary } from "../arbitraries/subjects.js";
import { signInWithCountingGetter } from "../support/counting-getter.js";
import { withPrototypeProperties } from "../support/prototype-properties.js";

// Invariant 12: nothing outside the input changes a decision: not a polluted Object.prototype, not
// a getter or Proxy, not a mutation of anything the package exports or returns.

const AS_OF = { asOf: "2026-11-25" } as const;

/** The decision, or the fact that the input was rejected, as comparable data. */
function outcomeOf(run: () => Decision): unknown {
  try {
    return JSON.parse(JSON.stringify(run())) as unknown;
  } catch (error) {
    if (error instanceof InvalidSubjectError) return { rejected: error.issues.map((issue) => issue.at) };
    throw error;
  }
}

function safeOutcome(input: unknown, options?: unknown): unknown {
  const result = safeEvaluate(input, options);
  return result.success ? (JSON.parse(JSON.stringify(result.data)) as unknown) : { rejected: result.error.issues.map((issue) => issue.at) };
}

/** Sets properties on Object.prototype, not enumerable (as a polluter hiding from for…in would), for the duration of `run`. */
const withPollution = <T>(values: Readonly<Record<string, unknown>>, run: () => T): T => withPrototypeProperties(values, run, { enumerable: false });

// Values a polluter would set: each would turn some decision into an OK if the engine read it.
const POLLUTION: Readonly<Record<string, unknown>> = {
  factors: ["knowledge", "possession", "inherence"],
  organization: { outside: "登米市" },
  exception: { reference: "EX-FAKE", approverRole: "ciso" },
  safeguards: ["isolation", "carry-out-blocked", "multi-factor-sign-in", "access-control", "malware-protection", "backup", "encryption", "physical-protection"],
  sanitized: true,
  approved: true,
  encrypted: true,
  fromTerminal: false,
  authorized: true,
  classification: { confidentiality: 1, integrity: 1, availability: 1 },
  asOf: "2026-11-25",
  lastTraining: "2026-11-01",
  securityOrganizationEstablished: true,
};

const SAMPLES: readonly Subject[] = [
  { kind: "sign-in", zone: "mynumber" },
  { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] },
  { kind: "transfer", from: "mynumber", to: "internet" },
  { kind: "carry-out", zone: "mynumber" },
  { kind: "asset", organization: "secretariat", category: "terminal", zone: "mynumber" },
  { kind: "software-use", zone: "lgwan" },
  { kind: "organization", organization: "secretariat" },
];

describe("Invariant 12: nothing outside the input changes a decision", () => {
  describe("a polluted Object.prototype", () => {
    it("changes no decision of evaluate, safeEvaluate or audit (regressions: factors, organization, exception)", () => {
      for (const subject of SAMPLES) {
        const before = [outcomeOf(() => evaluate(subject)), safeOutcome(subject), outcomeOf(() => evaluate(subject, {})), JSON.stringify(audit([subject]).summary)];
        const after = withPollution(POLLUTION, () => [outcomeOf(() => evaluate(subject)), safeOutcome(subject), outcomeOf(() => evaluate(subject, {})), JSON.stringify(audit([subject]).summary)]);
        expect(after, JSON.stringify(subject)).toEqual(before);
      }
      // The three named in the issue, one by one.
      for (const [key, subject] of [
        ["factors", { kind: "sign-in", zone: "mynumber" }],
        ["organization", { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] }],
        ["exception", { kind: "transfer", from: "mynumber", to: "internet" }],
        ["ja", { kind: "transfer", from: "mynumber", to: "internet" }],
      ] as const satisfies readonly (readonly [string, Subject])[]) {
        const before = evaluate(subject).outcome;
        expect(before).not.toBe("compliant");
        expect(withPollution({ [key]: POLLUTION[key] ?? { steps: {} } }, () => [evaluate(subject).outcome, safeOutcome(subject)])).toEqual([before, safeOutcome(subject)]);
      }
    });

    it("changes no decision for random subjects and any polluted field (fast-check)", () => {
      const keys = Object.keys(POLLUTION);
      fc.assert(
        fc.property(subjectArbitrary, fc.subarray(keys, { minLength: 1 }), (subject, polluted) => {
          const before = [outcomeOf(() => evaluate(subject, AS_OF)), safeOutcome(subject, AS_OF)];
          const values = Object.fromEntries(polluted.map((key) => [key, POLLUTION[key]]));
          const after = withPollution(values, () => [outcomeOf(() => evaluate(subject, AS_OF)), safeOutcome(subject, AS_OF)]);
          expect(after).toEqual(before);
        }),
        { numRuns: 1_000 },
      );
    });

    it("an option on the prototype is not an option", () => {
      const subject: Subject = { kind: "organization", organization: "secretariat", lastTraining: "2020-01-01" };
      const before = outcomeOf(() => evaluate(subject, {}));
      expect(withPollution({ asOf: "2020-02-01", locale: "en" }, () => outcomeOf(() => evaluate(subject, {})))).toEqual(before);
    });
  });

  describe("getters, Proxies and non-plain objects", () => {
    it("an accessor is not data: every path refuses it, naming it, and never calls it", () => {
      // A getter can answer differently on each read, so a decision on its value could rest on
      // a value the record never held: refused (it used to be read once and decided).
      const ACCESSOR = { path: ["factors"], at: "factors", code: "not_plain_data", message: "an accessor (getter or setter) is not data: give the value itself" };
      const { subject, reads } = signInWithCountingGetter();
      const thrown = (run: () => unknown): unknown => {
        try {
          run();
        } catch (error) {
          return error instanceof InvalidSubjectError ? error.issues : error;
        }
        return "decided";
      };
      expect(thrown(() => evaluate(subject as Subject))).toEqual([ACCESSOR]);
      expect(thrown(() => audit([subject as Subject]))).toEqual([{ ...ACCESSOR, path: [0, "factors"], at: "[0].factors" }]);
      const safe = safeEvaluate(subject);
      expect(safe.success).toBe(false);
      if (!safe.success) expect(safe.error.issues).toEqual([ACCESSOR]);
      const parsed = pkg.parseSubject(subject);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.error.issues).toEqual([ACCESSOR]);
      expect(reads()).toBe(0);
    });

    it("an inherited fact is not the subject's: a subject whose prototype chain has factors is rejected, and a plain one ignores it", () => {
      const inherits = Object.create({ factors: ["knowledge", "possession"] }) as Record<string, unknown>;
      inherits["kind"] = "sign-in";
      inherits["zone"] = "mynumber";
      expect(() => evaluate(inherits as unknown as Subject)).toThrow(InvalidSubjectError);
      expect(safeEvaluate(inherits).success).toBe(false);
    });

    it("a Proxy that answers differently each time is read once: the decision is that of one snapshot", () => {
      fc.assert(
        fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (answers) => {
          let call = 0;
          const next = () => (answers[call++ % answers.length] === true ? ["knowledge", "possession"] : ["knowledge"]);
          const target = { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] };
          const proxy = new Proxy(target, {
            get: (object, key) => (key === "factors" ? next() : Reflect.get(object, key)),
            getOwnPropertyDescriptor: (object, key) => (key === "factors" ? { value: next(), writable: true, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(object, key)),
          });
          const decision = evaluate(proxy as Subject);
          const mfa = decision.findings.find((finding) => finding.control === "mynumber-multi-factor");
          const auth = decision.findings.find((finding) => finding.control === "authentication");
          // One snapshot: both controls judged the same factor list.
          expect(mfa?.status === "pass").toBe(auth === undefined ? mfa?.status === "pass" : auth.status === "pass");
        }),
        { numRuns: 200 },
      );
    });

    it("a class instance, a symbol-keyed fact and a throwing trap never give a decision from evaluate", () => {
      class SignIn {
        readonly kind = "sign-in";
        readonly zone = "mynumber";
        readonly factors = ["knowledge", "possession"];
      }
      expect(() => evaluate(new SignIn() as never)).toThrow(InvalidSubjectError);
      const hostile = new Proxy({}, { ownKeys: () => { throw new Error("no"); }, getOwnPropertyDescriptor: () => { throw new Error("no"); } });
      expect(() => evaluate(hostile as never)).toThrow(InvalidSubjectError);
      expect(safeEvaluate(hostile).success).toBe(false);
      expect(safeEvaluate(new SignIn()).success).toBe(false);
    });
  });

  describe("mutating what the package exports", () => {
    /** Every zod schema the main entry exports that holds a value set (enums, literals). */
    const schemasWithValues = Object.entries(pkg).flatMap(([name, value]) => {
      const values = (value as { _zod?: { values?: unknown } } | null)?._zod?.values;
      return values instanceof Set ? [[name, values as Set<unknown>] as const] : [];
    });

    it("finds the exported enum schemas", () => {
      expect(schemasWithValues.map(([name]) => name)).toEqual(expect.arrayContaining(["ZoneSchema", "FactorKindSchema", "SafeguardSchema", "OrganizationIdSchema", "PersonCategorySchema"]));
    });

    it("adding near misses to, or removing values from, every exported schema's value set changes no decision (regression: ZoneSchema._zod.values.add made a bad transfer compliant)", () => {
      const bad: readonly unknown[] = [
        { kind: "transfer", from: "MyNumber", to: "internet", channel: "network", sanitized: true, encrypted: true },
        { kind: "sign-in", zone: "mynumber", factors: ["knowledge", "pin"] },
        { kind: "sign-in", zone: "mynumber", factors: ["knowledge"], organization: "Secretariat" },
        { kind: "asset", organization: "secretariat", category: "Terminal", zone: "mynumber", safeguards: [] },
      ];
      const good = [...SAMPLES, { kind: "transfer", from: "lgwan", to: "lgwan", channel: "network" }] as const;
      const before = [...bad, ...good].map((input) => safeOutcome(input, AS_OF));
      const added: [Set<unknown>, unknown][] = [];
      const removed: [Set<unknown>, unknown][] = [];
      try {
        for (const [, values] of schemasWithValues) {
          for (const extra of ["MyNumber", "pin", "Secretariat", "Terminal"]) if (!values.has(extra)) { values.add(extra); added.push([values, extra]); }
        }
        expect(bad.map((input) => safeOutcome(input, AS_OF))).toEqual(before.slice(0, bad.length));
        for (const input of bad) expect(safeEvaluate(input).success).toBe(false);
        for (const [name, values] of schemasWithValues) {
          if (name !== "ZoneSchema" && name !== "FactorKindSchema") continue;
          for (const value of [...values]) if (value === "lgwan" || value === "possession") { values.delete(value); removed.push([values, value]); }
        }
        expect([...bad, ...good].map((input) => safeOutcome(input, AS_OF))).toEqual(before);
      } finally {
        for (const [values, extra] of added) values.delete(extra);
        for (const [values, value] of removed) values.add(value);
      }
    });

    it("exported lists and sets cannot be changed", () => {
      expect(Object.isFrozen(SUBJECT_KINDS)).toBe(true);
      expect(() => (SUBJECT_KINDS as unknown as string[]).push("x")).toThrow(TypeError);
      expect(() => (OVERLAY_WEAKENING_CODES as Set<string>).add("x")).toThrow(TypeError);
      expect(() => (OVERLAY_WEAKENING_CODES as Set<string>).delete("remove-control")).toThrow(TypeError);
      expect(() => (OVERLAY_WEAKENING_CODES as Set<string>).clear()).toThrow(TypeError);
      expect(OVERLAY_WEAKENING_CODES.has("remove-control")).toBe(true);
    });
  });

  describe("mutating what the package returns", () => {
    const failing: Subject = { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] };

    it("a report's findings are frozen, shared with later subjects unchanged", () => {
      const reporter = createAuditReporter();
      const first = reporter.add(failing);
      const finding = first?.findings[0];
      expect(finding).toBeDefined();
      expect(Object.isFrozen(finding)).toBe(true);
      expect(() => {
        (finding as { status: string }).status = "pass";
      }).toThrow(TypeError);
      expect(reporter.add(failing)?.findings[0]?.status).toBe(finding?.status);
    });

    it("an auditor's summaries are fresh frozen snapshots: changing one changes no other", () => {
      const auditor = createAuditor();
      auditor.add(failing);
      const first = auditor.summary();
      expect(Object.isFrozen(first) && Object.isFrozen(first.controls["mynumber-multi-factor"]) && Object.isFrozen(first.controls["mynumber-multi-factor"]?.failing[0])).toBe(true);
      expect(() => {
        (first.controls["mynumber-multi-factor"]?.failing as unknown as unknown[]).push({ index: 99 });
      }).toThrow(TypeError);
      auditor.add(failing);
      const second = auditor.summary();
      expect(second).not.toBe(first);
      expect(first.total).toBe(1);
      expect(second.total).toBe(2);
      expect(second.controls["mynumber-multi-factor"]?.failing.map((ref) => ref.index)).toEqual([0, 1]);
    });

    it("an extended policy holding a shallow-frozen control is frozen all the way down", () => {
      const defined = defineControl({
        id: "org-h4-frozen",
        title: { ja: "テスト", en: "Test" },
        clause: "7(6)",
        provenance: "organization",
        category: "technical",
        threats: [],
        requirement: { ja: "テスト", en: "Test" },
        remediation: { ja: "テスト", en: "Test" },
        admitsException: false,
        parameters: {},
        facts: { "software-use": ["approved"] },
        verdicts: { yes: pass({ ja: "可", en: "Yes" }), no: fail({ ja: "否", en: "No" }) },
        checks: { "software-use": (s) => (s.approved === true ? "yes" : "no") },
      });
      const shallow = Object.freeze({ ...defined, title: { ja: "テスト（浅い凍結）", en: "Test (shallow)" } });
      const extended = extendPolicy(policy, { id: "h4", version: "1.0.0", name: { ja: "テスト", en: "Test" }, controls: [shallow] } as never);
      const added = extended.controls.find((control) => control.id === "org-h4-frozen");
      expect(added).toBeDefined();
      expect(Object.isFrozen(added?.title)).toBe(true);
      expect(() => {
        (added?.title as { en: string }).en = "changed";
      }).toThrow(TypeError);
    });
  });
});
