import type { Outcome } from "../decision/decision.js";

/**
 * The exit codes of `infosec-policy`. 64 and 65 are `EX_USAGE` and `EX_DATAERR` of sysexits(3).
 *
 * | code | meaning |
 * | ---: | --- |
 * | 0 | compliant or not applicable (and every command that only prints) |
 * | 1 | non-compliant: some subject fails a control |
 * | 2 | needs review: nothing fails, but some control lacks a fact it needs |
 * | 64 | usage error: unknown command or option, a bad option value, a missing or unreadable file, an unknown control id |
 * | 65 | invalid input: the input (or the overlay) is not valid JSON or not a valid subject |
 */
export const EXIT = Object.freeze({
  /** Compliant or not applicable; or a command that only prints, done. */
  OK: 0,
  /** Non-compliant. */
  NON_COMPLIANT: 1,
  /** Needs review. */
  NEEDS_REVIEW: 2,
  /** Usage error (EX_USAGE). */
  USAGE: 64,
  /** Invalid input (EX_DATAERR). */
  INVALID_INPUT: 65,
});

/** The exit code for an overall outcome. */
export function exitCodeFor(outcome: Outcome): number {
  return outcome === "non-compliant" ? EXIT.NON_COMPLIANT : outcome === "needs-review" ? EXIT.NEEDS_REVIEW : EXIT.OK;
}
