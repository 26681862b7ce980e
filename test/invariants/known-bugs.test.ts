/**
 * Engine and control bugs found by the invariants, each fixed and kept here as a regression test.
 */
import { describe, expect, it } from "vitest";
import { evaluate, policy, safeEvaluate, type AssetSubject, type TransferSubject } from "../../src/index.js";

describe("bugs found by the invariants, fixed, kept as regression tests", () => {
  // BUG 1 (found by these invariants, since fixed upstream in f406e1b "fix zone-unknown verdict"):
  // `evaluate` threw "control mynumber-isolation returned a verdict it does not declare" for a
  // valid asset of a system category without a zone, and `safeEvaluate` misreported it as an
  // invalid `options.policy`. Kept as a regression test.
  it.each(["network", "information-system", "server", "terminal"] as const)("regression of bug 1: a valid %s asset without a zone is decided, its zone controls manual", (category) => {
    const asset: AssetSubject = { kind: "asset", organization: "secretariat", category, classification: { confidentiality: 2, integrity: 1, availability: 1 }, safeguards: [] };
    const decision = evaluate(asset);
    expect(decision.findings.find((finding) => finding.control === "mynumber-isolation")?.status).toBe("manual");
    const safe = safeEvaluate(asset);
    expect(safe.success).toBe(true);
    if (safe.success) expect(safe.data).toEqual(decision);
  });

  // BUG 2: `confidential-encryption` reads a transfer's `channel` without declaring it in `facts`,
  // and takes a missing channel within one zone as "over the network" (not-applicable) rather than
  // `manual`. So a transfer that fails for want of encryption becomes compliant when the channel
  // is left out: a missing fact decides the outcome in the subject's favour.
  const byRemovableMedia: TransferSubject = {
    kind: "transfer",
    from: "lgwan",
    to: "lgwan",
    channel: "removable-media",
    encrypted: false,
    classification: { confidentiality: 2, integrity: 1, availability: 1 },
  };

  it("BUG 2 setting: by removable media, unencrypted confidential data within LGWAN is non-compliant", () => {
    expect(evaluate(byRemovableMedia).outcome).toBe("non-compliant");
  });

  it("BUG 2: leaving out the channel does not make that transfer compliant", () => {
    const { channel: _channel, ...withoutChannel } = byRemovableMedia;
    expect(evaluate(withoutChannel).outcome).not.toBe("compliant");
  });

  // BUG 3: src/internal/calendar.ts turns dates into day numbers with `Date.UTC(year, …)`, which
  // maps years 0–99 to 1900–1999. The schemas accept such dates (`z.iso.date()` takes "0099-06-01"),
  // so a training in the year 99 counts as one in 1999: as of 2000-01-01 it is "within 12 months".
  it("BUG 3: a training dated 0099-06-01 is not within 12 months of 2000-01-01", () => {
    const decision = evaluate({ kind: "organization", organization: "secretariat", lastTraining: "0099-06-01" }, { asOf: "2000-01-01" });
    expect(decision.findings.find((finding) => finding.control === "training-interval")?.status).toBe("fail");
  });

  it("BUG 3: an audit dated 1999-06-01 is after an as-of date of 0099-12-31 (so manual, not pass)", () => {
    const decision = evaluate({ kind: "organization", organization: "secretariat", lastAudit: "1999-06-01" }, { asOf: "0099-12-31" });
    expect(decision.findings.find((finding) => finding.control === "audit-interval")?.status).toBe("manual");
  });

  // OBSERVATION 4 (beyond invariant 8, which is about JSON values): `safeEvaluate` documents
  // "Never throws" for `input: unknown`, but a non-JSON object whose getter throws (or a hostile
  // Proxy) makes the zod parse throw straight through it. JSON values never do (invariant 8).
  it("OBSERVATION 4: safeEvaluate does not throw for an object whose `kind` getter throws", () => {
    const hostile = {
      get kind(): string {
        throw new Error("boom");
      },
    };
    expect(() => safeEvaluate(hostile)).not.toThrow();
  });
});
