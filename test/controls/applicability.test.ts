import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/decision/finding.js";
import type { AssetCategory } from "../../src/definitions/vocabulary.js";
import { evaluate } from "../../src/evaluate.js";
import type { Subject, SubjectOf } from "../../src/subjects/subject.js";

// Which assets and which transfers each control judges at all, category by category and
// direction by direction. An asset of every category, in the LGWAN zone, classified at the
// highest level and with no safeguard recorded, fails every control that applies to it and is
// not-applicable to the others; a control that looked at the wrong categories would show here.

const CATEGORIES: readonly AssetCategory[] = [
  "network",
  "information-system",
  "server",
  "terminal",
  "media",
  "facility",
  "information",
  "system-document",
];

function findingOf(subject: Subject, control: string): Finding {
  const found = evaluate(subject).findings.find((finding) => finding.control === control);
  if (found === undefined) throw new Error(`no finding of ${control}`);
  return found;
}

const unprotected = (category: AssetCategory): SubjectOf<"asset"> => ({
  kind: "asset",
  organization: "secretariat",
  category,
  zone: "lgwan",
  classification: { confidentiality: 3, integrity: 2, availability: 2 },
  safeguards: [],
});

describe("the categories of asset each control applies to", () => {
  const APPLIES_TO: Record<string, readonly AssetCategory[]> = {
    "access-control": ["information-system", "server", "terminal"],
    "malware-protection": ["server", "terminal"],
    "intrusion-prevention": ["network"],
    "vulnerability-management": ["network", "information-system", "server", "terminal"],
    "physical-measures": ["network", "server", "terminal"],
    "server-room-entry-control": ["network", "server"],
    "terminal-anti-theft": ["terminal"],
    "server-power-backup": ["server"],
    "backup-of-important-assets": ["information-system", "server", "media", "information", "system-document"],
    "locked-storage-of-media": ["media"],
  };

  it.each(Object.entries(APPLIES_TO))("%s", (control, categories) => {
    for (const category of CATEGORIES) {
      const expected = categories.includes(category) ? "fail" : "not-applicable";
      expect(findingOf(unprotected(category), control).status, `${control} for ${category}`).toBe(expected);
    }
  });

  it("backup is not required of an asset whose integrity and availability are both low, and is of one with either high", () => {
    const server = (integrity: 1 | 2, availability: 1 | 2): SubjectOf<"asset"> => ({
      ...unprotected("server"),
      classification: { confidentiality: 1, integrity, availability },
    });
    expect(findingOf(server(1, 1), "backup-of-important-assets").status).toBe("not-applicable");
    expect(findingOf(server(2, 1), "backup-of-important-assets").status).toBe("fail");
    expect(findingOf(server(1, 2), "backup-of-important-assets").status).toBe("fail");
    expect(findingOf({ ...server(1, 2), safeguards: ["backup"] }, "backup-of-important-assets").status).toBe("pass");
  });
});

describe("the transfers each control applies to", () => {
  const transfer = (from: "mynumber" | "lgwan" | "internet", to: "mynumber" | "lgwan" | "internet", extra: Partial<SubjectOf<"transfer">> = {}): Subject => ({
    kind: "transfer",
    from,
    to,
    ...extra,
  });

  it("isolation of the My Number zone: every transfer into or out of it fails, within it passes, elsewhere does not apply", () => {
    expect(findingOf(transfer("mynumber", "lgwan"), "mynumber-isolation").status).toBe("fail");
    expect(findingOf(transfer("mynumber", "internet"), "mynumber-isolation").status).toBe("fail");
    expect(findingOf(transfer("lgwan", "mynumber"), "mynumber-isolation").status).toBe("fail");
    expect(findingOf(transfer("mynumber", "mynumber"), "mynumber-isolation").status).toBe("pass");
    expect(findingOf(transfer("lgwan", "internet"), "mynumber-isolation").status).toBe("not-applicable");
    expect(findingOf(transfer("internet", "lgwan"), "mynumber-isolation").status).toBe("not-applicable");
  });

  it("sanitisation: only information coming from the Internet zone into another zone", () => {
    expect(findingOf(transfer("internet", "lgwan", { sanitized: false }), "internet-sanitization").status).toBe("fail");
    expect(findingOf(transfer("internet", "lgwan", { sanitized: true }), "internet-sanitization").status).toBe("pass");
    expect(findingOf(transfer("internet", "internet", { sanitized: false }), "internet-sanitization").status).toBe("not-applicable");
    expect(findingOf(transfer("lgwan", "internet", { sanitized: false }), "internet-sanitization").status).toBe("not-applicable");
    expect(findingOf(transfer("lgwan", "mynumber", { sanitized: false }), "internet-sanitization").status).toBe("not-applicable");
  });

  it("encryption of confidential information: between zones always; within a zone, not over its own network or by screen transfer", () => {
    const secret = { classification: { confidentiality: 2, integrity: 1, availability: 1 }, encrypted: false } as const;
    expect(findingOf(transfer("lgwan", "internet", { ...secret, channel: "network" }), "confidential-encryption").status).toBe("fail");
    expect(findingOf(transfer("lgwan", "internet", { ...secret, channel: "screen-transfer" }), "confidential-encryption").status).toBe("fail");
    expect(findingOf(transfer("lgwan", "lgwan", { ...secret, channel: "network" }), "confidential-encryption").status).toBe("not-applicable");
    expect(findingOf(transfer("lgwan", "lgwan", { ...secret, channel: "screen-transfer" }), "confidential-encryption").status).toBe("not-applicable");
    expect(findingOf(transfer("lgwan", "lgwan", { ...secret, channel: "email" }), "confidential-encryption").status).toBe("fail");
    expect(findingOf(transfer("lgwan", "lgwan", { ...secret, channel: "removable-media" }), "confidential-encryption").status).toBe("fail");
    expect(findingOf(transfer("lgwan", "lgwan", { ...secret, channel: "removable-media", encrypted: true }), "confidential-encryption").status).toBe("pass");
    expect(findingOf(transfer("lgwan", "lgwan", { ...secret }), "confidential-encryption").status).toBe("manual");
  });
});
