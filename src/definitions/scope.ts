import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze.js";
import { ClauseRefSchema } from "./clause.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { AssetCategorySchema, OrganizationIdSchema } from "./vocabulary.js";

/**
 * An administrative body the basic policy applies to (5(1)).
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from "./scope.js";
 *
 * OrganizationSchema.parse({ id: "assembly-secretariat", name: { ja: "議会事務局", en: "Assembly Secretariat" } });
 * ```
 */
export const OrganizationSchema = z
  .object({
    /** Stable identifier, e.g. `"secretariat"`. */
    id: OrganizationIdSchema,
    /** The body's name, verbatim as 5(1) gives it. */
    name: LocalizedTextSchema,
  })
  .strict();
/**
 * An administrative body the basic policy applies to.
 *
 * @example
 * ```ts
 * import { scope, type Organization } from "./scope.js";
 *
 * const bodies: readonly Organization[] = scope.organizations;
 * ```
 */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * One range of information assets the basic policy covers, a circled sub-item of 5(2).
 *
 * @example
 * ```ts
 * import { AssetRangeSchema, scope } from "./scope.js";
 *
 * AssetRangeSchema.parse(scope.assetRanges[2]).categories; // ["system-document"]
 * ```
 */
export const AssetRangeSchema = z
  .object({
    /** The sub-item that states the range, `"5(2)①"` … `"5(2)③"`. */
    clause: ClauseRefSchema,
    /** The range, verbatim (the sub-item's text). */
    text: LocalizedTextSchema,
    /** The asset categories the range covers. */
    categories: z.array(AssetCategorySchema).min(1).readonly(),
  })
  .strict();
/**
 * One range of information assets the basic policy covers.
 *
 * @example
 * ```ts
 * import { scope, type AssetRange } from "./scope.js";
 *
 * const ranges: readonly AssetRange[] = scope.assetRanges;
 * ```
 */
export type AssetRange = z.infer<typeof AssetRangeSchema>;

/**
 * The scope of the basic policy (5): the bodies it applies to and the assets it covers.
 *
 * @example
 * ```ts
 * import { ScopeSchema, scope } from "./scope.js";
 *
 * ScopeSchema.parse(scope).organizations.length; // 4
 * ```
 */
export const ScopeSchema = z
  .object({
    /** The administrative bodies of 5(1), in the order the text names them. */
    organizations: z.array(OrganizationSchema).min(1).readonly(),
    /** The asset ranges of 5(2)①②③, in document order. */
    assetRanges: z.array(AssetRangeSchema).min(1).readonly(),
  })
  .strict();
/**
 * The scope of the basic policy.
 *
 * @example
 * ```ts
 * import { scope, type Scope } from "./scope.js";
 *
 * const current: Scope = scope;
 * ```
 */
export type Scope = z.infer<typeof ScopeSchema>;

/**
 * The scope of the basic policy (5): the four administrative bodies of 5(1) and the three asset
 * ranges of 5(2). Together the ranges cover every asset category, each exactly once.
 *
 * @example
 * ```ts
 * import { scope } from "./scope.js";
 *
 * scope.organizations.map((organization) => organization.name.ja);
 * // ["広域連合事務局", "議会事務局", "監査委員事務局", "選挙管理委員会"]
 * scope.assetRanges.find((range) => range.categories.includes("information"))?.clause; // "5(2)②"
 * ```
 */
export const scope: Scope = deepFreeze<Scope>({
  organizations: [
    { id: "secretariat", name: { ja: "広域連合事務局", en: "Union Secretariat" } },
    { id: "assembly-secretariat", name: { ja: "議会事務局", en: "Assembly Secretariat" } },
    { id: "audit-secretariat", name: { ja: "監査委員事務局", en: "Secretariat of the Audit Commissioners" } },
    { id: "election-commission", name: { ja: "選挙管理委員会", en: "Election Administration Commission" } },
  ],
  assetRanges: [
    {
      clause: "5(2)①",
      text: {
        ja: "ネットワーク及び情報システム並びにこれらに関する設備及び電磁的記録媒体",
        en: "Networks and information systems, and the facilities and electromagnetic recording media relating to them",
      },
      categories: ["network", "information-system", "server", "terminal", "facility", "media"],
    },
    {
      clause: "5(2)②",
      text: {
        ja: "ネットワーク及び情報システムで取り扱う情報（これらを印刷した文書を含む。）",
        en: "Information handled on networks and information systems (including documents on which it is printed)",
      },
      categories: ["information"],
    },
    {
      clause: "5(2)③",
      text: {
        ja: "情報システムの仕様書及びネットワーク図等のシステム関連文書",
        en: "System-related documents such as information system specifications and network diagrams",
      },
      categories: ["system-document"],
    },
  ],
});

/**
 * Says whether an organisation is in the scope of the basic policy (5(1)). Any organisation other
 * than the four named there is outside it.
 *
 * @param orgId - An organisation id, e.g. `"secretariat"`.
 * @returns `true` for `secretariat`, `assembly-secretariat`, `audit-secretariat` and
 *   `election-commission`; `false` for anything else.
 * @example
 * ```ts
 * import { isInScope } from "./scope.js";
 *
 * isInScope("election-commission"); // true
 * isInScope("city-hall"); // false
 * ```
 */
export function isInScope(orgId: string): boolean {
  return scope.organizations.some((organization) => organization.id === orgId);
}
