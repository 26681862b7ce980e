import { describe, expect, it } from "vitest";
import { getClause } from "../../src/definitions/find-clause.js";
import { TermIdSchema, TermSchema } from "../../src/definitions/term.js";
import { findTerm, getTerm, terms } from "../../src/definitions/terms.js";
import { UnknownNameError } from "../../src/definitions/unknown-name-error.js";

describe("terms", () => {
  it("validates every term against TermSchema", () => {
    for (const term of terms) expect(TermSchema.parse(term)).toEqual(term);
  });

  it("has exactly the 15 terms of clause 3, in order, with the ids of the design", () => {
    expect(terms).toHaveLength(15);
    expect(terms.map((term) => term.id)).toEqual([
      "network",
      "electromagnetic-media",
      "information-system",
      "union-computing-system",
      "terminal",
      "information-security",
      "information-security-policy",
      "personal-information",
      "information-asset",
      "confidentiality",
      "integrity",
      "availability",
      "mynumber-zone",
      "internet-zone",
      "staff",
    ]);
    expect(terms.map((term) => term.id)).toEqual(TermIdSchema.options);
    expect(terms.map((term) => term.clause)).toEqual(terms.map((_, i) => `3(${i + 1})`));
  });

  it("takes each term and definition from its clause, word for word", () => {
    for (const term of terms) {
      const clause = getClause(term.clause);
      expect(term.term, term.id).toEqual(clause.heading);
      expect([term.definition], term.id).toEqual(clause.paragraphs);
    }
  });

  it("uses the design's English for the zones and staff", () => {
    expect(getTerm("mynumber-zone").term.en).toBe("My Number zone");
    expect(getTerm("internet-zone").term.en).toBe("Internet zone");
    expect(getTerm("staff").term.en).toBe("Staff");
  });
});

describe("findTerm and getTerm", () => {
  it("finds every term by its id, its Japanese and its English", () => {
    for (const term of terms) {
      expect(findTerm(term.id)).toBe(term);
      expect(findTerm(term.term.ja)).toBe(term);
      expect(findTerm(term.term.en)).toBe(term);
      expect(getTerm(term.term.ja)).toBe(term);
    }
  });

  it("ignores case in English and ids, and surrounding white space", () => {
    expect(findTerm("CONFIDENTIALITY")?.id).toBe("confidentiality");
    expect(findTerm("my number business zone")?.id).toBe("mynumber-zone");
    expect(findTerm("Mynumber-Zone")?.id).toBe("mynumber-zone");
    expect(findTerm("  機密性 ")?.clause).toBe("3(10)");
  });

  it("finds no term for names the document does not define", () => {
    for (const name of ["", "firewall", "LGWAN接続系", "機密", "3(10)"]) expect(findTerm(name), name).toBeUndefined();
  });

  it("never lets one name stand for two terms", () => {
    const owners = new Map<string, string>();
    for (const term of terms) {
      for (const name of [term.id, term.term.ja, term.term.en].map((n) => n.trim().toLowerCase())) {
        const owner = owners.get(name);
        if (owner !== undefined) expect(owner, name).toBe(term.id);
        owners.set(name, term.id);
      }
    }
  });

  it("throws UnknownNameError with suggestions for an unknown name", () => {
    let caught: unknown;
    try {
      getTerm("netwrk");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownNameError);
    const error = caught as UnknownNameError;
    expect(error.name).toBe("UnknownNameError");
    expect(error.kind).toBe("term");
    expect(error.query).toBe("netwrk");
    expect(error.suggestions[0]).toBe("network");
    expect(error.suggestions).toHaveLength(3);
    expect(new Set(error.suggestions.map((name) => findTerm(name)?.id)).size).toBe(3);
    expect(error.message).toContain('Unknown term "netwrk"');
    expect(error.message).toContain('"mynumber-zone"');
    expect(() => getTerm("可用")).toThrow(UnknownNameError);
  });
});
