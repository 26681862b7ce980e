import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  AccessSubjectSchema,
  AssetSubjectSchema,
  CarryOutSubjectSchema,
  CloudUseSubjectSchema,
  DecisionSchema,
  FindingSchema,
  OrganizationSubjectSchema,
  OutsourcingSubjectSchema,
  SignInSubjectSchema,
  SoftwareUseSubjectSchema,
  TransferSubjectSchema,
} from "../../src/index.js";

// `npm run build` (and so `npm test`) writes each zod field's description into the built type
// declarations (scripts/document-declarations.mjs): these check what an editor shows on hover in
// an app that imports the package by its name, resolved through package.json "exports" as the
// app's TypeScript would.
const root = fileURLToPath(new URL("../../", import.meta.url));

/** The TSDoc each property of the named exported types shows on hover, read from dist/ by the TypeScript checker. */
function hoverDocs(entry: string, conditions: "import" | "require", typeNames: readonly string[]): Map<string, Map<string, string>> {
  const file = `${root}test/package/__hover__.${conditions === "import" ? "mts" : "cts"}`;
  const code = `import type { ${typeNames.join(", ")} } from ${JSON.stringify(entry)};\n${typeNames.map((name) => `export declare const v${name}: ${name};`).join("\n")}\n`;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === file ? code : readFile(name));
  host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists.bind(host));
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest));
  const program = ts.createProgram([file], options, host);
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
  expect(errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, "\n"))).toEqual([]);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error("no source file");
  const result = new Map<string, Map<string, string>>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const type = checker.getTypeAtLocation(declaration);
      const docs = new Map<string, string>();
      for (const property of checker.getPropertiesOfType(type)) docs.set(property.name, ts.displayPartsToString(property.getDocumentationComment(checker)));
      result.set(declaration.name.getText(source).slice(1), docs);
    }
  }
  return result;
}

/** The description of each field of an object schema (on the field, or on the schema it wraps). */
function descriptions(schema: z.ZodObject): Map<string, string | undefined> {
  const of = (field: z.ZodType): string | undefined => {
    if (field.description !== undefined) return field.description;
    const wrapped = (field._zod.def as { innerType?: z.ZodType }).innerType;
    return wrapped === undefined ? undefined : of(wrapped);
  };
  return new Map(Object.entries(schema.shape).map(([key, field]) => [key, of(field as z.ZodType)]));
}

const TYPES: ReadonlyArray<readonly [string, z.ZodObject]> = [
  ["TransferSubject", TransferSubjectSchema],
  ["CarryOutSubject", CarryOutSubjectSchema],
  ["SignInSubject", SignInSubjectSchema],
  ["SoftwareUseSubject", SoftwareUseSubjectSchema],
  ["AccessSubject", AccessSubjectSchema],
  ["OutsourcingSubject", OutsourcingSubjectSchema],
  ["CloudUseSubject", CloudUseSubjectSchema],
  ["AssetSubject", AssetSubjectSchema],
  ["OrganizationSubject", OrganizationSubjectSchema],
  ["Decision", DecisionSchema],
  ["Finding", FindingSchema.unwrap()],
];

describe("field descriptions show on hover in the published declarations", () => {
  it("the built index.d.ts carries the description of TransferSubject's sanitized field as a TSDoc comment", () => {
    const dts = readFileSync(`${root}dist/index.d.ts`, "utf8");
    expect(dts).toContain("/** Whether the information was sanitised (無害化) before entering the target zone. */\n    sanitized: z.ZodOptional<z.ZodBoolean>;");
  });

  it.each([
    ["@miyagi-kouiki/infosec-policy", "import"],
    ["@miyagi-kouiki/infosec-policy", "require"],
    ["@miyagi-kouiki/infosec-policy/core", "import"],
  ] as const)("%s (%s): every field of the subject, decision and finding types has its zod description as its doc", (entry, conditions) => {
    const hover = hoverDocs(entry, conditions, TYPES.map(([name]) => name));
    for (const [name, schema] of TYPES) {
      const shown = hover.get(name);
      expect(shown, name).toBeDefined();
      const expected = descriptions(schema);
      expect([...(shown?.keys() ?? [])].sort(), name).toEqual([...expected.keys()].sort());
      for (const [field, description] of expected) {
        expect(description, `${name}.${field} has a description`).toMatch(/\S/);
        expect(shown?.get(field), `${name}.${field}`).toBe(description);
      }
    }
    expect(hover.get("TransferSubject")?.get("sanitized")).toBe("Whether the information was sanitised (無害化) before entering the target zone.");
  });
});
