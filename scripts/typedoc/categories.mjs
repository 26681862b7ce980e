// @ts-check
/**
 * TypeDoc plugin: puts every export of the public modules in a category by the folder of src/ it
 * comes from, so that the API reads by topic (evaluating, decisions, subjects, controls, …)
 * instead of by kind (classes, functions, variables, …). One table here instead of a `@category`
 * tag on each of some 200 exports; an explicit `@category` tag in a comment still wins.
 *
 * Only a reflection that already has a comment gets the tag: a comment holding nothing but a
 * `@category` tag would count as documentation and hide the reflection from TypeDoc's
 * notDocumented validation. A re-export (the `core` entry re-exports the main entry's values)
 * takes the category of what it re-exports.
 */
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

/** The category of each folder (or file) of src/, most specific first. */
export const CATEGORIES = [
  ["src/evaluate.ts", "Evaluate 判定"],
  ["src/validation/", "Evaluate 判定"],
  ["src/engine/invalid-subject-error.ts", "Evaluate 判定"],
  ["src/audit/", "Evaluate 判定"],
  ["src/decision/", "Decisions 判定結果"],
  ["src/subjects/", "Subjects 判定対象"],
  ["src/engine/exceptions.ts", "Exceptions 例外措置"],
  ["src/exceptions/", "Exceptions 例外措置"],
  ["src/controls/", "Controls 対策"],
  ["src/classification/", "Classification 重要度分類"],
  ["src/definitions/", "Policy text 基本方針"],
  ["src/policy/", "Policy versions 版"],
  ["src/overlay/", "Overlays 対策基準"],
  ["src/schemas/", "JSON Schema"],
  ["src/export/", "OSCAL"],
  ["src/report/", "Reports 報告"],
  ["src/internal/", "Utilities"],
];

/** The order of the categories on a module page and in the navigation. */
// typedoc.json lists the categories in this order in `categoryOrder`; test/docs checks the two agree.

/**
 * @param {string} fileName - A path relative to the project root, e.g. "src/subjects/transfer.ts".
 * @returns {string | undefined}
 */
export function categoryOfFile(fileName) {
  return CATEGORIES.find(([prefix]) => fileName === prefix || fileName.startsWith(prefix))?.[1];
}

/**
 * @param {import("typedoc").Comment | undefined} comment
 * @returns {boolean}
 */
function hasCategory(comment) {
  return comment?.blockTags.some((tag) => tag.tag === "@category") ?? false;
}

/**
 * @param {import("typedoc").Comment} comment
 * @param {string} category
 */
function addCategory(comment, category) {
  if (!hasCategory(comment)) comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: category }]));
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const project = context.project;
      const categoryOf = (/** @type {import("typedoc").Reflection} */ reflection) => {
        const symbol = project.getSymbolIdFromReflection(reflection);
        return symbol === undefined ? undefined : categoryOfFile(symbol.packagePath);
      };
      for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
        for (const child of /** @type {import("typedoc").DeclarationReflection} */ (module).children ?? []) {
          if (child.isReference()) {
            const target = child.tryGetTargetReflectionDeep();
            const category = target && categoryOf(target);
            if (category !== undefined) {
              child.comment ??= new Comment();
              addCategory(child.comment, category);
            }
            continue;
          }
          const category = categoryOf(child);
          if (category === undefined) continue;
          const comments = [child.comment, ...child.getNonIndexSignatures().map((signature) => signature.comment)];
          const documented = comments.find((comment) => comment !== undefined && comment.hasVisibleComponent());
          if (documented !== undefined && !comments.some(hasCategory)) addCategory(documented, category);
        }
      }
    },
    // Before TypeDoc's CategoryPlugin (-200), which reads the tags.
    -100,
  );
}
