import { z } from "zod";
import { deepFreeze } from "../internal/deep-freeze.js";
import { ClauseRefSchema } from "./clause.js";
import { LayerIdSchema } from "./layers.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { PersonCategorySchema, STAFF_CATEGORIES, type PersonCategory } from "./vocabulary.js";

/**
 * A document that an obligation binds people to, named as the clause names it.
 *
 * @example
 * ```ts
 * import { ObligationDocumentSchema } from "./obligations.js";
 *
 * ObligationDocumentSchema.parse({
 *   name: { ja: "情報セキュリティポリシー", en: "Information Security Policy" },
 *   layers: ["basic-policy", "standards"],
 * });
 * ```
 */
export const ObligationDocumentSchema = z
  .object({
    /** The document's name, verbatim, e.g. 情報セキュリティポリシー. */
    name: LocalizedTextSchema,
    /** The document layers that name covers (情報セキュリティポリシー = basic policy + standards, 3(7)). */
    layers: z.array(LayerIdSchema).min(1).readonly(),
  })
  .strict();
/**
 * A document that an obligation binds people to.
 *
 * @example
 * ```ts
 * import { obligations, type ObligationDocument } from "./obligations.js";
 *
 * const documents: readonly ObligationDocument[] = obligations[0]?.mustComplyWith ?? [];
 * ```
 */
export type ObligationDocument = z.infer<typeof ObligationDocumentSchema>;

/**
 * An obligation the basic policy places on people.
 *
 * @example
 * ```ts
 * import { ObligationSchema, obligations } from "./obligations.js";
 *
 * ObligationSchema.parse(obligations[0]).clause; // "6"
 * ```
 */
export const ObligationSchema = z
  .object({
    /** Stable identifier, e.g. `"staff-compliance"`. */
    id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "not a kebab-case identifier"),
    /** The clause that states the obligation. */
    clause: ClauseRefSchema,
    /** The clause's heading, verbatim. */
    title: LocalizedTextSchema,
    /** The obligation, verbatim (the clause's text). */
    text: LocalizedTextSchema,
    /** Who is bound. */
    bound: z
      .object({
        /** Who the text says is bound, verbatim, e.g. 職員. */
        name: LocalizedTextSchema,
        /** The clause that defines who that is, e.g. `"3(15)"`. */
        definedIn: ClauseRefSchema,
        /** The person categories that definition takes in. */
        categories: z.array(PersonCategorySchema).min(1).readonly(),
      })
      .strict(),
    /** What the bound people must do, each a verbatim fragment of the text. */
    duties: z.array(LocalizedTextSchema).min(1).readonly(),
    /** The documents they must comply with. */
    mustComplyWith: z.array(ObligationDocumentSchema).min(1).readonly(),
  })
  .strict();
/**
 * An obligation the basic policy places on people.
 *
 * @example
 * ```ts
 * import { obligations, type Obligation } from "./obligations.js";
 *
 * const staffCompliance: Obligation | undefined = obligations.find((o) => o.id === "staff-compliance");
 * ```
 */
export type Obligation = z.infer<typeof ObligationSchema>;

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
export const obligations: readonly Obligation[] = deepFreeze<Obligation[]>([
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
