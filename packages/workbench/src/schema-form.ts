// A form generated from a JSON Schema (the library's, generated from its zod schemas), so that the
// "check one action" form follows the schemas: a field per property, a group per nested object, a
// select per enum, a tri-state select per boolean, checkboxes per array of enum values, and a
// JSON text box for anything else (arrays of objects, unions of objects). Pure: tested in Node.

/** A JSON Schema node, loosely typed (the library's schemas are plain JSON). */
export type SchemaNode = { readonly [key: string]: unknown };

/** One field of the form. */
export type Field =
  | { readonly type: "const"; readonly path: string; readonly value: unknown }
  | { readonly type: "enum"; readonly path: string; readonly options: readonly (string | number)[]; readonly required: boolean; readonly description: string }
  | { readonly type: "boolean"; readonly path: string; readonly required: boolean; readonly description: string }
  | { readonly type: "string"; readonly path: string; readonly required: boolean; readonly description: string; readonly date: boolean }
  | { readonly type: "number"; readonly path: string; readonly required: boolean; readonly description: string; readonly integer: boolean }
  | { readonly type: "multi"; readonly path: string; readonly options: readonly (string | number)[]; readonly required: boolean; readonly description: string }
  | { readonly type: "json"; readonly path: string; readonly required: boolean; readonly description: string }
  | { readonly type: "group"; readonly path: string; readonly required: boolean; readonly description: string; readonly fields: readonly Field[] };

/** The value typed into one field: text, or the values ticked. */
export type FieldValue = string | readonly string[];

function text(node: SchemaNode, key: string): string {
  const value = node[key];
  return typeof value === "string" ? value : "";
}

function enumOf(node: SchemaNode): readonly (string | number)[] | undefined {
  const values = node["enum"];
  return Array.isArray(values) && values.every((v) => typeof v === "string" || typeof v === "number") ? (values as (string | number)[]) : undefined;
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: SchemaNode, prefix = ""): Field[] {
  const properties = (schema["properties"] ?? {}) as Record<string, SchemaNode>;
  const required = new Set(Array.isArray(schema["required"]) ? (schema["required"] as string[]) : []);
  return Object.entries(properties).map(([name, node]) => fieldOf(node, prefix === "" ? name : `${prefix}.${name}`, required.has(name)));
}

function fieldOf(node: SchemaNode, path: string, required: boolean): Field {
  const description = text(node, "description");
  if ("const" in node) return { type: "const", path, value: node["const"] };
  const values = enumOf(node);
  if (values !== undefined) return { type: "enum", path, options: values, required, description };
  const anyOf = node["anyOf"];
  if (Array.isArray(anyOf)) {
    // A union whose first branch is a list of names (e.g. an organisation of 5(1) or an outside body):
    // offered as the list; the other branches are typed as JSON.
    const first = anyOf[0] as SchemaNode | undefined;
    const names = first === undefined ? undefined : enumOf(first);
    if (names !== undefined) return { type: "enum", path, options: names, required, description };
    return { type: "json", path, required, description };
  }
  const type = node["type"];
  if (type === "boolean") return { type: "boolean", path, required, description };
  if (type === "number" || type === "integer") return { type: "number", path, required, description, integer: type === "integer" };
  if (type === "string") return { type: "string", path, required, description, date: node["format"] === "date" || /YYYY-MM-DD|ISO date|date\b/i.test(description) && /date/i.test(path) };
  if (type === "array") {
    const items = (node["items"] ?? {}) as SchemaNode;
    const options = enumOf(items);
    if (options !== undefined) return { type: "multi", path, options, required, description };
    return { type: "json", path, required, description };
  }
  if (type === "object" && node["properties"] !== undefined) return { type: "group", path, required, description, fields: fieldsOf(node, path) };
  return { type: "json", path, required, description };
}

/** A problem building the value (a number or JSON that does not parse). */
export interface BuildIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The subject the form describes: only what was filled in (an untouched optional group is left
 * out, so that the engine sees an unstated fact as unstated, never as a default).
 */
export function buildValue(fields: readonly Field[], values: ReadonlyMap<string, FieldValue>): { value: Record<string, unknown>; issues: BuildIssue[] } {
  const issues: BuildIssue[] = [];
  const value = build(fields, values, issues);
  return { value, issues };
}

function lastName(path: string): string {
  const at = path.lastIndexOf(".");
  return at === -1 ? path : path.slice(at + 1);
}

function build(fields: readonly Field[], values: ReadonlyMap<string, FieldValue>, issues: BuildIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const name = lastName(field.path);
    if (field.type === "const") {
      out[name] = field.value;
      continue;
    }
    if (field.type === "group") {
      const inner = build(field.fields, values, issues);
      if (Object.keys(inner).length > 0) out[name] = inner;
      continue;
    }
    const raw = values.get(field.path);
    if (field.type === "multi") {
      if (Array.isArray(raw) && raw.length > 0) out[name] = raw.map((entry) => (field.options.includes(Number(entry)) && !field.options.includes(entry) ? Number(entry) : entry));
      continue;
    }
    if (typeof raw !== "string" || raw.trim() === "") continue;
    switch (field.type) {
      case "enum":
        out[name] = field.options.includes(raw) ? raw : field.options.includes(Number(raw)) ? Number(raw) : raw;
        break;
      case "boolean":
        out[name] = raw === "true";
        break;
      case "string":
        out[name] = raw;
        break;
      case "number": {
        const number = Number(raw);
        if (Number.isFinite(number)) out[name] = number;
        else issues.push({ path: field.path, message: `not a number: ${JSON.stringify(raw)}` });
        break;
      }
      case "json":
        try {
          out[name] = JSON.parse(raw);
        } catch (error) {
          issues.push({ path: field.path, message: `not JSON: ${(error as Error).message}` });
        }
        break;
    }
  }
  return out;
}
