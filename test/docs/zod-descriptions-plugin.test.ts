import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { SUBJECT_KINDS, SubjectSchema } from "../../src/index.js";
// @ts-expect-error: a plain ES module of the docs build, without declarations
import { describedAs } from "../../scripts/typedoc/zod-descriptions.mjs";

// The TypeDoc site documents each field of an inferred type with the description its zod schema
// carries, read from the source by scripts/typedoc/zod-descriptions.mjs: it must read exactly what
// the schema holds at run time (what the JSON Schema and the built .d.ts show), for every field.

const described = describedAs as (expression: ts.Expression) => string | undefined;

/** The `key: initializer` assignments of every `z.object({…})` literal in a source file. */
function shapeAssignments(file: string): Map<string, ts.Expression> {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "object") {
      const [literal] = node.arguments;
      if (literal !== undefined && ts.isObjectLiteralExpression(literal)) {
        for (const property of literal.properties) if (ts.isPropertyAssignment(property)) found.set(property.name.getText(source), property.initializer);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the TypeDoc plugin reads the same field descriptions as the schemas hold", () => {
  it.each(SUBJECT_KINDS)("%s: every field", (kind) => {
    const schema = SubjectSchema.options.find((option) => option.shape.kind.value === kind) as z.ZodObject | undefined;
    expect(schema).toBeDefined();
    const assignments = shapeAssignments(new URL(`../../src/subjects/${kind}.ts`, import.meta.url).pathname);
    for (const [key, field] of Object.entries(schema?.shape ?? {})) {
      const initializer = assignments.get(key);
      expect(initializer, `${kind}.${key}`).toBeDefined();
      expect(described(initializer as ts.Expression), `${kind}.${key}`).toBe((field as z.ZodType).description);
      expect((field as z.ZodType).description, `${kind}.${key}`).toMatch(/\S/);
    }
  });

  it("finds a description through .meta() and below a wrapper, and none where there is none", () => {
    const expression = (code: string) => (ts.createSourceFile("x.ts", `(${code})`, ts.ScriptTarget.Latest, true).statements[0] as ts.ExpressionStatement).expression;
    const unwrap = (node: ts.Expression) => (ts.isParenthesizedExpression(node) ? node.expression : node);
    expect(described(unwrap(expression('z.string().meta({ id: "x", description: "Meta." })')))).toBe("Meta.");
    expect(described(unwrap(expression('z.string().describe("Inner.").optional()')))).toBe("Inner.");
    expect(described(unwrap(expression("z.string().optional()")))).toBeUndefined();
  });
});
