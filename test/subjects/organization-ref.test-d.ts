import { describe, expectTypeOf, it } from "vitest";
import type { AssetSubject, OrganizationRef, OutsideOrganization, Subject } from "../../src/index.js";
import { SAFEGUARD_VALUES, ZONE_VALUES, ORGANIZATION_ID_VALUES } from "../../src/definitions/vocabulary-values.js";
import type { OrganizationId, Safeguard, Zone } from "../../src/index.js";

// Organisation references fail closed at the type level too: a literal union, so TypeScript
// catches a misspelt id before it runs.

describe("OrganizationRef", () => {
  it("is one of the four ids of 5(1), or { outside: name }", () => {
    expectTypeOf<OrganizationRef>().toEqualTypeOf<"secretariat" | "assembly-secretariat" | "audit-secretariat" | "election-commission" | { outside: string }>();
    expectTypeOf<OutsideOrganization>().toEqualTypeOf<{ outside: string }>();
    expectTypeOf<AssetSubject["organization"]>().toEqualTypeOf<OrganizationRef>();
  });

  it("rejects a typo, another case, a Japanese name and a bare other body at compile time", () => {
    const ok: Subject = { kind: "asset", organization: "secretariat", category: "server" };
    const outside: Subject = { kind: "asset", organization: { outside: "登米市" }, category: "terminal" };
    // @ts-expect-error another case is not an id
    const capitalised: Subject = { kind: "asset", organization: "Secretariat", category: "server" };
    // @ts-expect-error a typo is not an id
    const typo: Subject = { kind: "sign-in", zone: "mynumber", organization: "election-comission" };
    // @ts-expect-error the Japanese name is not an id
    const japanese: Subject = { kind: "cloud-use", organization: "広域連合事務局" };
    // @ts-expect-error another body must be declared as { outside }
    const bare: Subject = { kind: "cloud-use", organization: "登米市" };
    // @ts-expect-error an outside declaration has only its name
    const extra: Subject = { kind: "cloud-use", organization: { outside: "登米市", note: "x" } };
    void [ok, outside, capitalised, typo, japanese, bare, extra];
  });

  it("the guard's frozen value lists are exactly the vocabulary", () => {
    expectTypeOf<(typeof ZONE_VALUES)[number]>().toEqualTypeOf<Zone>();
    expectTypeOf<(typeof ORGANIZATION_ID_VALUES)[number]>().toEqualTypeOf<OrganizationId>();
    expectTypeOf<(typeof SAFEGUARD_VALUES)[number]>().toEqualTypeOf<Safeguard>();
  });
});
