// The JSON of decisions as bytes, for the responses of POST /v1/decisions: the same bytes as
// `Buffer.from(JSON.stringify(decision))`, built from the UTF-8 of each finding, cached.
//
// The engine's findings are prebuilt, deeply frozen objects shared by every decision of a policy
// and locale (src/engine/compile-policy.ts): a decision of some twenty findings is some 3 kB of
// JSON, nearly all of it the same findings over and over. Serialising a frozen object is a pure
// function of it (the engine deep-freezes them), so its bytes are memoised per object (a WeakMap:
// a policy no longer served takes its entries with it); so is the JSON of the decision's frozen
// `policy` reference. Anything not frozen is serialised every time.
//
// A decision's findings are, moreover, mostly one of a few sequences of those objects (the
// findings of a kind of subject that passes, that fails one control, …): the bytes of the whole
// `findings` array are memoised per sequence too, in a tree keyed by each finding in turn (WeakMaps
// again), so that a decision seen before is two pieces, not one per finding. A sequence's path
// grows by one finding each time it is seen, and its bytes are made once the whole path is there:
// a sequence seen once or twice (one with a finding the engine made afresh, for an exception)
// costs one tree node, not the bytes of an array. The tree is bounded: when it holds
// MAX_SEQUENCE_NODES findings, it is dropped and grown again from the sequences that come.
//
// An answer is written once, into one buffer: its pieces (the text between cached bytes, and the
// cached bytes) are gathered, then copied into a buffer sized for them. A single decision's answer
// (some 4 kB) is cut from a larger block the encoder allocates now and then, as Node's own buffer
// pool does for smaller buffers: allocating some 4 kB afresh for each answer costs more than
// writing it. A block is never written twice: each answer gets bytes of its own, and the block is
// freed once no answer holds a part of it. A larger answer (a batch's, some 300 kB for 100
// subjects) gets a buffer of its own, which the service gives back once the answer is written
// (`release`) and the encoder reuses: a fresh buffer of that size costs more to allocate and
// first write (the system maps and zeroes its pages) than writing the answer into it.
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
  /**
   * Gives back the bytes of an answer once they are written (nothing reads them any more): the
   * buffer of a large answer (a batch's) is then reused for a later one, instead of a fresh
   * allocation whose pages the system must map and zero on first write. Bytes cut from a block
   * (a single decision's), bytes given back twice and bytes of another encoder are ignored.
   *
   * @param bytes - What {@link DecisionEncoder.encode} returned, no longer in use.
   */
  release(bytes: Buffer): void;
}

const OPEN_ARRAY = Buffer.from("[");
const CLOSE_ARRAY = Buffer.from("]");

/** The size of the blocks answers are cut from; an answer over half of it gets a buffer of its own. */
const BLOCK_BYTES = 128 * 1024;

/** How many buffers of large answers an encoder keeps for reuse, and the largest it keeps. */
const MAX_SPARE = 4;
const MAX_SPARE_BYTES = 16 * 1024 * 1024;

/** The most findings the tree of finding sequences holds before it is dropped. */
const MAX_SEQUENCE_NODES = 20_000;

/** A node of the tree of finding sequences: the findings after it, and the bytes of the array of the findings up to it, once seen. */
interface SequenceNode {
  next: WeakMap<object, SequenceNode> | undefined;
  bytes: Buffer | undefined;
}

/** The JSON of a decision's usual member names, with the colon: written without `JSON.stringify` of the name. */
const MEMBER_PREFIX: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    outcome: '"outcome":',
    policy: '"policy":',
    kind: '"kind":',
    subjectId: '"subjectId":',
    asOf: '"asOf":',
  }),
);

/** Whether a value is a frozen object without `toJSON`: its JSON is a pure function of it, and is memoised. */
function memoisable(value: unknown): value is object {
  return typeof value === "object" && value !== null && Object.isFrozen(value) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

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
  // The bytes of "," and the JSON of a frozen element (the comma left off for a first element).
  const memo = new WeakMap<object, Buffer>();
  const texts = new WeakMap<object, string>();
  // The pieces of the answer being encoded: text (not yet UTF-8) and cached bytes, in order.
  const pieces: (string | Buffer)[] = [];
  // Text not yet made a piece, and an upper bound of the answer's bytes (3 bytes a UTF-16 unit at most).
  let text = "";
  let bound = 0;
  let block: Buffer | undefined;
  let used = 0;
  // The buffers of large answers given back (release), free for the next; and those of the large
  // answers out now, so that only they are taken back, once each.
  const spare: Buffer[] = [];
  const out = new WeakSet<ArrayBufferLike>();
  let sequences: SequenceNode = { next: undefined, bytes: undefined };
  let sequenceNodes = 0;

  const pushBytes = (bytes: Buffer): void => {
    if (text !== "") {
      pieces.push(text);
      bound += 3 * text.length;
      text = "";
    }
    pieces.push(bytes);
    bound += bytes.length;
  };

  /** The bytes of "," and the JSON of a memoisable element, memoised. */
  const elementBytes = (value: object): Buffer => {
    let bytes = memo.get(value);
    if (bytes === undefined) {
      bytes = Buffer.from(`,${JSON.stringify(value)}`, "utf8");
      memo.set(value, bytes);
    }
    return bytes;
  };

  /** The JSON of a frozen object member (the decision's `policy`, shared by every decision), memoised. */
  const frozenText = (value: object): string => {
    let json = texts.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      texts.set(value, json);
    }
    return json;
  };

  /** Adds the JSON of a value as JSON.stringify writes an array element (undefined, functions and symbols as null), after a comma unless first. */
  const element = (value: unknown, first: boolean): void => {
    if (memoisable(value)) {
      const bytes = elementBytes(value);
      pushBytes(first ? bytes.subarray(1) : bytes);
      return;
    }
    const json = JSON.stringify(value) as string | undefined;
    text += first ? (json ?? "null") : `,${json ?? "null"}`;
  };

  /** The bytes of the JSON of an array of findings, from the tree of sequences; undefined if one is not memoisable. */
  const sequenceBytes = (items: readonly unknown[]): Buffer | undefined => {
    let node = sequences;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!memoisable(item)) return undefined;
      let next = node.next?.get(item);
      if (next === undefined) {
        if (sequenceNodes >= MAX_SEQUENCE_NODES) {
          sequences = { next: undefined, bytes: undefined };
          sequenceNodes = 0;
        } else {
          (node.next ??= new WeakMap()).set(item, { next: undefined, bytes: undefined });
          sequenceNodes++;
        }
        return undefined;
      }
      node = next;
    }
    if (node.bytes === undefined) {
      const parts: Buffer[] = [OPEN_ARRAY];
      for (let i = 0; i < items.length; i++) {
        const bytes = elementBytes(items[i] as object);
        parts.push(i === 0 ? bytes.subarray(1) : bytes);
      }
      parts.push(CLOSE_ARRAY);
      node.bytes = Buffer.concat(parts);
    }
    return node.bytes;
  };

  /** Adds a decision: its own keys in order, as JSON.stringify writes them; the findings element by element. */
  const decision = (value: Decision): void => {
    if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
      element(value, true);
      return;
    }
    text += "{";
    let first = true;
    for (const key of Object.keys(value)) {
      const item = (value as unknown as Record<string, unknown>)[key];
      if (key === "findings" && Array.isArray(item) && typeof (item as { toJSON?: unknown }).toJSON !== "function") {
        const whole = sequenceBytes(item);
        if (whole !== undefined) {
          text += first ? '"findings":' : ',"findings":';
          pushBytes(whole);
        } else {
          text += first ? '"findings":[' : ',"findings":[';
          for (let i = 0; i < item.length; i++) element(item[i], i === 0);
          text += "]";
        }
        first = false;
        continue;
      }
      const json = memoisable(item) ? frozenText(item) : (JSON.stringify(item) as string | undefined);
      if (json === undefined) continue;
      const prefix = MEMBER_PREFIX[key] ?? `${JSON.stringify(key)}:`;
      text += first ? `${prefix}${json}` : `,${prefix}${json}`;
      first = false;
    }
    text += "}";
  };

  /** A buffer of at least `size` bytes to write an answer into: cut from the block if it fits. */
  const space = (size: number): Buffer => {
    if (size > BLOCK_BYTES / 2) {
      // A large answer: a spare buffer if one is large enough, else one of its own (rounded up to
      // a whole block, so that it fits more later answers). Either is out until given back.
      let buffer: Buffer | undefined;
      for (let i = 0; i < spare.length; i++) {
        if ((spare[i] as Buffer).length >= size) {
          buffer = spare[i] as Buffer;
          spare.splice(i, 1);
          break;
        }
      }
      buffer ??= Buffer.allocUnsafeSlow(Math.ceil(size / BLOCK_BYTES) * BLOCK_BYTES);
      out.add(buffer.buffer);
      return buffer;
    }
    if (block === undefined || used + size > block.length) {
      block = Buffer.allocUnsafeSlow(BLOCK_BYTES);
      used = 0;
    }
    return block.subarray(used, used + size);
  };

  return {
    encode(value) {
      pieces.length = 0;
      text = "";
      bound = 0;
      if (Array.isArray(value)) {
        text = "[";
        for (let i = 0; i < value.length; i++) {
          if (i > 0) text += ",";
          const item: unknown = value[i];
          if (typeof item === "object" && item !== null && !Array.isArray(item)) decision(item as Decision);
          else element(item, true);
        }
        text += "]";
      } else if (typeof value === "object" && value !== null) {
        decision(value as Decision);
      } else {
        element(value, true);
      }
      if (text !== "") {
        pieces.push(text);
        bound += 3 * text.length;
        text = "";
      }
      const target = space(bound);
      let size = 0;
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i] as string | Buffer;
        if (typeof piece === "string") {
          size += target.write(piece, size, "utf8");
        } else {
          target.set(piece, size);
          size += piece.length;
        }
      }
      pieces.length = 0;
      // The block's bytes past the answer stay free for the next (8-byte aligned).
      if (target.buffer === block?.buffer) used += (size + 7) & ~7;
      return target.subarray(0, size);
    },
    release(bytes) {
      const whole = bytes.buffer;
      if (!out.has(whole)) return;
      out.delete(whole);
      if (spare.length < MAX_SPARE && whole.byteLength <= MAX_SPARE_BYTES) spare.push(Buffer.from(whole, 0, whole.byteLength));
    },
  };
}
