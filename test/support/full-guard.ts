import { guardSubjectFully } from "../../src/engine/guard-subject.js";
import { InvalidSubjectError } from "../../src/engine/invalid-subject-error.js";

/**
 * The full guard's copy of the input, or `"refused"`: what the fast path of the guard
 * (src/engine/guard-fast.ts) is compared with.
 *
 * @param input - Any value.
 * @returns The copy `guardSubjectFully` gives, or `"refused"` if it throws an InvalidSubjectError.
 */
export function full(input: unknown): unknown {
  try {
    return guardSubjectFully(input);
  } catch (error) {
    if (error instanceof InvalidSubjectError) return "refused";
    throw error;
  }
}
