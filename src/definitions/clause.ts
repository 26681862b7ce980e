import { z } from "zod";
import { LocalizedTextSchema } from "./localized-text.js";

/**
 * A clause reference in the document's own numbering, half-width: `"7"` for a section, `"3(13)"`
 * for an item, `"7(3)①"` for a sub-item.
 */
export const ClauseRefSchema = z
  .string()
  .regex(/^(?:[1-9]|1[01])(?:\((?:[1-9]|1[0-9])\)(?:[①-⑳])?)?$/, "not a clause reference such as \"7\", \"3(13)\" or \"7(3)①\"");

/** A clause reference such as `"7"`, `"3(13)"` or `"7(3)①"`. */
export type ClauseRef = z.infer<typeof ClauseRefSchema>;

/** The level of a clause in the document: a section (１), an item (（１）) or a sub-item (①). */
export const ClauseLevelSchema = z.enum(["section", "item", "sub-item"]);
/** The level of a clause in the document. */
export type ClauseLevel = z.infer<typeof ClauseLevelSchema>;

/**
 * One clause of the basic policy: a section, an item or a circled sub-item, with its heading and
 * body verbatim in Japanese and a faithful English translation.
 */
export const ClauseSchema = z
  .object({
    /** Stable reference in the document's numbering, e.g. `"7(3)①"`. */
    ref: ClauseRefSchema,
    /** Section, item or sub-item. */
    level: ClauseLevelSchema,
    /** The number of the section (1 … 11). */
    section: z.number().int().min(1).max(11),
    /** The number of the item within the section, for items and sub-items. */
    item: z.number().int().min(1).optional(),
    /** The number of the circled sub-item within the item, for sub-items. */
    subItem: z.number().int().min(1).optional(),
    /** The reference of the enclosing clause; absent for sections. */
    parent: ClauseRefSchema.optional(),
    /** The numbering marker exactly as the document prints it: `"７"`, `"（１３）"`, `"①"`. */
    marker: z.string().min(1),
    /** The heading, where the document gives one (sections; items of 2, 3, 5, 7). */
    heading: LocalizedTextSchema.optional(),
    /** The body, paragraph by paragraph, verbatim (PDF line breaks removed). May be empty. */
    paragraphs: z.array(LocalizedTextSchema).readonly(),
  })
  .strict();

/** One clause of the basic policy. */
export type Clause = z.infer<typeof ClauseSchema>;
