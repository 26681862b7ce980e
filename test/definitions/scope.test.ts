import { describe, expect, it } from "vitest";
import { getClause } from "../../src/definitions/find-clause.js";
import { AssetRangeSchema, OrganizationSchema, ScopeSchema } from "../../src/definitions/scope-schema.js";
import { isInScope, scope } from "../../src/definitions/scope.js";
import { AssetCategorySchema, OrganizationIdSchema } from "../../src/definitions/vocabulary.js";

describe("scope", () => {
  it("validates against its schemas", () => {
    expect(ScopeSchema.parse(scope)).toEqual(scope);
    for (const organization of scope.organizations) expect(OrganizationSchema.parse(organization)).toEqual(organization);
    for (const range of scope.assetRanges) expect(AssetRangeSchema.parse(range)).toEqual(range);
  });

  it("has the four bodies of 5(1), named verbatim in the text's order", () => {
    expect(scope.organizations).toHaveLength(4);
    expect(scope.organizations.map((organization) => organization.id)).toEqual(OrganizationIdSchema.options);
    expect(scope.organizations.map((organization) => organization.name.ja)).toEqual([
      "広域連合事務局",
      "議会事務局",
      "監査委員事務局",
      "選挙管理委員会",
    ]);
    const text = getClause("5(1)").paragraphs[0]?.ja ?? "";
    let cursor = 0;
    for (const organization of scope.organizations) {
      const at = text.indexOf(organization.name.ja, cursor);
      expect(at, organization.id).toBeGreaterThanOrEqual(0);
      cursor = at + organization.name.ja.length;
    }
  });

  it("has the three asset ranges of 5(2)①②③, quoted from their clauses", () => {
    expect(scope.assetRanges).toHaveLength(3);
    expect(scope.assetRanges.map((range) => range.clause)).toEqual(["5(2)①", "5(2)②", "5(2)③"]);
    for (const range of scope.assetRanges) expect([range.text], range.clause).toEqual(getClause(range.clause).paragraphs);
  });

  it("covers every asset category, each in exactly one range", () => {
    expect(scope.assetRanges.map((range) => [...range.categories])).toEqual([
      ["network", "information-system", "server", "terminal", "facility", "media"],
      ["information"],
      ["system-document"],
    ]);
    const covered = scope.assetRanges.flatMap((range) => range.categories);
    expect([...covered].sort()).toEqual([...AssetCategorySchema.options].sort());
  });

  it("says which organisations are in scope", () => {
    for (const id of OrganizationIdSchema.options) expect(isInScope(id), id).toBe(true);
    for (const id of ["", "city-hall", "Secretariat", "広域連合事務局", "toString", "__proto__"]) {
      expect(isInScope(id), id).toBe(false);
    }
  });
});
