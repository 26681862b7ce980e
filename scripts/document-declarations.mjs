// Puts each zod field's description (its `.describe()` metadata, the one source of field docs)
// into the built type declarations as a TSDoc comment on the field, so that an editor shows it on
// hover over `subject.sanitized` in an app that imports the package. TypeScript's declaration
// emit drops comments written inside `z.object({…})` (the shape goes through zod's mapped types),
// so the comments are written here, from the built package's own schemas (dist/index.js), into
// dist/index.d.ts, index.d.cts, core.d.ts and core.d.cts. Run by `npm run build` after tsup
// (tsup has no hook after its declaration build). Idempotent: a field that already has a
// comment is left alone.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = await import(pathToFileURL(join(root, "dist", "index.js")).href);

/** The exported zod schemas of the built package, by name. */
const schemas = new Map(Object.entries(built).filter(([, value]) => typeof value === "object" && value !== null && "_zod" in value));

/** The wrapped schema of a zod wrapper (optional, nullable, readonly, default…), or undefined. */
const inner = (schema) => schema._zod.def.innerType;

/** A field's description: its own, or that of the schema it wraps (`X.describe("…").optional()`). */
function descriptionOf(schema) {
  if (typeof schema.description === "string") return schema.description;
  const wrapped = inner(schema);
  return wrapped === undefined ? undefined : descriptionOf(wrapped);
}

/**
 * Walks a declared zod type (`z.ZodObject<{…}>`, `z.ZodOptional<…>`, …) and the runtime schema it
 * declares side by side, and collects a comment edit for every object field with a description.
 */
function collect(typeNode, schema, source, edits) {
  if (typeNode === undefined || schema === undefined || !ts.isTypeReferenceNode(typeNode)) return;
  const name = typeNode.typeName.getText(source).replace(/^.*\./, "");
  const args = typeNode.typeArguments ?? [];
  const def = schema._zod.def;
  switch (def.type) {
    case "object": {
      if (name !== "ZodObject" || args[0] === undefined || !ts.isTypeLiteralNode(args[0])) return;
      for (const member of args[0].members) {
        if (!ts.isPropertySignature(member) || member.name === undefined) continue;
        const key = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
        const field = key === undefined || !Object.hasOwn(def.shape, key) ? undefined : def.shape[key];
        if (field === undefined) continue;
        const description = descriptionOf(field);
        const documented = (ts.getLeadingCommentRanges(source.text, member.getFullStart()) ?? []).some((range) => source.text.startsWith("/**", range.pos));
        if (typeof description === "string" && description !== "" && !documented) edits.push({ at: member.getStart(source), text: docComment(description, indentOf(source, member)) });
        collect(member.type, field, source, edits);
      }
      return;
    }
    case "optional":
    case "nullable":
    case "readonly":
    case "default":
    case "prefault":
    case "nonoptional":
    case "catch":
      return collect(args[0], inner(schema), source, edits);
    case "array":
      return collect(args[0], def.element, source, edits);
    case "record":
      return collect(args[1], def.valueType, source, edits);
    case "union": {
      const tuple = args[0];
      if (tuple === undefined || !ts.isTupleTypeNode(tuple)) return;
      tuple.elements.forEach((element, index) => collect(element, def.options[index], source, edits));
      return;
    }
    case "intersection":
      collect(args[0], def.left, source, edits);
      collect(args[1], def.right, source, edits);
      return;
    default:
      return;
  }
}

function indentOf(source, node) {
  const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
  const start = source.getPositionOfLineAndCharacter(line, 0);
  return /^\s*/.exec(source.text.slice(start, node.getStart(source)))?.[0] ?? "";
}

function docComment(description, indent) {
  return `/** ${description.replaceAll("*/", "*\\/")} */\n${indent}`;
}

let total = 0;
for (const file of ["index.d.ts", "index.d.cts", "core.d.ts", "core.d.cts"]) {
  const path = join(root, "dist", file);
  const text = readFileSync(path, "utf8");
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name)) continue;
      // rollup-plugin-dts renames a clash as `Name$1`: the schema is still `Name`.
      const schema = schemas.get(declaration.name.text.replace(/\$\d+$/, ""));
      collect(declaration.type, schema, source, edits);
    }
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.text + out.slice(edit.at);
  if (out !== text) writeFileSync(path, out);
  total += edits.length;
}
console.log(`Field docs: ${total} descriptions written into the type declarations of dist/`);
