import { describe, expect, it } from "vitest";
import { scopeOrganization } from "../../src/controls/catalog/organization.js";
import type { SubjectKind, SubjectOf } from "../../src/subjects/subject.js";
import { CONTEXT, runCheck } from "./support.js";

// The scope gate of 5(1) fails closed. The engine's guard refuses a malformed `organization`
// before any check runs, so the gate's own last line of defence is only reached by a check called
// directly (as an overlay or a future engine might): it must throw there, never answer
// `outOfScope` (not-applicable), which would be an OK by mistake.
const judge = <K extends SubjectKind>(kind: K, subject: SubjectOf<K>) => runCheck(scopeOrganization, kind, subject, CONTEXT);
const transferWith = (organization: unknown) => ({ kind: "transfer", from: "lgwan", to: "lgwan", organization }) as unknown as SubjectOf<"transfer">;
const REFUSED = "scope-organization: the organisation is neither an id of 5(1) nor { outside: name }";

describe("scope-organization: the gate of 5(1) on input the guard would have refused", () => {
  it.each([
    ["an unknown id", "miyagi-prefecture"],
    ["null", null],
    ["a number", 5],
    ["an empty object", {}],
    ["an inherited outside", Object.create({ outside: "宮城県庁" }) as unknown],
    ["an outside that is not a string", { outside: 5 }],
    ["an empty outside", { outside: "" }],
    ["an outside of blanks", { outside: " \u3000\t" }],
  ])("throws for %s, naming the control, rather than answering out of scope", (_what, organization) => {
    expect(() => judge("transfer", transferWith(organization))).toThrow(new TypeError(REFUSED));
  });

  it("answers out of scope only for an own, non-blank outside name", () => {
    expect(judge("transfer", transferWith({ outside: "宮城県庁" })).status).toBe("not-applicable");
    expect(judge("transfer", transferWith({ outside: " 宮城県庁 " })).status).toBe("not-applicable");
  });

  it("an asset at a member municipality's counter is the Union's only when it is in scope (5(2)①)", () => {
    const atCounter = { kind: "asset", category: "terminal", zone: "mynumber", location: "member-municipality-counter" } as const;
    const inScope = judge("asset", { ...atCounter, organization: "secretariat" });
    const outside = judge("asset", { ...atCounter, organization: { outside: "宮城県庁" } });
    expect(inScope).toBe(scopeOrganization.verdictsByName["unionAssetAtCounter"]);
    expect(outside).toBe(scopeOrganization.verdictsByName["outOfScope"]);
    expect(outside.status).toBe("not-applicable");
  });
});
