import { compileClassificationScheme } from "../../src/classification/compiled-scheme.js";
import { guidelineClassificationScheme } from "../../src/classification/guideline-classification-scheme.js";
import { readFileSync } from "node:fs";
import type { z } from "zod";
import type { Check, CheckContext, Control } from "../../src/controls/control.js";
import type { ControlParameters, Verdict } from "../../src/controls/verdict.js";
import { dayNumber } from "../../src/internal/calendar.js";
import { policy } from "../../src/policy/policies.js";
import { AccessSubjectSchema } from "../../src/subjects/access.js";
import { AssetSubjectSchema } from "../../src/subjects/asset.js";
import { CarryOutSubjectSchema } from "../../src/subjects/carry-out.js";
import { CloudUseSubjectSchema } from "../../src/subjects/cloud-use.js";
import { OrganizationSubjectSchema } from "../../src/subjects/organization.js";
import { OutsourcingSubjectSchema } from "../../src/subjects/outsourcing.js";
import { SignInSubjectSchema } from "../../src/subjects/sign-in.js";
import { SoftwareUseSubjectSchema } from "../../src/subjects/software-use.js";
import type { SubjectKind, SubjectOf } from "../../src/subjects/subject.js";
import { TransferSubjectSchema } from "../../src/subjects/transfer.js";

/** The date every table case is judged as of, unless it asks for no date. */
export const AS_OF = "2026-04-01";

/** The check context for {@link AS_OF}. */
export const CONTEXT: CheckContext = Object.freeze({ asOfDay: dayNumber(AS_OF) });

/** The check context without a date. */
export const NO_DATE: CheckContext = Object.freeze({ asOfDay: undefined });

/** The zod schema of each subject kind, to tell required fields from optional ones. */
export const SUBJECT_SCHEMAS: { readonly [K in SubjectKind]: z.ZodType<SubjectOf<K>> } = {
  transfer: TransferSubjectSchema,
  "carry-out": CarryOutSubjectSchema,
  "sign-in": SignInSubjectSchema,
  "software-use": SoftwareUseSubjectSchema,
  access: AccessSubjectSchema,
  outsourcing: OutsourcingSubjectSchema,
  "cloud-use": CloudUseSubjectSchema,
  asset: AssetSubjectSchema,
  organization: OrganizationSubjectSchema,
};

/** The kinds a control has a check for, as the engine sees them (`Object.keys(control.checks)`). */
export function checkedKinds(control: Control): SubjectKind[] {
  return Object.keys(control.checks) as SubjectKind[];
}

/** The facts a control declares for a kind (the subject fields that, missing, make it `manual`). */
export function factsOf(control: Control, kind: SubjectKind): readonly string[] {
  return (control.facts[kind] ?? []) as readonly string[];
}

/** The policy's resolved parameters of a control (what the engine passes its checks). */
export function parametersOf(control: Control): ControlParameters {
  const parameters = policy.parameters[control.id];
  if (parameters === undefined) throw new Error(`policy.parameters has no entry for ${control.id}`);
  return parameters;
}

/** Runs a control's check for one kind directly, with the policy's parameters. */
export function runCheck<K extends SubjectKind>(
  control: Control,
  kind: K,
  subject: SubjectOf<K>,
  context: CheckContext,
  parameters?: Readonly<Record<string, number>>,
): Verdict {
  const check = control.checks[kind] as Check<K, ControlParameters> | undefined;
  if (check === undefined) throw new Error(`${control.id} has no check for ${kind}`);
  const name = check(subject, { ...parametersOf(control), ...parameters }, context, compileClassificationScheme(guidelineClassificationScheme));
  // The check returns a verdict name; the compiler ties it to the control's table, and this resolves it.
  const verdict = Object.hasOwn(control.verdictsByName, name) ? control.verdictsByName[name] : undefined;
  if (verdict === undefined) throw new Error(`${control.id}/${kind} returned ${JSON.stringify(name)}, a name its verdict table does not declare`);
  return verdict;
}

/** Whether a subject is valid input for its kind's schema. */
export function isValidSubject(kind: SubjectKind, subject: unknown): boolean {
  return SUBJECT_SCHEMAS[kind].safeParse(subject).success;
}

/** A copy of a subject without one field. */
export function without<K extends SubjectKind>(subject: SubjectOf<K>, field: string): SubjectOf<K> {
  const copy: Record<string, unknown> = { ...subject };
  delete copy[field];
  return copy as SubjectOf<K>;
}

/** A copy of a subject without every field its schema lets it leave out. */
export function withoutOptionalFields<K extends SubjectKind>(kind: K, subject: SubjectOf<K>): SubjectOf<K> {
  let stripped = subject;
  for (const field of Object.keys(subject)) {
    const candidate = without<K>(stripped, field);
    if (isValidSubject(kind, candidate)) stripped = candidate;
  }
  return stripped;
}

/** Whether the schema of a kind requires a field (a subject without it is not valid input). */
export function isRequiredField<K extends SubjectKind>(kind: K, passing: SubjectOf<K>, field: string): boolean {
  return isValidSubject(kind, passing) && !isValidSubject(kind, without<K>(passing, field));
}

/** The published basic policy, as extracted from its PDF (committed in source/). */
export const sourceText: string = readFileSync(new URL("../../source/basic-policy.ja.txt", import.meta.url), "utf8");

/** Removes every white-space character, so that PDF line breaks and indentation do not matter. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, "");
}

/** The length of the longest run of characters that two strings share. */
export function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const run = (previous[j - 1] ?? 0) + 1;
        current[j] = run;
        if (run > best) best = run;
      }
    }
    previous = current;
  }
  return best;
}
