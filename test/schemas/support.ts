import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import type { z } from "zod";
import {
  AccessSubjectSchema,
  AssetSubjectSchema,
  AuditReportSchema,
  AuditResultSchema,
  CarryOutSubjectSchema,
  ChecklistAnswersSchema,
  CloudUseSubjectSchema,
  DecisionSchema,
  ExceptionRegisterSchema,
  FindingSchema,
  jsonSchemaFor,
  jsonSchemaNames,
  OrganizationSubjectSchema,
  OutsourcingSubjectSchema,
  OverlaySchema,
  SignInSubjectSchema,
  SoftwareUseSubjectSchema,
  SubjectSchema,
  TransferSubjectSchema,
  type JsonSchemaName,
} from "../../src/index.js";

// ajv-formats is CommonJS with `exports.default`; under ESM interop the default import may be the
// module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/** The zod schema each JSON Schema is generated from. */
export const ZOD_SCHEMAS: { readonly [N in JsonSchemaName]: z.ZodType } = {
  subject: SubjectSchema,
  "transfer-subject": TransferSubjectSchema,
  "carry-out-subject": CarryOutSubjectSchema,
  "sign-in-subject": SignInSubjectSchema,
  "software-use-subject": SoftwareUseSubjectSchema,
  "access-subject": AccessSubjectSchema,
  "outsourcing-subject": OutsourcingSubjectSchema,
  "cloud-use-subject": CloudUseSubjectSchema,
  "asset-subject": AssetSubjectSchema,
  "organization-subject": OrganizationSubjectSchema,
  decision: DecisionSchema,
  finding: FindingSchema,
  "audit-result": AuditResultSchema,
  "audit-report": AuditReportSchema,
  "checklist-answers": ChecklistAnswersSchema,
  "exception-register": ExceptionRegisterSchema,
  overlay: OverlaySchema,
};

/** An Ajv (draft 2020-12, strict, with ajv-formats, default options otherwise) that knows every generated schema by its `$id`. */
export function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const name of jsonSchemaNames) ajv.addSchema(jsonSchemaFor(name) as object);
  return ajv;
}

// ---------------------------------------------------------------------------------------------
// Mutations of a valid JSON value into (mostly) invalid ones
// ---------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly (string | number)[];

/** Every path into a JSON value (the root is `[]`), to pick a place to mutate. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(prefix);
  if (depth > 8) return out;
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out, depth + 1));
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out, depth + 1);
  return out;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function at(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current;
}

/** Sets an own, enumerable property, as JSON.parse does, even for `__proto__`. */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const BAD_DATES = ["2026-02-30", "2026-13-01", "2026/01/01", "2025-02-29", "20260101", " 2026-01-01", "2026-1-1", "0000-00-00", "2024-02-29", "2026-04-31"];
const WRONG_VALUES: readonly Json[] = [null, 0, -1, 1.5, 4, 3, 2, 1, 1e300, "", "x", "2", true, false, [], {}, ["x"], { x: 1 }, "mynumber", "ciso", "T9", "7(99)", "pass"];
const ASTRAL = "😀";

/** A mutation: where it happens, what it does, and the mutated value. */
export interface Mutated {
  readonly how: string;
  readonly value: unknown;
}

/**
 * A random mutation of a valid value: a field deleted, replaced by a value of another type or an
 * out-of-range one, a key added (including `__proto__`, as JSON.parse makes it), a date made
 * invalid, a string made too long (including with characters outside the BMP), or an array made
 * too long. Some mutations leave the value valid; the differential test only asks that both
 * validators agree.
 */
export function mutationArbitrary(valid: unknown): fc.Arbitrary<Mutated> {
  const paths = pathsOf(valid);
  return fc
    .tuple(
      fc.nat(paths.length - 1),
      fc.constantFrom(
        "delete",
        "replace",
        "add-key",
        "add-proto",
        "bad-date",
        "long-string",
        "long-array",
        "number-edge",
        "astral-string",
      ),
      fc.constantFrom(...WRONG_VALUES),
      fc.constantFrom(...BAD_DATES),
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.jsonValue({ maxDepth: 2 }),
      fc.integer({ min: 1, max: 600 }),
    )
    .map(([index, kind, wrong, date, key, json, length]) => {
      const value = clone(valid);
      const path = paths[index] as Path;
      const parentPath = path.slice(0, -1);
      const last = path[path.length - 1];
      const parent = path.length === 0 ? undefined : (at(value, parentPath) as Record<string | number, unknown>);
      const target = at(value, path);
      const how = `${kind} at ${JSON.stringify(path)}`;
      const replace = (next: unknown): Mutated => {
        if (parent === undefined || last === undefined) return { how, value: next };
        setOwn(parent, last, next);
        return { how, value };
      };
      switch (kind) {
        case "delete":
          if (parent === undefined || last === undefined) return { how, value: undefined };
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
          return { how, value };
        case "replace":
          return replace(wrong);
        case "add-key":
        case "add-proto": {
          const object = typeof target === "object" && target !== null && !Array.isArray(target) ? target : (parent ?? value);
          if (typeof object !== "object" || object === null || Array.isArray(object)) return replace({ [key]: json });
          setOwn(object, kind === "add-proto" ? "__proto__" : key, kind === "add-proto" ? { polluted: true } : json);
          return { how, value };
        }
        case "bad-date":
          return replace(date);
        case "long-string":
          return replace(typeof target === "string" ? target.padEnd(length, "x") : "x".repeat(length));
        case "astral-string":
          // Near a length limit, a string of emoji is shorter in code points than in UTF-16 code units:
          // both sides must count the same way.
          return replace(ASTRAL.repeat(Math.ceil(length / 2)));
        case "long-array":
          return replace(Array.isArray(target) ? Array.from({ length: length / 4 + 10 }, () => target[0] ?? json) : Array.from({ length: 70 }, () => json));
        case "number-edge":
          return replace(typeof target === "number" ? [target + 1, target - 1, target + 0.5, -target][length % 4] : length);
      }
    });
}
