// A private, plain copy of untrusted input, made before zod reads it (invariant 12): own
// enumerable string-keyed data properties only, each read once through its descriptor, into
// null-prototype objects and fresh arrays. Zod then reads the copy, so a polluted
// `Object.prototype.factors` cannot supply a field the input does not have, and a Proxy cannot
// answer one way to the validator and another way to the engine. An accessor (getter or setter)
// is not data: it is never called, and the copy is refused (`NotPlainDataError`), as the engine's
// guard refuses it. Anything that is not an object or array is kept as it is (the validators
// reject what they do not accept).

/**
 * Thrown by {@link plainData} and {@link plainOptions} for an own accessor property (getter or
 * setter), which is never called: the caller reports the guard's issues, which name it.
 */
export class NotPlainDataError extends Error {
  constructor() {
    super("an accessor (getter or setter) is not data: give the value itself");
    this.name = "NotPlainDataError";
  }
}

/** The value of an own data property; throws for an accessor; `undefined` if there is none. */
function dataOf(object: object, key: string | number): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
  if (descriptor === undefined) return undefined;
  if (!("value" in descriptor)) throw new NotPlainDataError();
  return descriptor.value;
}

const MAX_DEPTH = 64;

/**
 * An empty object with no prototype, in V8's fast mode: `Object.create(null)` makes a dictionary-
 * mode object, whose every property write and every later read by the guard (`for…in` without an
 * enum cache, keyed loads) is a hash-table operation; an empty literal given a null prototype keeps
 * fast properties, and the copy made of it is read several times as fast. No prototype either way,
 * so no inherited setter runs while it is filled (`__proto__` included: it becomes an own key).
 */
function nullPrototypeObject(): Record<string, unknown> {
  return Object.setPrototypeOf({}, null) as Record<string, unknown>;
}

/** What a value nested deeper than any subject or option can be becomes: an object with an unknown key, so it is rejected. */
const TOO_DEEP: Readonly<Record<string, unknown>> = Object.freeze(Object.assign(Object.create(null) as Record<string, unknown>, { "(nested too deeply)": true }));

/**
 * Copies untrusted input as plain data: own enumerable string-keyed data properties only, read once.
 *
 * @param value - Anything.
 * @param depth - The current depth (for the recursion).
 * @returns The copy.
 * @throws {NotPlainDataError} For an own accessor property (never called); otherwise only what a Proxy trap throws.
 */
export function plainData(value: unknown, depth = 0): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) {
    const length = value.length;
    const copy: unknown[] = new Array<unknown>(Math.min(length, 1_000));
    // A list longer than any schema allows is cut to just over the limit: still rejected, and never slow.
    for (let i = 0; i < copy.length; i++) copy[i] = plainData(dataOf(value, i), depth + 1);
    return copy;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value; // not plain data: the guard rejects it
  const copy = nullPrototypeObject();
  for (const key of Object.keys(value)) copy[key] = plainData(dataOf(value, key), depth + 1);
  return copy;
}

/**
 * Copies untrusted options one level deep: own enumerable properties, read once; the `policy`
 * value is kept as it is (it must be a frozen policy value, checked by identity of shape).
 *
 * @param value - Anything.
 * @returns The copy.
 * @throws {NotPlainDataError} For an own accessor property (never called); otherwise only what a Proxy trap throws.
 */
export function plainOptions(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return plainData(value);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy = nullPrototypeObject();
  for (const key of Object.keys(value)) {
    const field = dataOf(value, key);
    copy[key] = key === "policy" ? field : plainData(field, 1);
  }
  return copy;
}
