import { describe, expect, it } from "vitest";
import { glossary } from "../../src/definitions/glossary.js";
import { findTerm, getTerm, terms } from "../../src/definitions/terms.js";

// Code written against the English terms of earlier releases keeps finding the same term: the
// glossary's renderings to avoid are still names of the term.

describe("English terms of earlier releases", () => {
  it.each([
    ["Union computing system", "union-computing-system"],
    ["My Number business zone", "mynumber-zone"],
    ["my number system zone", "mynumber-zone"],
    ["  MY NUMBER BUSINESS SYSTEM ", "mynumber-zone"],
    ["Internet-connected zone", "internet-zone"],
  ])("%j still finds %s", (name, id) => {
    expect(findTerm(name)?.id).toBe(id);
    expect(getTerm(name).id).toBe(id);
  });

  it("are exactly the glossary's renderings to avoid for those terms", () => {
    const avoided = [
      ...(glossary["term.union-computer-system"].avoid?.en ?? []),
      ...(glossary["zone.mynumber"].avoid?.en ?? []),
      ...(glossary["zone.internet"].avoid?.en ?? []),
    ];
    expect(avoided.length).toBeGreaterThanOrEqual(5);
    for (const name of avoided) expect(findTerm(name), name).toBeDefined();
  });

  it("do not shadow any current name: each id, Japanese and English term still finds its own term", () => {
    for (const term of terms) {
      for (const name of [term.id, term.term.ja, term.term.en]) expect(findTerm(name)?.id, name).toBe(term.id);
    }
  });
});
