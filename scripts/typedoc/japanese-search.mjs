// @ts-check
/**
 * TypeDoc plugin: makes Japanese text findable by the site search.
 *
 * TypeDoc's search index is lunr, whose tokenizer splits on spaces and hyphens and whose trimmer
 * strips every leading and trailing non-ASCII-word character from a token (`/^\W+/`, `/\W+$/`).
 * Japanese has no spaces, and every Japanese character is `\W` to that regex, so Japanese names,
 * comments and documents end up as empty tokens: searching マイナンバー finds nothing.
 *
 * This adds one more search field, `ja`, holding every run of non-ASCII text of the reflection's
 * name, comment and (for a document) its Markdown, each run wrapped in underscores (`_…_`). The
 * underscores are word characters, so the trimmer leaves the run whole; the search box queries
 * `*マイナンバー*`, a wildcard term, which matches inside the run.
 */
import { Comment, IndexEvent } from "typedoc";

/** Runs of characters outside ASCII, e.g. "マイナンバー利用事務系" or "（例外措置）". */
const NON_ASCII_RUN = /[^\u0000-\u007f]+/gu;

/**
 * @param {string} text
 * @returns {string}
 */
export function japaneseSearchText(text) {
  return Array.from(text.matchAll(NON_ASCII_RUN), (match) => `_${match[0]}_`).join(" ");
}

/**
 * @param {import("typedoc").Reflection} reflection
 * @returns {string}
 */
function reflectionText(reflection) {
  const parts = [reflection.name];
  if (reflection.comment) {
    parts.push(Comment.combineDisplayParts(reflection.comment.summary));
    for (const tag of reflection.comment.blockTags) parts.push(Comment.combineDisplayParts(tag.content));
  }
  if (reflection.isDocument()) parts.push(Comment.combineDisplayParts(reflection.content));
  return parts.join("\n");
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    event.searchFieldWeights["ja"] = 1;
    event.searchResults.forEach((reflection, index) => {
      event.searchFields[index] = { ...event.searchFields[index], ja: japaneseSearchText(reflectionText(reflection)) };
    });
  });
}
