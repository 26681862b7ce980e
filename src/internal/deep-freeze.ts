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
  freezeAll(value, new WeakSet<object>());
  return value as DeepReadonly<T>;
}

function freezeAll(value: unknown, seen: WeakSet<object>): void {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return;
  const target = value as object;
  if (seen.has(target)) return;
  seen.add(target);
  // A typed array's elements cannot be frozen (and shipped data has none); its own properties can.
  if (!ArrayBuffer.isView(target)) Object.freeze(target);
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
    if (descriptor !== undefined && "value" in descriptor) freezeAll(descriptor.value, seen);
  }
}
