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
