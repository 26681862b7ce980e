import { isDeepStrictEqual } from "node:util";

/**
 * The assertion behind a guide's `expr; // => value` lines (see doc-blocks.ts): the value shown in
 * the guide must be exactly what the code gives.
 *
 * @param actual - What the code gave.
 * @param expected - What the guide says it gives.
 * @param where - The guide and line, for the message.
 */
export function check<T>(actual: T, expected: unknown, where: string): void {
  // Frozen arrays and objects compare by content: spread them into plain values first.
  const plain = JSON.parse(JSON.stringify(actual ?? null)) as unknown;
  const wanted = JSON.parse(JSON.stringify(expected ?? null)) as unknown;
  if (actual === undefined ? expected !== undefined : !isDeepStrictEqual(plain, wanted)) {
    throw new Error(`${where}: the guide says ${JSON.stringify(expected)}, the code gives ${JSON.stringify(actual)}`);
  }
}
