import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { Obligation } from "./obligation.js";
import { STAFF_CATEGORIES } from "./staff-categories.js";
import type { PersonCategory } from "./vocabulary.js";

/**
 * The obligations of the basic policy: clause 6, which binds every 職員 (staff member, as 3(15)
 * defines it: regular, fiscal-year-appointed and part-time staff) to comply with the
 * 情報セキュリティポリシー and the 情報セキュリティ共通実施手順. Contractors and outsiders are not
 * staff and so not bound by it.
 *
 * @example
 * ```ts
 * import { obligations } from "./obligations.js";
 *
 * obligations[0]?.bound.categories; // ["regular", "fiscal-year-appointed", "part-time"]
 * obligations[0]?.mustComplyWith.flatMap((document) => document.layers);
 * // ["basic-policy", "standards", "procedures"]
 * ```
 */
export const obligations: readonly Obligation[] = deepFreezeLiteral<Obligation[]>([
  {
    id: "staff-compliance",
    clause: "6",
    title: { ja: "職員の遵守義務", en: "Obligations of staff" },
    text: {
      ja: "職員は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシー及び情報セキュリティ共通実施手順を遵守しなければならない。",
      en: "Staff shall share a common awareness of the importance of information security and, in performing their duties, shall comply with the Information Security Policy and the Information Security Common Implementation Procedures.",
    },
    bound: {
      name: { ja: "職員", en: "Staff" },
      definedIn: "3(15)",
      categories: STAFF_CATEGORIES,
    },
    duties: [
      {
        ja: "情報セキュリティの重要性について共通の認識を持ち",
        en: "Share a common awareness of the importance of information security",
      },
      {
        ja: "業務の遂行に当たって情報セキュリティポリシー及び情報セキュリティ共通実施手順を遵守しなければならない",
        en: "In performing their duties, comply with the Information Security Policy and the Information Security Common Implementation Procedures",
      },
    ],
    mustComplyWith: [
      {
        name: { ja: "情報セキュリティポリシー", en: "Information Security Policy" },
        layers: ["basic-policy", "standards"],
      },
      {
        name: { ja: "情報セキュリティ共通実施手順", en: "Information Security Common Implementation Procedures" },
        layers: ["procedures"],
      },
    ],
  },
]);

/**
 * Says whether a person of the given category is bound by the obligations of the basic policy
 * (clause 6): staff are (3(15): regular, fiscal-year-appointed and part-time), contractors and
 * outsiders are not.
 *
 * @param category - The person's category.
 * @returns `true` if some obligation binds that category.
 * @example
 * ```ts
 * import { isBoundByObligations } from "./obligations.js";
 *
 * isBoundByObligations("part-time"); // true
 * isBoundByObligations("contractor"); // false
 * ```
 */
export function isBoundByObligations(category: PersonCategory): boolean {
  return obligations.some((obligation) => obligation.bound.categories.includes(category));
}
