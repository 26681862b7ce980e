// @ts-check
/**
 * TypeDoc plugin: documents each field of a type inferred from a zod object schema
 * (`TransferSubject = z.infer<typeof TransferSubjectSchema>`) with the field's description, its
 * `.describe("…")` (or `.meta({ description: "…" })`) in the schema: the one source of field
 * docs, which the JSON Schemas, the subject-fields page and the built type declarations also read
 * (see scripts/document-declarations.mjs). The properties of an inferred type are declared by the
 * `z.object({…})` shape's property assignments, so the description is read from there, as the
 * string literal it is written as.
 */
import { Comment, Converter, ReflectionKind, TypeScript as ts } from "typedoc";

/**
 * The description written on a zod schema expression: the string of the nearest `.describe("…")`
 * or `.meta({ description: "…" })` in its call chain (`X.optional().describe("…")`, or
 * `X.describe("…").optional()`).
 *
 * @param {ts.Expression} expression
 * @returns {string | undefined}
 */
export function describedAs(expression) {
  let node = expression;
  while (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const name = node.expression.name.text;
    const [argument] = node.arguments;
    if (name === "describe" && argument !== undefined && ts.isStringLiteralLike(argument)) return argument.text;
    if (name === "meta" && argument !== undefined && ts.isObjectLiteralExpression(argument)) {
      for (const property of argument.properties) {
        if (ts.isPropertyAssignment(property) && property.name.getText() === "description" && ts.isStringLiteralLike(property.initializer)) return property.initializer.text;
      }
    }
    node = node.expression.expression;
  }
  return undefined;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || reflection.comment !== undefined) return;
    const declarations = context.getSymbolFromReflection(reflection)?.declarations ?? [];
    for (const declaration of declarations) {
      if (!ts.isPropertyAssignment(declaration)) continue;
      const description = describedAs(declaration.initializer);
      if (description === undefined) continue;
      reflection.comment = new Comment([{ kind: "text", text: description }]);
      return;
    }
  });
}
