/**
 * A build step (an esbuild plugin, used by tsup.config.ts) that writes the large data literals of
 * the sources as `JSON.parse('…')` in dist/, so that importing the package parses less.
 *
 * Why: V8 parses a JSON string much faster than the same object literal in JavaScript (a string
 * is one token to the JavaScript parser; `JSON.parse` is a specialised parser that builds the
 * objects directly, where an object literal is parsed, compiled into bytecode and a boilerplate,
 * then run). The policy text, the glossary, the measures, the terms and the tables are such
 * literals, evaluated once at import: the sources keep them as ordinary typed TypeScript
 * (reviewed, type-checked, verbatim); only the build output changes form.
 *
 * What it rewrites: an object or array literal at module level (not inside a function, so that
 * nothing evaluated per call changes) of at least {@link MIN_LITERAL_CHARS} characters whose
 * every part is JSON: string, number, `true`, `false`, `null`, arrays and objects with plain keys
 * (no spread, no computed or shorthand key, no method or accessor, no `__proto__`, no `undefined`,
 * no identifier, no template with a substitution, no hole). `as const`, `satisfies` and
 * parentheses inside are type-only and are looked through. Anything else is left as it is. The
 * value is rebuilt from the syntax tree, not evaluated, so every string stays verbatim, and the
 * replacement keeps the literal's line count (the newlines go inside the call's parentheses), so
 * that the source map of every line after it is unchanged.
 */
import { readFile } from "node:fs/promises";
import ts from "typescript";

/** Literals shorter than this stay literals: below a few kB a literal costs about what `JSON.parse` does. */
export const MIN_LITERAL_CHARS = 2000;

/** The JSON value of a pure data literal, or `undefined` when the expression is not one. */
function jsonValueOf(node: ts.Expression): { value: unknown } | undefined {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node)) {
    return jsonValueOf(node.expression);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { value: node.text };
  if (ts.isNumericLiteral(node)) return finite(Number(node.text));
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
    return finite(-Number(node.operand.text));
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { value: null };
  if (ts.isArrayLiteralExpression(node)) {
    const items: unknown[] = [];
    for (const element of node.elements) {
      if (ts.isOmittedExpression(element) || ts.isSpreadElement(element)) return undefined;
      const item = jsonValueOf(element);
      if (item === undefined) return undefined;
      items.push(item.value);
    }
    return { value: items };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const object: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) return undefined;
      const name = property.name;
      let key: string;
      if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) key = name.text;
      else if (ts.isNumericLiteral(name)) key = String(Number(name.text));
      else return undefined;
      // `__proto__: x` in a literal sets the prototype; in JSON it is an own property.
      if (key === "__proto__") return undefined;
      const item = jsonValueOf(property.initializer);
      if (item === undefined) return undefined;
      Object.defineProperty(object, key, { value: item.value, enumerable: true, writable: true, configurable: true });
    }
    return { value: object };
  }
  return undefined;
}

function finite(value: number): { value: number } | undefined {
  // -0 and non-finite numbers have no JSON form.
  return Number.isFinite(value) && !Object.is(value, -0) ? { value } : undefined;
}

/** `JSON.parse('…')` of a value, written as a single-quoted string literal. */
function jsonParseCall(value: unknown, extraLines: number): string {
  const json = JSON.stringify(value);
  let quoted = "'";
  for (const char of json) {
    if (char === "\\") quoted += "\\\\";
    else if (char === "'") quoted += "\\'";
    else if (char === "\u2028") quoted += "\\u2028";
    else if (char === "\u2029") quoted += "\\u2029";
    else quoted += char;
  }
  return `JSON.parse(${quoted}'${"\n".repeat(extraLines)})`;
}

/**
 * Rewrites the large module-level data literals of one TypeScript source as `JSON.parse('…')`.
 *
 * @param source - The module's text.
 * @param fileName - Its name (for the parser).
 * @param minChars - The smallest literal rewritten, in characters.
 * @returns The new text (the same string when nothing qualified) and how many literals were rewritten.
 */
export function jsonifyDataLiterals(source: string, fileName: string, minChars = MIN_LITERAL_CHARS): { code: string; count: number } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if ((ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node)) && node.end - node.getStart(file) >= minChars) {
      const json = jsonValueOf(node);
      if (json !== undefined) {
        const start = node.getStart(file);
        const lines = source.slice(start, node.end).split("\n").length - 1;
        edits.push({ start, end: node.end, text: jsonParseCall(json.value, lines) });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let code = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  return { code, count: edits.length };
}

/** The esbuild plugin: every `.ts` file under `src/` goes through {@link jsonifyDataLiterals}. */
export const jsonDataPlugin = {
  name: "json-data-literals",
  setup(build: { onLoad: (options: { filter: RegExp }, callback: (args: { path: string }) => Promise<{ contents: string; loader: "ts" } | undefined>) => void }): void {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (source.length < MIN_LITERAL_CHARS) return undefined;
      const { code, count } = jsonifyDataLiterals(source, args.path);
      return count === 0 ? undefined : { contents: code, loader: "ts" };
    });
  },
};
