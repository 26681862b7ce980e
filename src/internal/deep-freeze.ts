/** A value made read-only all the way down. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freezes a value and everything reachable from it, so that no consumer can change shipped data.
 * Goes on through objects that are already frozen (a shallow-frozen control inside a policy is
 * frozen all the way down too). Returns the same value, typed read-only.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  const visited: object[] = [];
  try {
    freezeAll(value, visited);
  } catch (error) {
    // A trap that threw (a hostile Proxy): nothing of this walk counts as deeply frozen.
    for (let i = 0; i < visited.length; i++) deeplyFrozen.delete(visited[i] as object);
    throw error;
  }
  return value as DeepReadonly<T>;
}

/**
 * `deepFreeze` for data the library writes itself as literals: plain objects, arrays, strings,
 * numbers, and functions, with no accessors, symbol keys or non-enumerable properties. It reads
 * each value directly (array elements by index, object fields by `for…in`), where `deepFreeze`
 * asks every property for its descriptor: that descriptor per property was most of the cost of
 * freezing the shipped catalog, policy and tables at import, and a literal needs none. A
 * function's own `prototype` (a `function`, not an arrow) is frozen with it. Like `deepFreeze`,
 * it goes on through objects that are already frozen, unless a finished walk froze them all the
 * way down, and returns the same value, typed read-only.
 *
 * Only for values built in this package's own source: on an object with a getter it would call
 * the getter (and freeze what it returns, not the property). What users pass in (an overlay, a
 * control defined in their code) goes through `deepFreeze`.
 */
export function deepFreezeLiteral<T>(value: T): DeepReadonly<T> {
  if (value !== null && (typeof value === "object" || typeof value === "function")) {
    freezeLiteral(value as object);
    // Only the root is remembered: everything below it is deeply frozen too, and a later walk
    // that meets the root stops there (the policy meets each control and table this way).
    deeplyFrozen.add(value as object);
  }
  return value as DeepReadonly<T>;
}

/**
 * The walk of `deepFreezeLiteral`. A literal has no cycles (a `function`'s prototype points back at
 * it through `constructor`, which is not enumerable, so `for…in` does not follow it), so it needs
 * no marks.
 */
function freezeLiteral(target: object): void {
  if (Object.isFrozen(target) && deeplyFrozen.has(target)) return;
  if (typeof target === "function") {
    Object.freeze(target);
    if (Object.hasOwn(target, "prototype")) {
      const prototype: unknown = (target as { prototype?: unknown }).prototype;
      if (prototype !== null && typeof prototype === "object") freezeLiteral(prototype);
    }
    return;
  }
  Object.freeze(target);
  if (Array.isArray(target)) {
    for (let i = 0; i < target.length; i++) {
      const item: unknown = target[i];
      if (item !== null && (typeof item === "object" || typeof item === "function")) freezeLiteral(item);
    }
    return;
  }
  for (const key in target) {
    const item: unknown = (target as Record<string, unknown>)[key];
    if (item !== null && (typeof item === "object" || typeof item === "function")) freezeLiteral(item);
  }
}

/**
 * The objects a finished `deepFreeze` walk has frozen all the way down. A pure memo: a frozen
 * object's own data properties can never change, and everything they reach is frozen too, so
 * "deeply frozen" stays true forever, and a later `deepFreeze` that meets one (the policy meets
 * every control `defineControl` froze, and shared bases and verdicts many times) has nothing to do
 * below it. It only saves the walk: the result of every call is the same with or without it.
 * Weak, so it keeps nothing alive. (During a walk it also marks what this walk has entered, which
 * ends cycles; a walk that throws takes its marks back.)
 */
const deeplyFrozen = new WeakSet<object>();

function freezeAll(value: unknown, visited: object[]): void {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return;
  const target = value as object;
  if (deeplyFrozen.has(target)) return;
  deeplyFrozen.add(target);
  visited.push(target);
  // A typed array's elements cannot be frozen (and shipped data has none); its own properties can.
  if (!ArrayBuffer.isView(target)) Object.freeze(target);
  const keys = Reflect.ownKeys(target);
  for (let k = 0; k < keys.length; k++) {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, keys[k] as PropertyKey);
    if (descriptor !== undefined && "value" in descriptor) freezeAll(descriptor.value, visited);
  }
}
