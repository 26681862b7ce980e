import { z } from "zod";
import { ClauseRefSchema } from "./clause.js";
import { LayerIdSchema } from "./layer.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { PersonCategorySchema } from "./vocabulary.js";

/**
 * A document that an obligation binds people to, named as the clause names it.
 *
 * @example
 * ```ts
 * import { ObligationDocumentSchema } from "./obligation.js";
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
 * import type { ObligationDocument } from "./obligation.js";
 * import { obligations } from "./obligations.js";
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
 * import { ObligationSchema } from "./obligation.js";
 * import { obligations } from "./obligations.js";
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
 * import type { Obligation } from "./obligation.js";
 * import { obligations } from "./obligations.js";
 *
 * const staffCompliance: Obligation | undefined = obligations.find((o) => o.id === "staff-compliance");
 * ```
 */
export type Obligation = z.infer<typeof ObligationSchema>;
