import { deepFreezeLiteral } from "../internal/deep-freeze.js";
import type { LocalizedText } from "./localized-text.js";

/**
 * The chapter heading that opens the basic policy, 「第１章 情報セキュリティ基本方針」.
 *
 * Chapter 1 is the whole basic policy; its sections are the `clauses`. The Japanese is
 * verbatim from the source, including the space the document prints between the chapter number
 * and the title.
 *
 * @example
 * ```ts
 * import { documentTitle } from "./document-title.js";
 *
 * documentTitle.ja; // "第１章 情報セキュリティ基本方針"
 * documentTitle.en; // "Chapter 1: Information Security Basic Policy"
 * ```
 */
export const documentTitle: LocalizedText = deepFreezeLiteral({
  ja: "第１章 情報セキュリティ基本方針",
  en: "Chapter 1: Information Security Basic Policy",
});
