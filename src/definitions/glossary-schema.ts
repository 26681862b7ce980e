import { z } from "zod";

/**
 * One concept of the glossary: its one Japanese and one English rendering, and the renderings the
 * package must not use for it (a test checks that they appear nowhere in the package's own texts
 * and documentation).
 */
export const GlossaryEntrySchema = z
  .object({
    ja: z.string().min(1).describe("The one Japanese rendering of the concept."),
    en: z.string().min(1).describe("The one English rendering of the concept."),
    avoid: z
      .object({
        ja: z.array(z.string().min(1)).readonly().describe("Japanese renderings not to use."),
        en: z.array(z.string().min(1)).readonly().describe("English renderings not to use (matched case-sensitively)."),
      })
      .strict()
      .optional()
      .describe("Non-preferred renderings of the concept, each a string that must not occur."),
    note: z.string().min(1).optional().describe("Why this rendering was chosen, where it is not obvious."),
  })
  .strict();

/** One concept of the glossary: its Japanese and English rendering, and the renderings to avoid. */
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
