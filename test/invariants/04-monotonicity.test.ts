/**
 * Invariant 4: "Adding a safeguard to an asset, or an approval to an action, never makes the
 * outcome worse."
 *
 * What "worse" means. Outcomes are ranked as the design ranks findings ("worst finding wins"):
 * non-compliant (3) > needs-review (2) > compliant (1) > not-applicable (0). A strengthening must
 * never raise the rank. `not-applicable` is the bottom of that order, but it is not a "better"
 * compliant: a subject is not-applicable only because the scope gate (5(1)) put it outside the
 * policy, and a safeguard or an approval says nothing about which body a subject belongs to. So
 * we also require that a strengthening never changes applicability: an out-of-scope subject stays
 * not-applicable, and an in-scope one never becomes not-applicable (which would otherwise count
 * as "better"). On top of the outcome, each finding must not get worse (same rank of statuses,
 * fail > manual > pass > not-applicable), which is the stronger, control-by-control statement.
 *
 * What "adding" means. A safeguard is added to a recorded list (`safeguards: [...]`, possibly
 * empty); likewise a factor kind to a recorded `factors` list and a staff category to a recorded
 * `staffCategoriesBound`. Going from an unrecorded list (absent: "not recorded", controls are
 * `manual`) to a list of one is not adding a safeguard: it also records that every other
 * safeguard is missing, and may rightly turn `manual` into `fail` (see the last test). From
 * unrecorded, the strengthening is recording every safeguard. An approval is a yes/no fact whose
 * `true` is a safeguard taken (approved, sanitized, encrypted, authorized, trained,
 * selectedByCriteria, securityRequirementsInContract, measuresConfirmed, usageRulesInPlace,
 * measuresTaken and the organisation's posture flags) going from `false` or absent to `true`; an
 * exception approved by the CISO for every control is checked as an approval too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, policy, type AssetSubject, type Classification, type Decision, type EvaluateOptions, type Finding, type Safeguard, type Subject } from "../../src/index.js";
import { APPROVAL_FLAGS, ASSET_CATEGORIES, CHANNELS, PERSON_CATEGORIES, SAFEGUARDS, ZONES, asOfOptionArbitrary, strongerVariants, withSafeguard, subjectArbitrary } from "../arbitraries/subjects.js";
import {
  BOOLEAN_OR_ABSENT,
  CLASSIFICATIONS_OR_ABSENT,
  ORGANIZATIONS_OR_ABSENT,
  RUNS,
  compact,
  isOutOfScope,
  outcomeRank,
  sequencesUpTo,
  statusRank,
} from "./support.js";

/** Why `stronger` is worse than `base`, or `undefined` if it is not. */
function worsening(base: Decision, stronger: Decision): string | undefined {
  if (isOutOfScope(base) !== isOutOfScope(stronger)) return `applicability changed: ${base.outcome} → ${stronger.outcome}`;
  if (outcomeRank(stronger.outcome) > outcomeRank(base.outcome)) return `outcome ${base.outcome} → ${stronger.outcome}`;
  if (base.findings.length !== stronger.findings.length) return "different controls ran";
  for (let i = 0; i < base.findings.length; i++) {
    const before = base.findings[i];
    const after = stronger.findings[i];
    if (before === undefined || after === undefined || before.control !== after.control) return "different controls ran";
    if (statusRank(after.status) > statusRank(before.status)) return `${before.control}: ${before.status} → ${after.status}`;
  }
  return undefined;
}

function expectNotWorse(base: Subject, stronger: Subject, how: string, options?: EvaluateOptions): void {
  const problem = worsening(evaluate(base, options), evaluate(stronger, options));
  expect(problem, `${how}\nbase: ${JSON.stringify(base)}\nstronger: ${JSON.stringify(stronger)}`).toBeUndefined();
}

// -------------------------------------------------------------------------------------------
// A grid of subjects, evaluated once per cell, compared along "upgrade" edges
// -------------------------------------------------------------------------------------------

interface Dimension {
  readonly key: string;
  readonly values: readonly unknown[];
  /** The index of the stronger value every other value upgrades to; absent for a context dimension. */
  readonly upgradeTo?: number;
}

const flag = (key: string): Dimension => ({ key, values: BOOLEAN_OR_ABSENT, upgradeTo: 2 });
const context = (key: string, values: readonly unknown[]): Dimension => ({ key, values });
/**
 * No exception, one approved by someone else, one by the CISO naming every control, valid on the
 * as-of date the grids use (the strongest). Its link is mynumber→lgwan: other crossings keep
 * their isolation failure, which is not worse.
 */
const EVERY_CONTROL = policy.controls.map((each) => each.id);
const exceptionDimension: Dimension = {
  key: "exception",
  values: [
    undefined,
    { reference: "EX-SO", approverRole: "security-officer", controls: EVERY_CONTROL, validUntil: "2027-03-31" },
    { reference: "EX-CISO", approverRole: "ciso", controls: EVERY_CONTROL, validUntil: "2027-03-31", link: { from: "mynumber", to: "lgwan" } },
  ],
  upgradeTo: 2,
};

interface GridResult {
  readonly cells: number;
  readonly edges: number;
}

/**
 * Evaluates every cell of the grid once, then checks every upgrade edge (one dimension moved to
 * its stronger value, the others fixed). Since every pair "weaker ≤ stronger" in the grid is a
 * chain of such edges, checking the edges proves monotonicity for every pair.
 */
function checkGrid(base: Record<string, unknown>, dimensions: readonly Dimension[], options?: EvaluateOptions): GridResult {
  const sizes = dimensions.map((dimension) => dimension.values.length);
  const strides: number[] = [];
  let total = 1;
  for (const size of sizes) {
    strides.push(total);
    total *= size;
  }
  const decisions: Decision[] = new Array<Decision>(total);
  const subjects: Subject[] = new Array<Subject>(total);
  for (let cell = 0; cell < total; cell++) {
    const fields: Record<string, unknown> = { ...base };
    dimensions.forEach((dimension, d) => {
      fields[dimension.key] = dimension.values[Math.floor(cell / (strides[d] as number)) % (sizes[d] as number)];
    });
    const subject = compact<Subject>(fields as Subject);
    subjects[cell] = subject;
    decisions[cell] = evaluate(subject, options);
  }
  let edges = 0;
  for (let cell = 0; cell < total; cell++) {
    dimensions.forEach((dimension, d) => {
      if (dimension.upgradeTo === undefined) return;
      const index = Math.floor(cell / (strides[d] as number)) % (sizes[d] as number);
      if (index === dimension.upgradeTo) return;
      const stronger = cell + (dimension.upgradeTo - index) * (strides[d] as number);
      edges++;
      const problem = worsening(decisions[cell] as Decision, decisions[stronger] as Decision);
      if (problem !== undefined) {
        expect.fail(`${dimension.key} upgraded: ${problem}\nbase: ${JSON.stringify(subjects[cell])}\nstronger: ${JSON.stringify(subjects[stronger])}`);
      }
    });
  }
  return { cells: total, edges };
}

const HIGHEST: Classification = { confidentiality: 3, integrity: 2, availability: 2 };

describe("Invariant 4: adding a safeguard to an asset, or an approval to an action, never makes the outcome worse", () => {
  it("holds exhaustively for every subset of the safeguards (2^16), for every category × zone (and none), with the highest classification", () => {
    const n = SAFEGUARDS.length;
    const subsets = 1 << n;
    // The safeguard list of every subset, built once and shared by every shape.
    const lists: Safeguard[][] = new Array<Safeguard[]>(subsets);
    for (let mask = 0; mask < subsets; mask++) {
      const list: Safeguard[] = [];
      for (let bit = 0; bit < n; bit++) if ((mask & (1 << bit)) !== 0) list.push(SAFEGUARDS[bit] as Safeguard);
      lists[mask] = list;
    }
    let shapes = 0;
    let edges = 0;
    for (const category of ASSET_CATEGORIES) {
      for (const zone of [undefined, ...ZONES]) {
        const base = compact<AssetSubject>({ kind: "asset", organization: "secretariat", category, zone, classification: HIGHEST });
        const width = evaluate({ ...base, safeguards: [] }).findings.length;
        const stride = width + 1;
        // Per subset: the outcome rank, then the status rank of each finding in canonical order.
        const ranks = new Uint8Array(subsets * stride);
        for (let mask = 0; mask < subsets; mask++) {
          const decision = evaluate({ ...base, safeguards: lists[mask] as Safeguard[] });
          const findings = decision.findings;
          if (findings.length !== width) expect.fail(`different controls ran for ${JSON.stringify(lists[mask])}`);
          const offset = mask * stride;
          ranks[offset] = outcomeRank(decision.outcome);
          for (let i = 0; i < width; i++) ranks[offset + 1 + i] = statusRank((findings[i] as Finding).status);
        }
        // Every covering edge S → S ∪ {s} of the subset lattice; by transitivity, every S ⊆ T.
        for (let mask = 0; mask < subsets; mask++) {
          for (let bit = 0; bit < n; bit++) {
            if ((mask & (1 << bit)) !== 0) continue;
            const from = mask * stride;
            const to = (mask | (1 << bit)) * stride;
            edges++;
            for (let i = 0; i < stride; i++) {
              if ((ranks[to + i] as number) > (ranks[from + i] as number)) {
                const what = i === 0 ? "the outcome" : (evaluate({ ...base, safeguards: [] }).findings[i - 1]?.control ?? "?");
                expect.fail(`adding ${SAFEGUARDS[bit]} to ${JSON.stringify(lists[mask])} made ${what} worse for ${JSON.stringify(base)}`);
              }
            }
          }
        }
        shapes++;
      }
    }
    // 8 categories × 4 zones (none, mynumber, lgwan, internet) = 32 shapes; 2^16 = 65,536 subsets
    // each (2,097,152 assets); 16 × 2^15 = 524,288 covering edges each (16,777,216 in all).
    expect(n).toBe(16);
    expect(shapes).toBe(32);
    expect(shapes * subsets).toBe(2_097_152);
    expect(edges).toBe(32 * 16 * 32_768);
  }, 240_000);

  it("holds for adding each safeguard to the bottom and top layers of the lattice, for every category × zone × classification (12 and none)", () => {
    // A second, thinner slice across every classification: from the empty list, from each
    // single-safeguard list and from each list missing one safeguard (the bottom two and the top
    // layer of the lattice), add each missing safeguard.
    const n = SAFEGUARDS.length;
    const layers: Safeguard[][] = [[], [...SAFEGUARDS], ...SAFEGUARDS.map((s) => [s]), ...SAFEGUARDS.map((s) => SAFEGUARDS.filter((t) => t !== s))];
    let pairs = 0;
    for (const category of ASSET_CATEGORIES) {
      for (const zone of [undefined, ...ZONES]) {
        for (const classification of CLASSIFICATIONS_OR_ABSENT) {
          const base = compact<AssetSubject>({ kind: "asset", organization: "secretariat", category, zone, classification });
          for (const list of layers) {
            for (const safeguard of SAFEGUARDS) {
              if (list.includes(safeguard)) continue;
              expectNotWorse({ ...base, safeguards: list }, withSafeguard({ ...base, safeguards: list }, safeguard), `+ ${safeguard}`);
              pairs++;
            }
          }
        }
      }
    }
    // Per shape: 15 (from []) + 15 × 14 (from singletons) + 15 × 1 (from all-but-one) = 240.
    expect(pairs).toBe(8 * 4 * 13 * (n + n * (n - 1) + n));
  }, 30_000);

  it("holds exhaustively for the approvals of every action kind (grids of facts × every approval flag × exception)", () => {
    const organizations = context("organization", ORGANIZATIONS_OR_ABSENT);
    const classifications = context("classification", CLASSIFICATIONS_OR_ABSENT);
    const flagsOf = (kind: keyof typeof APPROVAL_FLAGS): Dimension[] => (APPROVAL_FLAGS[kind] as readonly string[]).map(flag);
    const contexts: Record<"transfer" | "carry-out" | "software-use" | "access" | "outsourcing" | "cloud-use", Dimension[]> = {
      transfer: [context("from", ZONES), context("to", ZONES), context("channel", [undefined, ...CHANNELS]), classifications, organizations],
      "carry-out": [context("zone", [undefined, ...ZONES]), context("fromTerminal", BOOLEAN_OR_ABSENT), classifications, organizations],
      "software-use": [context("zone", [undefined, ...ZONES]), context("action", [undefined, "install", "use"]), organizations],
      access: [context("person", PERSON_CATEGORIES), classifications, organizations],
      outsourcing: [classifications, organizations],
      "cloud-use": [organizations],
    };
    const counts: Record<string, GridResult> = {};
    for (const [kind, dimensions] of Object.entries(contexts) as [keyof typeof contexts, Dimension[]][]) {
      const flags = flagsOf(kind);
      const result = checkGrid({ kind }, [...dimensions, ...flags, exceptionDimension], { asOf: "2026-11-25" });
      // Cells: the contexts × 3 per flag × 3 exceptions; edges: per upgradable dimension, the 2/3 of cells not at its top.
      const contextCells = dimensions.reduce((product, dimension) => product * dimension.values.length, 1);
      const upgradable = flags.length + 1;
      expect(result).toEqual({ cells: contextCells * 3 ** upgradable, edges: contextCells * upgradable * 2 * 3 ** (upgradable - 1) });
      counts[kind] = result;
    }
    // transfer 3·3·5·13·3 × 3^3 = 47,385 cells; carry-out 4·3·13·3 × 27 = 12,636; software-use 4·3·3 × 9 = 324;
    // access 6·13·3 × 27 = 6,318; outsourcing 13·3 × 81 = 3,159; cloud-use 3 × 27 = 81.
    expect(Object.fromEntries(Object.entries(counts).map(([kind, result]) => [kind, result.cells]))).toEqual({
      transfer: 47_385,
      "carry-out": 12_636,
      "software-use": 324,
      access: 6_318,
      outsourcing: 3_159,
      "cloud-use": 81,
    });
  });

  it("holds exhaustively for the organisation's posture flags: every combination of them, and the interacting ones × review needed × last training × scope", () => {
    // Every posture flag together (review needed, training recent), then the flags that share a
    // control with a non-flag fact (staffRulesDefined with lastTraining; reviewed and riskAnalyzed
    // with reviewNeeded) against every value of those facts, in and out of scope. Each control
    // reads only its own facts (missing-facts.test.ts) and the outcome is the worst finding.
    const interacting = checkGrid(
      { kind: "organization", organization: "secretariat", lastAudit: "2026-04-01", lastSelfInspection: "2026-04-01" },
      [
        context("reviewNeeded", BOOLEAN_OR_ABSENT),
        context("lastTraining", [undefined, null, "2026-05-01"]),
        context("organization", ["secretariat", { outside: "仙台市" }]),
        flag("staffRulesDefined"),
        flag("reviewed"),
        flag("riskAnalyzed"),
      ],
      { asOf: "2026-11-25" },
    );
    expect(interacting).toEqual({ cells: 9 * 2 * 27, edges: 9 * 2 * 3 * 2 * 9 });
    const flags = APPROVAL_FLAGS.organization.map(flag);
    const result = checkGrid(
      { kind: "organization", organization: "secretariat", lastAudit: "2026-04-01", lastSelfInspection: "2026-04-01", reviewNeeded: true, lastTraining: "2026-05-01" },
      flags,
      { asOf: "2026-11-25" },
    );
    // 10 posture flags today: 3^10 = 59,049 cells, 10 × 2 × 3^9 = 393,660 edges.
    expect(flags).toHaveLength(10);
    expect(result).toEqual({ cells: 3 ** flags.length, edges: flags.length * 2 * 3 ** (flags.length - 1) });
  }, 30_000);

  it("holds exhaustively for adding a staff category to every recorded list of bound categories (every subset)", () => {
    let pairs = 0;
    for (let mask = 0; mask < 1 << PERSON_CATEGORIES.length; mask++) {
      const bound = PERSON_CATEGORIES.filter((_, bit) => (mask & (1 << bit)) !== 0);
      const base: Subject = { kind: "organization", organization: "secretariat", staffCategoriesBound: bound };
      for (const category of PERSON_CATEGORIES) {
        if (bound.includes(category)) continue;
        expectNotWorse(base, { ...base, staffCategoriesBound: [...bound, category] }, `+ ${category}`);
        pairs++;
      }
    }
    expectNotWorse({ kind: "organization", organization: "secretariat" }, { kind: "organization", organization: "secretariat", staffCategoriesBound: [...PERSON_CATEGORIES] }, "record all");
    expect(pairs).toBe(6 * 2 ** 5);
  });

  it("holds exhaustively for adding a factor kind to every recorded factor list up to length 3, in every zone", () => {
    let pairs = 0;
    for (const zone of ZONES) {
      for (const factors of sequencesUpTo(["knowledge", "possession", "inherence"] as const, 3)) {
        for (const added of ["knowledge", "possession", "inherence"] as const) {
          expectNotWorse({ kind: "sign-in", zone, factors }, { kind: "sign-in", zone, factors: [...factors, added] }, `+ ${added}`);
          pairs++;
        }
        expectNotWorse({ kind: "sign-in", zone }, { kind: "sign-in", zone, factors: ["knowledge", "possession", "inherence"] }, "record all kinds");
      }
    }
    expect(pairs).toBe(3 * 40 * 3);
  });

  it("holds for random subjects of every kind and every one-step strengthening, with random options (fast-check)", () => {
    fc.assert(
      fc.property(subjectArbitrary, asOfOptionArbitrary, fc.constantFrom("ja" as const, "en" as const), (subject, asOf, locale) => {
        const options: EvaluateOptions = asOf === undefined ? { locale } : { locale, asOf };
        for (const variant of strongerVariants(subject, { includeException: true })) expectNotWorse(subject, variant.subject, variant.how, options);
      }),
      { numRuns: RUNS.normal },
    );
  });

  it("holds along whole chains: applying every strengthening one after another never makes any step worse", () => {
    fc.assert(
      fc.property(subjectArbitrary, fc.nat(), (subject, seed) => {
        let current = subject;
        for (let step = 0; step < 30; step++) {
          const variants = strongerVariants(current, { includeException: true });
          if (variants.length === 0) break;
          const next = variants[(seed + step) % variants.length];
          if (next === undefined) break;
          expectNotWorse(current, next.subject, next.how);
          current = next.subject;
        }
      }),
      { numRuns: RUNS.heavy },
    );
  });

  it("recording a first safeguard on an unrecorded list is not 'adding a safeguard': it may reveal failures (documented, by design)", () => {
    const unrecorded: AssetSubject = { kind: "asset", organization: "secretariat", category: "terminal", zone: "mynumber", classification: HIGHEST };
    expect(evaluate(unrecorded).outcome).toBe("needs-review");
    expect(evaluate({ ...unrecorded, safeguards: ["backup"] }).outcome).toBe("non-compliant");
    // …whereas adding to a recorded list, even an empty one, never is.
    expectNotWorse({ ...unrecorded, safeguards: [] }, withSafeguard({ ...unrecorded, safeguards: [] }, "backup"), "+ backup");
  });
});
