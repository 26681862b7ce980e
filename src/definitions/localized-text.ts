import { z } from "zod";

/**
 * A text in Japanese and English: the Japanese is verbatim from the source where the record
 * quotes the policy; the English is a faithful translation.
 */
export const LocalizedTextSchema = z
  .object({
    ja: z.string().min(1).describe("The Japanese text (日本語): verbatim where it quotes the policy."),
    en: z.string().min(1).describe("The English text: a faithful translation of the Japanese."),
  })
  .strict();

/** A text in Japanese and English. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A locale the library can speak: `ja` (default) or `en`. */
export const LocaleSchema = z.enum(["ja", "en"]);

/** A locale the library can speak. */
export type Locale = z.infer<typeof LocaleSchema>;
