import { z } from "zod";
import { exceptionApproval, ISOLATION_CONTROL_ID } from "../engine/exceptions.js";
import { closestNames } from "../internal/closest.js";
import { policy as currentPolicy } from "../policy/policies.js";
import type { Policy } from "../policy/policy.js";
import { RecordedExceptionSchema, SubjectIdSchema, type RecordedException } from "../subjects/common.js";
import type { Subject } from "../subjects/subject.js";

/**
 * One entry of the exception register (例外措置台帳): a recorded exception as subjects carry it,
 * plus, optionally, the subjects it was granted for and its purpose.
 */
export const ExceptionRegisterEntrySchema = z
  .object({
    ...RecordedExceptionSchema.shape,
    subjects: z.array(SubjectIdSchema).max(10_000).optional().describe("The ids of the subjects (assets, actions) it was granted for, if the register records them."),
    purpose: z.string().min(1).max(2000).optional().describe("Why it was granted, in words, for the record."),
  })
  .strict();

/** One entry of the exception register. */
export type ExceptionRegisterEntry = z.infer<typeof ExceptionRegisterEntrySchema>;

/** The exception register (例外措置台帳): a JSON array of entries. */
export const ExceptionRegisterSchema = z.array(ExceptionRegisterEntrySchema).max(100_000);

/** The exception register. */
export type ExceptionRegister = z.infer<typeof ExceptionRegisterSchema>;

/**
 * What can be wrong with a register entry, or between the register and an inventory:
 *
 * - `expired`: the as-of date is after `validUntil`.
 * - `not-yet-valid`: the as-of date is before `validFrom`.
 * - `unknown-control`: it names a control the policy does not have.
 * - `not-admitted`: it names a control that admits no exception (it can never apply to it).
 * - `approver`: its approver may not approve (by the guideline default, only the CISO).
 * - `no-link`: it covers `mynumber-isolation` but names no link.
 * - `separation-link`: its link joins マイナンバー利用事務系 and インターネット接続系, which the guideline keeps completely separated.
 * - `duplicate-reference`: another entry has the same reference.
 * - `unused`: no subject of the inventory carries it.
 * - `unregistered`: a subject of the inventory carries an exception whose reference is not in the register.
 * - `differs`: a subject carries the reference with other controls, period, approver or link than the register's.
 */
export const RegisterProblemCodeSchema = z.enum([
  "expired",
  "not-yet-valid",
  "unknown-control",
  "not-admitted",
  "approver",
  "no-link",
  "separation-link",
  "duplicate-reference",
  "unused",
  "unregistered",
  "differs",
]);

/** What can be wrong with a register entry. */
export type RegisterProblemCode = z.infer<typeof RegisterProblemCodeSchema>;

/** One problem found in the register. */
export interface RegisterProblem {
  /** What is wrong. */
  readonly code: RegisterProblemCode;
  /** The exception's reference. */
  readonly reference: string;
  /** The register entry's index, or `undefined` for an exception that is not in the register. */
  readonly entry: number | undefined;
  /** For subject-related problems, the subject's id or `#<position>` in the inventory. */
  readonly subject?: string;
  /** What is wrong, in English. */
  readonly message: string;
}

/** What `checkExceptionRegister` found. */
export interface RegisterCheck {
  /** The date the periods were judged as of. */
  readonly asOf: string;
  /** How many entries the register has. */
  readonly entries: number;
  /** How many are valid on `asOf` with no problem. */
  readonly valid: number;
  /** Every problem, in register order (then the inventory's). */
  readonly problems: readonly RegisterProblem[];
}

/** Options of `checkExceptionRegister`. */
export interface RegisterCheckOptions {
  /** The date to judge the periods as of (`YYYY-MM-DD`): the engine never reads the clock. */
  readonly asOf: string;
  /** The policy whose controls the entries name (default: the current one). */
  readonly policy?: Policy;
  /** An inventory, to find unused entries and exceptions that are not in the register. */
  readonly inventory?: readonly Subject[];
}

function sameException(a: RecordedException, b: RecordedException): boolean {
  return (
    a.approverRole === b.approverRole &&
    a.validUntil === b.validUntil &&
    a.validFrom === b.validFrom &&
    a.link?.from === b.link?.from &&
    a.link?.to === b.link?.to &&
    a.controls.length === b.controls.length &&
    a.controls.every((id) => b.controls.includes(id))
  );
}

/**
 * Checks an exception register on its own: entries expired or not yet valid as of a date, naming
 * unknown controls (with did-you-mean) or controls that admit no exception, approved by someone
 * who may not approve, isolation exceptions without a link or opening the Internet zone; and,
 * given an inventory, entries no subject uses and exceptions subjects carry that the register
 * does not hold (or holds otherwise). Pure: no clock, no I/O.
 *
 * @param register - The register, already valid (`ExceptionRegisterSchema`).
 * @param options - The as-of date, the policy and optionally an inventory.
 * @returns The count of entries and of valid ones, and every problem.
 * @example
 * ```ts
 * import { checkExceptionRegister } from "@miyagi-kouiki/infosec-policy";
 *
 * const check = checkExceptionRegister(
 *   [{ reference: "EX-1", approverRole: "ciso", controls: ["mynumber-isolation"], validUntil: "2026-03-31", link: { from: "mynumber", to: "lgwan" } }],
 *   { asOf: "2026-11-25" },
 * );
 * check.problems.map((p) => p.code); // ["expired"]
 * ```
 */
export function checkExceptionRegister(register: readonly ExceptionRegisterEntry[], options: RegisterCheckOptions): RegisterCheck {
  const policy = options.policy ?? currentPolicy;
  const ids = policy.controls.map((control) => control.id);
  const byId = new Map(policy.controls.map((control) => [control.id, control]));
  const asOf = options.asOf;
  const problems: RegisterProblem[] = [];
  const firstIndex = new Map<string, number>();
  let valid = 0;
  register.forEach((entry, index) => {
    const at = problems.length;
    const add = (code: RegisterProblemCode, message: string) => problems.push({ code, reference: entry.reference, entry: index, message });
    const previous = firstIndex.get(entry.reference);
    if (previous === undefined) firstIndex.set(entry.reference, index);
    else add("duplicate-reference", `the reference is also used by entry ${previous}`);
    if (asOf > entry.validUntil) add("expired", `expired on ${entry.validUntil} (as of ${asOf})`);
    if (entry.validFrom !== undefined && asOf < entry.validFrom) add("not-yet-valid", `valid only from ${entry.validFrom} (as of ${asOf})`);
    if (!exceptionApproval.approverRoles.includes(entry.approverRole)) {
      add("approver", `approved by ${entry.approverRole}; only ${exceptionApproval.approverRoles.join(", ")} may approve (a guideline default: the basic policy names no approver)`);
    }
    for (const id of entry.controls) {
      const control = byId.get(id);
      if (control === undefined) {
        add("unknown-control", `unknown control id ${JSON.stringify(id)}; did you mean ${closestNames(id, ids).map((s) => JSON.stringify(s)).join(", ")}?`);
      } else if (!control.admitsException) {
        add("not-admitted", `${id} (${control.clause}, ${control.provenance}) admits no exception: the entry can never apply to it`);
      }
    }
    if (entry.controls.includes(ISOLATION_CONTROL_ID) && entry.link === undefined) add("no-link", `it covers ${ISOLATION_CONTROL_ID} but names no link (from, to) it opens`);
    const link = entry.link;
    if (link !== undefined && ((link.from === "mynumber" && link.to === "internet") || (link.from === "internet" && link.to === "mynumber"))) {
      add("separation-link", "its link joins the My Number zone and the Internet zone, which the guideline keeps completely separated (mynumber-internet-separation admits no exception)");
    }
    if (problems.length === at) valid++;
  });
  if (options.inventory !== undefined) {
    const used = new Set<string>();
    options.inventory.forEach((subject, position) => {
      if (subject.kind === "organization" || subject.exception === undefined) return;
      const exception = subject.exception;
      const name = subject.id ?? `#${position + 1}`;
      used.add(exception.reference);
      const index = firstIndex.get(exception.reference);
      if (index === undefined) {
        problems.push({ code: "unregistered", reference: exception.reference, entry: undefined, subject: name, message: `${name} carries an exception that is not in the register` });
      } else if (!sameException(exception, register[index] as RecordedException)) {
        problems.push({ code: "differs", reference: exception.reference, entry: index, subject: name, message: `${name} carries the exception with other controls, period, approver or link than the register's entry ${index}` });
      }
    });
    register.forEach((entry, index) => {
      if (!used.has(entry.reference)) problems.push({ code: "unused", reference: entry.reference, entry: index, message: "no subject of the inventory carries it" });
    });
  }
  return { asOf, entries: register.length, valid, problems };
}
