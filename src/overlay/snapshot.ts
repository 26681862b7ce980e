import { formatPath } from "../validation/input-error.js";
import type { OverlayIssue } from "./overlay-error.js";

/**
 * The limits `extendPolicy` and `safeExtendPolicy` apply to an overlay, all of them before any
 * entry is validated, so that an overlay too large to check is rejected at once (with the path of
 * the part that is too large) instead of costing time and memory in proportion to its size.
 *
 * | limit | value | what it counts |
 * | --- | ---: | --- |
 * | `maxEntries` | 500 | entries of any one array or keys of any one object (e.g. `controls`, `glossary`, `parameters`) |
 * | `maxDepth` | 32 | nesting of arrays and objects (a real overlay nests 6 deep) |
 * | `maxNodes` | 100,000 | values of every kind in the whole overlay |
 * | `maxStringLength` | 20,000 | characters (UTF-16 code units) of one string or key |
 * | `maxTotalLength` | 1,048,576 | characters of every string and key together |
 *
 * @example
 * ```ts
 * import { OVERLAY_LIMITS } from "@miyagi-kouiki/infosec-policy";
 *
 * OVERLAY_LIMITS.maxEntries; // 500
 * ```
 */
export const OVERLAY_LIMITS = Object.freeze({
  /** The most entries of one array, or keys of one object. */
  maxEntries: 500,
  /** The deepest nesting of arrays and objects. */
  maxDepth: 32,
  /** The most values in the whole overlay. */
  maxNodes: 100_000,
  /** The longest string or key, in UTF-16 code units. */
  maxStringLength: 20_000,
  /** The most characters of all strings and keys together. */
  maxTotalLength: 1_048_576,
});

type Path = (string | number)[];

/** What a snapshot found: the plain copy, or every reason it could not be taken. */
export type Snapshot = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: readonly OverlayIssue[] };

function issue(path: Path, code: "overlay-too-large" | "not-plain-data", message: string): OverlayIssue {
  return { path: [...path], at: formatPath(path), code, message };
}

/** Whether a value's prototype makes it a plain object (or a plain array). */
function plainKind(value: object): "object" | "array" | undefined {
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) return prototype === Array.prototype ? "array" : undefined;
  return prototype === Object.prototype || prototype === null ? "object" : undefined;
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an unprintable value";
  }
}

/**
 * Copies an overlay (or any value given as one) into plain data, once, before anything checks it:
 * every object and array becomes a fresh plain one holding only own data properties, read once
 * each, so that what is checked is exactly what is built (DESIGN.md invariants 9 and 12). Refused,
 * each with its path: an accessor (getter or setter), a symbol key, a value whose prototype is not
 * `Object.prototype`, `null` or `Array.prototype` (a class instance, a `Date`, a `Map`), and a
 * value whose properties cannot be read (a Proxy whose trap throws). A Proxy that answers
 * consistently is copied like the object it stands for; after the copy it no longer matters.
 * Functions (the checks of a control made with `defineControl`) are kept by reference and not
 * walked. A copy of a frozen object is frozen, so that a frozen `defineControl` control stays
 * recognisable. Every limit of {@link OVERLAY_LIMITS} is applied while copying: an array or object
 * with too many entries is refused before any of its entries is read.
 *
 * @param input - Anything.
 * @returns `{ ok: true, value }` with the plain copy, or `{ ok: false, issues }` listing every problem.
 */
export function snapshotOverlay(input: unknown): Snapshot {
  const issues: OverlayIssue[] = [];
  const frozen: object[] = [];
  let nodes = 0;
  let total = 0;
  let stopped = false;
  const budget = (path: Path, length: number): boolean => {
    if (length > OVERLAY_LIMITS.maxStringLength) {
      issues.push(issue(path, "overlay-too-large", `a string of ${length} characters; at most ${OVERLAY_LIMITS.maxStringLength} are allowed`));
      return false;
    }
    total += length;
    if (total > OVERLAY_LIMITS.maxTotalLength) {
      issues.push(issue(path, "overlay-too-large", `the overlay's text exceeds ${OVERLAY_LIMITS.maxTotalLength} characters in all`));
      stopped = true;
      return false;
    }
    return true;
  };

  // An explicit stack (no recursion, so no stack overflow however deep the input): each job reads
  // one value and stores its copy with `put`.
  interface Job {
    readonly value: unknown;
    readonly path: Path;
    readonly depth: number;
    readonly put: (copy: unknown) => void;
  }
  let result: unknown;
  const stack: Job[] = [{ value: input, path: [], depth: 0, put: (copy) => (result = copy) }];
  while (stack.length > 0 && !stopped) {
    const { value, path, depth, put } = stack.pop() as Job;
    if (++nodes > OVERLAY_LIMITS.maxNodes) {
      issues.push(issue(path, "overlay-too-large", `the overlay has more than ${OVERLAY_LIMITS.maxNodes} values`));
      break;
    }
    if (typeof value === "string") {
      if (budget(path, value.length)) put(value);
      continue;
    }
    if (typeof value !== "object" || value === null) {
      put(value); // numbers, booleans, null, undefined, functions, bigints, symbols: checked later by the schema
      continue;
    }
    if (depth >= OVERLAY_LIMITS.maxDepth) {
      issues.push(issue(path, "overlay-too-large", `nested more than ${OVERLAY_LIMITS.maxDepth} levels deep`));
      continue;
    }
    try {
      const kind = plainKind(value);
      if (kind === undefined) {
        issues.push(issue(path, "not-plain-data", "not plain data: an object whose prototype is not Object.prototype (a class instance, Date, Map…) or an array that is not a plain array"));
        continue;
      }
      const keys = Reflect.ownKeys(value);
      const isFrozen = Object.isFrozen(value);
      if (kind === "array") {
        const lengthDescriptor = Reflect.getOwnPropertyDescriptor(value, "length");
        const length = lengthDescriptor !== undefined && "value" in lengthDescriptor ? (lengthDescriptor.value as unknown) : undefined;
        if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
          issues.push(issue(path, "not-plain-data", "not plain data: an array without a readable length"));
          continue;
        }
        if (length > OVERLAY_LIMITS.maxEntries) {
          issues.push(issue(path, "overlay-too-large", `an array of ${length} entries; at most ${OVERLAY_LIMITS.maxEntries} are allowed`));
          continue;
        }
        const copy: unknown[] = new Array<unknown>(length).fill(undefined);
        let bad = false;
        for (const key of keys) {
          if (key === "length") continue;
          if (typeof key === "symbol" || !/^(?:0|[1-9]\d*)$/.test(key) || Number(key) >= length) {
            issues.push(issue(path, "not-plain-data", `not plain data: an array with the extra property ${String(key).slice(0, 40)}`));
            bad = true;
            break;
          }
        }
        if (bad) continue;
        for (let i = length - 1; i >= 0; i--) {
          const descriptor = Reflect.getOwnPropertyDescriptor(value, String(i));
          if (descriptor === undefined) continue;
          if (!("value" in descriptor)) {
            issues.push(issue([...path, i], "not-plain-data", "not plain data: an accessor (getter or setter) instead of a value"));
            continue;
          }
          stack.push({ value: descriptor.value, path: [...path, i], depth: depth + 1, put: (entry) => (copy[i] = entry) });
        }
        if (isFrozen) frozen.push(copy);
        put(copy);
        continue;
      }
      if (keys.length > OVERLAY_LIMITS.maxEntries) {
        issues.push(issue(path, "overlay-too-large", `an object with ${keys.length} keys; at most ${OVERLAY_LIMITS.maxEntries} are allowed`));
        continue;
      }
      const copy: Record<string, unknown> = {};
      const jobs: Job[] = [];
      for (const key of keys) {
        if (typeof key === "symbol") {
          issues.push(issue(path, "not-plain-data", "not plain data: a symbol-keyed property"));
          continue;
        }
        if (!budget([...path, key.slice(0, 100)], key.length)) continue;
        const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
        if (descriptor === undefined || descriptor.enumerable !== true) continue;
        if (!("value" in descriptor)) {
          issues.push(issue([...path, key], "not-plain-data", "not plain data: an accessor (getter or setter) instead of a value"));
          continue;
        }
        // defineProperty, not assignment: a key "__proto__" stays an own key (for the schema to refuse).
        Object.defineProperty(copy, key, { value: undefined, enumerable: true, writable: true, configurable: true });
        jobs.push({ value: descriptor.value, path: [...path, key], depth: depth + 1, put: (entry) => (copy[key] = entry) });
      }
      for (let i = jobs.length - 1; i >= 0; i--) stack.push(jobs[i] as Job);
      if (isFrozen) frozen.push(copy);
      put(copy);
    } catch (error) {
      issues.push(issue(path, "not-plain-data", `not plain data: reading it threw (${describeError(error).slice(0, 200)}); a Proxy or a throwing getter?`));
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  for (const copy of frozen) Object.freeze(copy);
  return { ok: true, value: result };
}
