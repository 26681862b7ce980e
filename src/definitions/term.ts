import { z } from "zod";
import { ClauseRefSchema } from "./clause.js";
import { LocalizedTextSchema } from "./localized-text.js";

/**
 * The identifier of a term defined in clause 3, in kebab-case English.
 *
 * @example
 * ```ts
 * import { TermIdSchema } from "./term.js";
 *
 * TermIdSchema.parse("mynumber-zone"); // "mynumber-zone"
 * TermIdSchema.options.length; // 15
 * ```
 */
export const TermIdSchema = z.enum([
  "network",
  "electromagnetic-media",
  "information-system",
  "union-computing-system",
  "terminal",
  "information-security",
  "information-security-policy",
  "personal-information",
  "information-asset",
  "confidentiality",
  "integrity",
  "availability",
  "mynumber-zone",
  "internet-zone",
  "staff",
]);
/**
 * The identifier of a term defined in clause 3.
 *
 * @example
 * ```ts
 * import type { TermId } from "./term.js";
 *
 * const cia: TermId[] = ["confidentiality", "integrity", "availability"];
 * ```
 */
export type TermId = z.infer<typeof TermIdSchema>;

/**
 * A term defined in clause 3: the term and its definition, verbatim, with English.
 *
 * @example
 * ```ts
 * import { TermSchema } from "./term.js";
 * import { terms } from "./terms.js";
 *
 * TermSchema.parse(terms[0]).term.ja; // "ネットワーク"
 * ```
 */
export const TermSchema = z
  .object({
    /** Stable identifier, e.g. `"mynumber-zone"`. */
    id: TermIdSchema,
    /** The item of clause 3 that defines the term, e.g. `"3(13)"`. */
    clause: ClauseRefSchema,
    /** The term as the item's heading gives it, e.g. マイナンバー利用事務系 / My Number zone. */
    term: LocalizedTextSchema,
    /** The definition, verbatim (the item's text). */
    definition: LocalizedTextSchema,
  })
  .strict();
/**
 * A term defined in clause 3.
 *
 * @example
 * ```ts
 * import type { Term } from "./term.js";
 * import { getTerm } from "./terms.js";
 *
 * const staff: Term = getTerm("職員");
 * staff.clause; // "3(15)"
 * ```
 */
export type Term = z.infer<typeof TermSchema>;
