import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { Scope } from "./scope-schema.js";

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
export const scope: Scope = deepFreezeLiteral<Scope>({
  organizations: [
    { id: "secretariat", name: { ja: "広域連合事務局", en: "Union Secretariat" } },
    { id: "assembly-secretariat", name: { ja: "議会事務局", en: "Assembly Secretariat" } },
    { id: "audit-secretariat", name: { ja: "監査委員事務局", en: "Audit Commissioners' Secretariat" } },
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
 * Says whether an organisation reference names one of the four organisations of 5(1), exactly.
 * `false` does not mean "outside the scope": only an explicit `{ outside: name }` is (a misspelt
 * id is invalid input; see `OrganizationRefSchema`).
 *
 * @param orgId - An organisation reference, e.g. `"secretariat"` or `{ outside: "登米市" }`.
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
export function isInScope(orgId: unknown): boolean {
  if (typeof orgId !== "string") return false;
  // Built on first use (it is on the engine's hot path), never changed after.
  scopeIds ??= new Set(scope.organizations.map((organization) => organization.id));
  return scopeIds.has(orgId);
}

let scopeIds: ReadonlySet<string> | undefined;
