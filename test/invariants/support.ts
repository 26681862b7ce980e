/**
 * Shared helpers for the invariant tests: severity ranks, exception variants for exhaustive
 * enumerations, and small combinatorics.
 */
import {
  ALL_CLASSIFICATIONS,
  OUTCOME_BY_SEVERITY,
  STATUS_SEVERITY,
  policy,
  type Classification,
  type Control,
  type Decision,
  type Finding,
  type FindingStatus,
  type OrganizationRef,
  type Outcome,
  type RecordedException,
  type Subject,
} from "../../src/index.js";

/** fast-check run counts, sized so that the whole invariant suite stays well under a minute on 2 cores. */
export const RUNS = { heavy: 300, normal: 1000, light: 3000 } as const;

/**
 * The rank of an outcome in the design's order "worst finding wins": non-compliant (3) >
 * needs-review (2) > compliant (1) > not-applicable (0). Taken from the engine's own table and
 * checked against the design in invariant 5.
 */
export function outcomeRank(outcome: Outcome): number {
  return OUTCOME_BY_SEVERITY.indexOf(outcome);
}

/** The severity of a finding status: fail (3) > manual (2) > pass (1) > not-applicable (0). */
export function statusRank(status: FindingStatus): number {
  return STATUS_SEVERITY[status];
}

/** The statuses of a decision's findings, in order. */
export function statusesOf(decision: Decision): FindingStatus[] {
  return decision.findings.map((finding) => finding.status);
}

/** The finding of one control in a decision, if the control ran. */
export function findingOf(decision: Decision, controlId: string): Finding | undefined {
  return decision.findings.find((finding) => finding.control === controlId);
}

/** Whether the scope gate found the subject outside 5(1): the decision is then that single finding. */
export function isOutOfScope(decision: Decision): boolean {
  return decision.findings.length === 1 && decision.findings[0]?.control === "scope-organization" && decision.outcome === "not-applicable";
}

/** The controls of the current policy by id. */
export const CONTROLS_BY_ID: ReadonlyMap<string, Control> = new Map(policy.controls.map((control) => [control.id, control]));

/** The control with this id (throws if there is none, so that a renamed control shows up). */
export function control(id: string): Control {
  const found = CONTROLS_BY_ID.get(id);
  if (found === undefined) throw new Error(`no control ${id}`);
  return found;
}

/** The as-of date the exception tests judge by (inside the default variants' period). */
export const EXCEPTION_AS_OF = "2026-11-25";

/** What an exception does to a failed control it names: used, or rejected with a reason; `not-named` if it names it not. */
export type ExceptionEffect = "used" | "not-named" | "not-admitted" | "approver" | "no-as-of" | "expired" | "not-yet-valid" | "no-link" | "other-link";

/**
 * The oracle of invariant 13, written apart from the engine: what a recorded exception does for a
 * failed control of a subject judged as of `asOf`. ISO dates compare as strings.
 */
export function exceptionEffect(exception: RecordedException | undefined, controlId: string, subject: Subject, asOf: string | undefined): ExceptionEffect {
  if (exception === undefined || !exception.controls.includes(controlId)) return "not-named";
  if (!control(controlId).admitsException) return "not-admitted";
  if (exception.approverRole !== "ciso") return "approver";
  if (controlId === "mynumber-isolation") {
    const link = exception.link;
    if (link === undefined) return "no-link";
    // Only transfers and assets of the マイナンバー zone fail the isolation.
    const crosses = subject.kind === "transfer" ? link.from === subject.from && link.to === subject.to : link.from === "mynumber" || link.to === "mynumber";
    if (!crosses) return "other-link";
  }
  if (asOf === undefined) return "no-as-of";
  if (exception.validFrom !== undefined && asOf < exception.validFrom) return "not-yet-valid";
  if (asOf > exception.validUntil) return "expired";
  return "used";
}

/** Whether an exception turns a failed control of the subject into a pass, as of `asOf` (default {@link EXCEPTION_AS_OF}). */
export function coversControl(exception: RecordedException | undefined, controlId: string, subject: Subject, asOf: string | undefined = EXCEPTION_AS_OF): boolean {
  return exceptionEffect(exception, controlId, subject, asOf) === "used";
}

/** A named exception variant for exhaustive enumerations. */
export interface ExceptionVariant {
  readonly label: string;
  readonly exception: RecordedException | undefined;
}

const UNTIL = "2027-03-31";
const ALL_IDS = (): string[] => policy.controls.map((c) => c.id);

/**
 * Every kind of exception that matters for a target control, judged as of {@link EXCEPTION_AS_OF}:
 * none; the CISO for the target (with each link, and with none), for the target and another, for
 * another only, for every control, for every other control; the period's edges (ends on the
 * as-of date, starts on it, expired the day before, starts the day after); each non-CISO role.
 */
export function exceptionVariants(target: string, other = "internet-sanitization"): readonly ExceptionVariant[] {
  const ciso = (reference: string, controls: string[], extra: Partial<RecordedException> = {}): RecordedException => ({
    reference,
    approverRole: "ciso",
    controls,
    validUntil: UNTIL,
    link: { from: "mynumber", to: "lgwan" },
    ...extra,
  });
  const noLink = ciso("EX-NOLINK", [target]);
  delete (noLink as { link?: unknown }).link;
  return [
    { label: "none", exception: undefined },
    { label: `ciso, [${target}], mynumber→lgwan`, exception: ciso("EX-T", [target]) },
    { label: `ciso, [${target}], lgwan→mynumber, approvedBy`, exception: ciso("EX-BY", [target], { approvedBy: "CISO 山田", link: { from: "lgwan", to: "mynumber" } }) },
    { label: `ciso, [${target}], mynumber→internet`, exception: ciso("EX-MI", [target], { link: { from: "mynumber", to: "internet" } }) },
    { label: `ciso, [${target}], no link`, exception: noLink },
    { label: `ciso, [${other}, ${target}]`, exception: ciso("EX-OT", [other, target]) },
    { label: `ciso, [${other}]`, exception: ciso("EX-O", [other]) },
    { label: "ciso, every control", exception: ciso("EX-ALL", ALL_IDS()) },
    { label: "ciso, every other control", exception: ciso("EX-REST", ALL_IDS().filter((id) => id !== target)) },
    { label: `ciso, [${target}], until the as-of date`, exception: ciso("EX-EDGE", [target], { validUntil: EXCEPTION_AS_OF }) },
    { label: `ciso, [${target}], from the as-of date`, exception: ciso("EX-FROM", [target], { validFrom: EXCEPTION_AS_OF }) },
    { label: `ciso, [${target}], expired the day before`, exception: ciso("EX-OLD", [target], { validUntil: "2026-11-24" }) },
    { label: `ciso, [${target}], valid from the day after`, exception: ciso("EX-NEXT", [target], { validFrom: "2026-11-26" }) },
    { label: `security-officer, [${target}]`, exception: { ...ciso("EX-SO", [target]), approverRole: "security-officer" } },
    { label: `security-manager, [${target}]`, exception: { ...ciso("EX-SM", [target]), approverRole: "security-manager" } },
    { label: `other, [${target}]`, exception: { ...ciso("EX-OTH", [target]), approverRole: "other" } },
  ];
}

/** A value or absent, for enumerations: `undefined` stands for "field left out". */
export const BOOLEAN_OR_ABSENT: readonly (boolean | undefined)[] = [undefined, false, true];

/** No classification, then all twelve of the default scheme. */
export const CLASSIFICATIONS_OR_ABSENT: readonly (Classification | undefined)[] = [undefined, ...(ALL_CLASSIFICATIONS as readonly Classification[])];

/** An organisation for enumerations: absent (the Union's own), in scope, and another body. */
export const ORGANIZATIONS_OR_ABSENT: readonly (OrganizationRef | undefined)[] = [undefined, "secretariat", { outside: "仙台市" }];

/** Builds an object from entries, leaving out those whose value is `undefined` (exactOptionalPropertyTypes). */
export function compact<T extends object>(entries: { [K in keyof T]: T[K] | undefined }): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) result[key] = value;
  return result as T;
}

/** The cartesian product of some lists. */
export function product<T extends readonly (readonly unknown[])[]>(...lists: T): { [K in keyof T]: T[K][number] }[] {
  let result: unknown[][] = [[]];
  for (const list of lists) result = result.flatMap((prefix) => list.map((item) => [...prefix, item]));
  return result as { [K in keyof T]: T[K][number] }[];
}

/** Every sequence over `items` of length 0 … `maxLength` (so every multiset, in every order). */
export function sequencesUpTo<T>(items: readonly T[], maxLength: number): T[][] {
  const result: T[][] = [[]];
  let frontier: T[][] = [[]];
  for (let length = 1; length <= maxLength; length++) {
    frontier = frontier.flatMap((prefix) => items.map((item) => [...prefix, item]));
    result.push(...frontier);
  }
  return result;
}

/** Every multiset over `items` of size 0 … `maxSize`, each once, as a sorted list. */
export function multisetsUpTo<T>(items: readonly T[], maxSize: number): T[][] {
  const result: T[][] = [];
  const walk = (start: number, current: T[]): void => {
    result.push([...current]);
    if (current.length === maxSize) return;
    for (let i = start; i < items.length; i++) walk(i, [...current, items[i] as T]);
  };
  walk(0, []);
  return result;
}

/** Every distinct permutation of a list. */
export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  const seen = new Set<string>();
  const result: T[][] = [];
  items.forEach((item, index) => {
    const rest = [...items.slice(0, index), ...items.slice(index + 1)];
    for (const tail of permutations(rest)) {
      const permutation = [item, ...tail];
      const key = JSON.stringify(permutation);
      if (!seen.has(key)) {
        seen.add(key);
        result.push(permutation);
      }
    }
  });
  return result;
}

/** Freezes a value and everything reachable from it (a test-side copy of the idea, independent of src). */
export function deepFreezeForTest<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreezeForTest((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A copy of a subject without its exception. */
export function withoutException<S extends Subject>(subject: S): S {
  const copy: Record<string, unknown> = { ...subject };
  delete copy["exception"];
  return copy as S;
}


/**
 * A plain, comparable picture of a value: every own enumerable key in order, and whether each
 * object has a null prototype. Unlike `structuredClone`, it keeps the prototype difference, so
 * that "the input was not mutated" can be checked exactly, null-prototype objects included.
 */
export function snapshot(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return { array: value.map(snapshot) };
  return {
    nullPrototype: Object.getPrototypeOf(value) === null,
    frozen: Object.isFrozen(value),
    entries: Object.keys(value).map((key) => [key, snapshot((value as Record<string, unknown>)[key])]),
  };
}
