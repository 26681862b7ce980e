import { z } from "zod";

// A validator compiled from a zod schema by walking its definition, for the rejection path of
// `safeEvaluate`. Zod stays the single source of truth: the structure (a discriminated union
// dispatched on its discriminator, strict objects, optional fields) is read from the schema's
// definition, and every leaf (a string with its checks, an enum, a date, the organisation union
// with its own error map) is run by zod itself. What the compiled form leaves out is what makes a
// failing `safeParse` slow: no `ZodError` (an `Error`, with its stack trace) per parse, no parsed
// copy of the objects, and one `Map` lookup on `kind` to the one object schema that applies.
//
// It answers with zod's own finalised issues (the same codes, paths, messages and fields as
// `schema.safeParse(value).error.issues`), held equal to zod by a differential property test
// (test/validation/compiled-validator.test.ts). Whatever it does not compile (a node with checks
// of its own, a catchall other than `never`, a pipe, a lazy, a discriminator value it cannot map)
// it hands to zod whole, so it can be less fast but never different.

/** A zod issue before finalisation (what a schema's `_zod.run` pushes). */
type RawIssue = { path?: PropertyKey[]; [key: string]: unknown };

/** What `_zod.run` takes and returns. */
interface Payload {
  value: unknown;
  issues: RawIssue[];
}

/** The parts of zod's internal schema object the compiler reads (zod 4's documented `_zod` internals). */
interface Internals {
  readonly def: { readonly type: string; readonly [key: string]: unknown };
  readonly optin?: "optional" | "defaulted" | undefined;
  readonly optout?: "optional" | undefined;
  readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>;
  run(payload: Payload, ctx: { readonly async: false }): Payload | Promise<Payload>;
}

const internals = (schema: unknown): Internals => (schema as { readonly _zod: Internals })._zod;

/** One compiled node: appends the raw issues of `value` (paths relative to it) to `issues`. */
type Check = (value: unknown, issues: RawIssue[]) => void;

const CONTEXT = Object.freeze({ async: false as const });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Zod itself, for a node the compiler leaves whole. */
function delegate(schema: unknown): Check {
  const zod = internals(schema);
  return (value, issues) => {
    const result = zod.run({ value, issues: [] }, CONTEXT);
    if (result instanceof Promise) throw new Error("an asynchronous schema cannot be compiled");
    for (let i = 0; i < result.issues.length; i++) issues.push(result.issues[i] as RawIssue);
  };
}

const hasChecks = (def: Internals["def"]): boolean => Array.isArray(def["checks"]) && (def["checks"] as unknown[]).length > 0;

function compileNode(schema: unknown): Check {
  const zod = internals(schema);
  const def = zod.def;
  if (hasChecks(def)) return delegate(schema);
  if (def.type === "object") return compileObject(schema);
  if (def.type === "union" && typeof def["discriminator"] === "string" && def["unionFallback"] !== true) return compileDiscriminated(schema);
  return delegate(schema);
}

/** A strict (or stripping) object without checks: each field of the shape in order, then the unknown keys, as zod's `$ZodObject` does. */
function compileObject(schema: unknown): Check {
  const def = internals(schema).def;
  const catchall = def["catchall"] as unknown;
  const strict = catchall !== undefined && internals(catchall).def.type === "never";
  if (catchall !== undefined && !strict) return delegate(schema);
  const shape = def["shape"] as Record<string, unknown>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return delegate(schema);
  const keys = Object.keys(shape).filter((key) => key !== "__proto__");
  const known = new Set(Object.keys(shape));
  const fields = keys.map((key) => {
    const field = internals(shape[key]);
    return { key, check: compileNode(shape[key]), optin: field.optin, optout: field.optout };
  });
  return (value, issues) => {
    if (!isObject(value)) {
      delegate(schema)(value, issues);
      return;
    }
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] as (typeof fields)[number];
      const present = field.key in value;
      // zod's handlePropertyResult: an absent key of an optional field contributes nothing.
      if (!present && field.optin === "optional" && field.optout === "optional") continue;
      const inner: RawIssue[] = [];
      field.check(value[field.key], inner);
      if (inner.length > 0) {
        if (field.optin !== undefined && field.optout === "optional" && !present) continue;
        for (let i = 0; i < inner.length; i++) {
          const issue = inner[i] as RawIssue;
          (issue.path ??= []).unshift(field.key);
          issues.push(issue);
        }
      } else if (!present && field.optin === undefined) {
        issues.push({ code: "invalid_type", expected: "nonoptional", input: undefined, path: [field.key] });
      }
    }
    if (!strict) return;
    const unrecognized: string[] = [];
    for (const key in value) if (!known.has(key)) unrecognized.push(key);
    if (unrecognized.length > 0) issues.push({ code: "unrecognized_keys", keys: unrecognized, input: value, inst: schema, continue: true });
  };
}

/** A discriminated union: one `Map` lookup on the discriminator to the option's compiled object; zod answers for anything else. */
function compileDiscriminated(schema: unknown): Check {
  const def = internals(schema).def;
  const discriminator = def["discriminator"] as string;
  const options = def["options"] as readonly unknown[];
  const byValue = new Map<unknown, Check | null>();
  for (const option of options) {
    const values = internals(option).propValues?.[discriminator];
    if (values === undefined) return delegate(schema);
    const check = compileNode(option);
    // A value two options share (or `undefined`) is left to zod.
    for (const value of values) byValue.set(value, value === undefined || byValue.has(value) ? null : check);
  }
  const whole = delegate(schema);
  return (value, issues) => {
    const option = isObject(value) ? byValue.get(value[discriminator]) : undefined;
    if (option === undefined || option === null) whole(value, issues);
    else option(value, issues);
  };
}

/** A compiled validator: zod's finalised issues for a value (empty when zod accepts it). */
export type CompiledValidator = (value: unknown) => readonly z.core.$ZodIssue[];

/**
 * Compiles a validator from a zod schema by walking its definition (see the comment at the top of
 * this module). The result reports exactly zod's issues for any value.
 *
 * @param schema - A zod schema (synchronous: no async refinements).
 * @returns The validator.
 * @example
 * ```ts
 * import { z } from "zod";
 * import { compileValidator } from "./compiled-validator.js";
 *
 * const validate = compileValidator(z.object({ zone: z.enum(["mynumber", "lgwan"]) }).strict());
 * validate({ zone: "lgwan" }); // []
 * validate({ zone: "lan", extra: 1 }).map((issue) => issue.code); // ["invalid_value", "unrecognized_keys"]
 * ```
 */
export function compileValidator(schema: z.ZodType): CompiledValidator {
  const check = compileNode(schema);
  return (value) => {
    const raw: RawIssue[] = [];
    check(value, raw);
    if (raw.length === 0) return [];
    const config = z.core.config();
    return raw.map((issue) => z.core.util.finalizeIssue(issue as never, CONTEXT as never, config));
  };
}
