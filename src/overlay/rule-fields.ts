import type { z } from "zod";
import { OrganizationIdSchema } from "../definitions/vocabulary.js";
import { SUBJECT_KINDS } from "../subjects/subject-kinds.js";
import type { SubjectKind } from "../subjects/subject.js";
import { SubjectSchema } from "../subjects/subject.js";

/** A field of a subject kind that an organisation rule can read, and how to check a value of it. */
export interface RuleField {
  /** The name in the rule: `"encrypted"`, or `"classification.confidentiality"`. */
  readonly name: string;
  /** The top-level subject field it reads (`"classification"` for a dimension). */
  readonly top: string;
  /** The dimension, for `classification.*`. */
  readonly sub: string | undefined;
  /** Whether a value is one the field can have. */
  readonly accepts: (value: unknown) => boolean;
  /** What values the field takes, for messages, e.g. `true | false` or `"mynumber" | "lgwan" | "internet"`. */
  readonly describe: string;
  /** Every value the field can take, when there are finitely many (booleans, enums, levels); `undefined` for free text. */
  readonly values: readonly (string | number | boolean)[] | undefined;
}

// Fields a rule never reads: the discriminator, the caller's identifiers and free-form names,
// and the recorded exception (exceptions are applied by the engine, not by rules).
const NOT_RULE_FIELDS = new Set(["kind", "id", "name", "exception"]);

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema };
    if ((def.type === "optional" || def.type === "nullable") && def.innerType !== undefined) current = def.innerType;
    else return current;
  }
}

function valuesOf(schema: AnySchema): readonly (string | number | boolean)[] | undefined {
  const def = schema._zod.def as { type: string; entries?: Record<string, string | number>; values?: readonly (string | number | boolean)[] };
  if (def.type === "boolean") return [true, false];
  if (def.type === "enum" && def.entries !== undefined) return Object.values(def.entries);
  if (def.type === "literal" && def.values !== undefined) return [...def.values];
  return undefined;
}

function ruleField(name: string, top: string, sub: string | undefined, schema: AnySchema): RuleField {
  const inner = unwrap(schema);
  const check = inner as unknown as { safeParse(value: unknown): { success: boolean } };
  const values = valuesOf(inner);
  const describe = values === undefined ? "a string" : values.map((value) => JSON.stringify(value)).join(" | ");
  return { name, top, sub, accepts: (value) => check.safeParse(value).success, describe, values: values === undefined ? undefined : Object.freeze(values) };
}

function fieldsOfKind(shape: Readonly<Record<string, AnySchema>>): ReadonlyMap<string, RuleField> {
  const fields = new Map<string, RuleField>();
  for (const [name, schema] of Object.entries(shape)) {
    if (NOT_RULE_FIELDS.has(name)) continue;
    const inner = unwrap(schema);
    const def = inner._zod.def as { type: string; format?: string; shape?: Record<string, AnySchema> };
    if (name === "organization") {
      // A rule may name organisations of 5(1) only, by their literal ids: a subject of a declared
      // outside body never reaches a rule (the scope gate stops it), and a misspelt id in a rule
      // is rejected like one in a subject.
      fields.set(name, ruleField(name, name, undefined, OrganizationIdSchema));
    } else if (def.type === "boolean" || def.type === "enum" || (def.type === "string" && def.format === undefined)) {
      fields.set(name, ruleField(name, name, undefined, schema));
    } else if (name === "classification" && def.type === "object" && def.shape !== undefined) {
      for (const [dimension, dimensionSchema] of Object.entries(def.shape)) {
        fields.set(`${name}.${dimension}`, ruleField(`${name}.${dimension}`, name, dimension, dimensionSchema));
      }
    }
  }
  return fields;
}

let table: ReadonlyMap<SubjectKind, ReadonlyMap<string, RuleField>> | undefined;

/**
 * The fields an organisation rule can read for each subject kind, derived from the subject
 * schemas themselves so that the two cannot drift apart: booleans, enums, plain strings (not
 * dates, ids or names) and the dimensions of `classification`.
 *
 * @returns The fields by kind, in schema order.
 */
export function ruleFields(): ReadonlyMap<SubjectKind, ReadonlyMap<string, RuleField>> {
  if (table !== undefined) return table;
  const built = new Map<SubjectKind, ReadonlyMap<string, RuleField>>();
  const options = SubjectSchema.options as readonly { shape: Record<string, AnySchema> }[];
  for (const kind of SUBJECT_KINDS) {
    const option = options.find((each) => {
      const literal = each.shape["kind"]?._zod.def as { values?: readonly unknown[] } | undefined;
      return literal?.values?.[0] === kind;
    });
    if (option === undefined) throw new Error(`no subject schema for kind ${kind}`);
    built.set(kind, fieldsOfKind(option.shape));
  }
  return (table = built);
}

/**
 * Whether a subject kind has a top-level field (of any type), e.g. `safeguards` on `asset`.
 *
 * @param kind - The subject kind.
 * @param field - The field name.
 * @returns Whether the kind's schema has the field.
 */
export function kindHasField(kind: SubjectKind, field: string): boolean {
  const options = SubjectSchema.options as readonly { shape: Record<string, AnySchema> }[];
  return options.some((each) => {
    const literal = each.shape["kind"]?._zod.def as { values?: readonly unknown[] } | undefined;
    return literal?.values?.[0] === kind && Object.hasOwn(each.shape, field);
  });
}
