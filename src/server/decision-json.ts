// The JSON of decisions as bytes, for the responses of POST /v1/decisions: the same bytes as
// `Buffer.from(JSON.stringify(decision))`, built from the UTF-8 of each finding, cached.
//
// The engine's findings are prebuilt, deeply frozen objects shared by every decision of a policy
// and locale (src/engine/compile-policy.ts): a decision of some twenty findings is some 3 kB of
// JSON, nearly all of it the same findings over and over. Serialising a frozen object is a pure
// function of it (the engine deep-freezes them), so its bytes are memoised per object (a WeakMap:
// a policy no longer served takes its entries with it); so is the JSON of the decision's frozen
// `policy` reference. Anything not frozen is serialised every time.
import type { Decision } from "../decision/decision.js";

/** Serialises decisions to the bytes of their JSON, memoising the bytes of frozen findings. */
export interface DecisionEncoder {
  /**
   * The UTF-8 bytes of `JSON.stringify(decisions)` (an array) or `JSON.stringify(decision)`.
   *
   * @param value - One decision, or an array of decisions (a batch).
   * @returns The bytes, exactly those of `Buffer.from(JSON.stringify(value), "utf8")`.
   */
  encode(value: Decision | readonly Decision[]): Buffer;
}

const OPEN_ARRAY = Buffer.from("[");
const CLOSE_ARRAY = Buffer.from("]");
const COMMA = Buffer.from(",");
const NULL = Buffer.from("null");

/**
 * A decision encoder with its own memo (one per service handler: no module-global state).
 * Internal to the decision service (not exported from the package).
 *
 * @returns The encoder.
 * @example
 * ```ts
 * const decision = evaluate({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] });
 * createDecisionEncoder().encode(decision).toString("utf8") === JSON.stringify(decision); // true
 * ```
 * @internal
 */
export function createDecisionEncoder(): DecisionEncoder {
  const memo = new WeakMap<object, Buffer>();
  const texts = new WeakMap<object, string>();
  const pieces: Buffer[] = [];
  let size = 0;

  const push = (bytes: Buffer): void => {
    pieces.push(bytes);
    size += bytes.length;
  };

  /** The JSON of a frozen object member (the decision's `policy`, shared by every decision), memoised; undefined for anything else. */
  const frozenText = (value: unknown): string | undefined => {
    if (typeof value !== "object" || value === null || !Object.isFrozen(value) || typeof (value as { toJSON?: unknown }).toJSON === "function") return undefined;
    let text = texts.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      texts.set(value, text);
    }
    return text;
  };

  /** Pushes the JSON of a value as JSON.stringify writes an array element (undefined, functions and symbols as null). */
  const element = (value: unknown): void => {
    if (typeof value === "object" && value !== null && Object.isFrozen(value) && typeof (value as { toJSON?: unknown }).toJSON !== "function") {
      let bytes = memo.get(value);
      if (bytes === undefined) {
        bytes = Buffer.from(JSON.stringify(value), "utf8");
        memo.set(value, bytes);
      }
      push(bytes);
      return;
    }
    const text = JSON.stringify(value) as string | undefined;
    push(text === undefined ? NULL : Buffer.from(text, "utf8"));
  };

  /** Pushes a decision: its own keys in order, as JSON.stringify writes them; the findings element by element. */
  const decision = (value: Decision): void => {
    if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
      element(value);
      return;
    }
    let text = "{";
    let first = true;
    for (const key of Object.keys(value)) {
      const item = (value as unknown as Record<string, unknown>)[key];
      if (key === "findings" && Array.isArray(item) && typeof (item as { toJSON?: unknown }).toJSON !== "function") {
        push(Buffer.from(`${text}${first ? "" : ","}"findings":[`, "utf8"));
        for (let i = 0; i < item.length; i++) {
          if (i > 0) push(COMMA);
          element(item[i]);
        }
        text = "]";
        first = false;
        continue;
      }
      const json = frozenText(item) ?? (JSON.stringify(item) as string | undefined);
      if (json === undefined) continue;
      text += `${first ? "" : ","}${JSON.stringify(key)}:${json}`;
      first = false;
    }
    push(Buffer.from(`${text}}`, "utf8"));
  };

  return {
    encode(value) {
      pieces.length = 0;
      size = 0;
      if (Array.isArray(value)) {
        push(OPEN_ARRAY);
        for (let i = 0; i < value.length; i++) {
          if (i > 0) push(COMMA);
          const item: unknown = value[i];
          if (typeof item === "object" && item !== null && !Array.isArray(item)) decision(item as Decision);
          else element(item);
        }
        push(CLOSE_ARRAY);
      } else if (typeof value === "object" && value !== null) {
        decision(value as Decision);
      } else {
        element(value);
      }
      const bytes = Buffer.concat(pieces, size);
      pieces.length = 0;
      return bytes;
    },
  };
}
