import { describe, expect, it } from "vitest";
import { controlCatalog } from "../../src/controls/catalog.js";
import { clauseText, getClause } from "../../src/definitions/find-clause.js";
import { evaluate } from "../../src/evaluate.js";
import { extendPolicy } from "../../src/overlay/extend-policy.js";
import { policy } from "../../src/policy/policies.js";
import type { Subject } from "../../src/subjects/subject.js";
import { casesFor } from "../controls/cases.js";
import { AS_OF, checkedKinds } from "../controls/support.js";

// DESIGN "Decisions": the exception message follows provenance: 原則として appears only where the
// basic policy says it (7(3)①); a guideline control's message names the guideline default, an
// organisation's rule names the organisation's standards. Checked over every control that admits
// an exception, each with a subject that fails it and the exception that turns it into a pass.

const admitting = controlCatalog.filter((control) => control.admitsException);

/** A subject that fails the control, with a CISO's exception covering it (and the link it opens, for the isolation). */
function exceptedFailure(id: string): { subject: Subject; parameters?: Readonly<Record<string, number>> } {
  const control = controlCatalog.find((each) => each.id === id);
  if (control === undefined) throw new Error(id);
  for (const kind of checkedKinds(control)) {
    for (const row of casesFor(id, kind)) {
      if (row.status !== "fail" || row.withoutAsOf) continue;
      const subject = row.subject as Subject & { from?: string; to?: string };
      const link = subject.kind === "transfer" ? { link: { from: subject.from, to: subject.to } } : {};
      const exception = { reference: "EX-TEST-1", approverRole: "ciso", controls: [id], validUntil: "2099-12-31", ...link };
      return { subject: { ...subject, exception } as Subject, ...(row.parameters === undefined ? {} : { parameters: row.parameters }) };
    }
  }
  throw new Error(`${id}: no failing row in the table`);
}

function exceptedFinding(id: string) {
  const { subject, parameters } = exceptedFailure(id);
  const judgedBy =
    parameters === undefined
      ? policy
      : extendPolicy(policy, { id: "row", version: "1.0.0", name: { ja: "試験", en: "Test" }, parameters: { [id]: parameters } } as never);
  return evaluate(subject, { asOf: AS_OF, policy: judgedBy }).findings.find((finding) => finding.control === id);
}

describe("exception messages by provenance", () => {
  it("some basic-policy and many guideline controls admit an exception", () => {
    expect(admitting.filter((control) => control.provenance === "basic-policy").map((control) => control.id)).toEqual(["mynumber-isolation"]);
    expect(admitting.filter((control) => control.provenance === "guideline").length).toBeGreaterThan(10);
  });

  // An organisation subject (the self-inspection) records no exception: its controls admit one only
  // in name, and a subject that tries is invalid input (so no message can be printed for it).
  const onlyOrganization = (control: (typeof admitting)[number]) => checkedKinds(control).every((kind) => kind === "organization");

  it.each(admitting.filter(onlyOrganization).map((control) => [control.id, control] as const))("%s: judged only on the organisation, where no exception can be recorded", (id) => {
    expect(() => exceptedFinding(id)).toThrow(/unknown field "exception"/);
  });

  it.each(admitting.filter((control) => !onlyOrganization(control)).map((control) => [control.id, control] as const))("%s: the exception's message names its provenance", (id, control) => {
    const finding = exceptedFinding(id);
    expect(finding?.status, `${id}: the exception did not turn the fail into a pass`).toBe("pass");
    expect(finding?.exception?.reference).toBe("EX-TEST-1");
    const { ja, en } = finding?.message ?? { ja: "", en: "" };
    expect(ja).toContain(control.title.ja);
    expect(ja).toContain("例外措置（EX-TEST-1");
    if (control.provenance === "basic-policy") {
      // Only where the clause itself says 原則として.
      expect(clauseText(getClause(control.clause), "ja")).toContain("原則として");
      expect(ja.startsWith("原則として求められる")).toBe(true);
      expect(en).toContain("in principle");
    } else {
      expect(ja).not.toContain("原則として");
      expect(en).not.toContain("in principle");
      expect(ja.startsWith("ガイドラインに基づく既定値「")).toBe(true);
      expect(en.startsWith("The guideline default")).toBe(true);
    }
  });

  it("an organisation's own rule gets the organisation's wording, never 原則として", () => {
    const extended = extendPolicy(policy, {
      id: "org",
      version: "1.0.0",
      name: { ja: "試験", en: "Test" },
      controls: [
        {
          id: "org-sanitise-first",
          title: { ja: "移送前の無害化", en: "Sanitised before transfer" },
          clause: "7(6)",
          category: "technical",
          threats: ["T1"],
          requirement: { ja: "移送の前に無害化する。", en: "Sanitise before a transfer." },
          remediation: { ja: "無害化する。", en: "Sanitise it." },
          appliesTo: "transfer",
          require: { check: "fields", fields: { sanitized: true } },
        },
      ],
    } as never);
    const subject = {
      kind: "transfer",
      from: "lgwan",
      to: "lgwan",
      channel: "email",
      sanitized: false,
      exception: { reference: "EX-ORG-1", approverRole: "ciso", controls: ["org-sanitise-first"], validFrom: AS_OF, validUntil: "2099-12-31" },
    } as Subject;
    const finding = evaluate(subject, { asOf: AS_OF, policy: extended }).findings.find((each) => each.control === "org-sanitise-first");
    expect(finding?.status).toBe("pass");
    expect(finding?.message.ja.startsWith("組織の対策基準による「移送前の無害化」")).toBe(true);
    expect(finding?.message.ja).not.toContain("原則として");
    // Word for word, with both ends of the period (the judgement tests pin the rest of the wording).
    expect(finding?.message).toEqual({
      ja: "組織の対策基準による「移送前の無害化」を満たさないが、CISOが承認した例外措置（EX-ORG-1、2026-04-01から2099-12-31まで有効）により適合とする。例外措置の承認者をCISOとするのはガイドラインに基づく既定値。",
      en: 'The organisation\'s rule "Sanitised before transfer" is not met, but the CISO-approved exception EX-ORG-1 (valid from 2026-04-01 until 2099-12-31) makes it compliant. That the CISO approves is a guideline default.',
    });
  });
});
