import { z } from "zod";
import type { Locale } from "../definitions/localized-text.js";
import { PersonCategorySchema } from "../definitions/vocabulary.js";
import { IsoDateSchema, OrganizationRefSchema, SubjectIdSchema } from "../subjects/common.js";
import type { OrganizationSubject } from "../subjects/organization.js";
import { InvalidInputError, issuesFromZod } from "../validation/input-error.js";
import type { SafeResult } from "../validation/safe-evaluate.js";
import type { ChecklistQuestionId } from "./checklist-questions.js";

/** The value of `checklist` that marks a self-inspection answers file. */
export const CHECKLIST_KIND = "self-inspection";

/** A yes-or-no answer: `"yes"`, `"no"` or `"unknown"` (or a JSON boolean). */
export const YesNoAnswerSchema = z.union([z.boolean(), z.enum(["yes", "no", "unknown"])]);

/** A date answer: `"YYYY-MM-DD"`, `"never"` (or `null`), or `"unknown"`. */
export const DateAnswerSchema = z.union([IsoDateSchema, z.enum(["never", "unknown"]), z.null()]);

/** A list of staff categories, or `"unknown"`. */
export const StaffCategoriesAnswerSchema = z.union([z.array(PersonCategorySchema).max(16), z.literal("unknown")]);

const answers = {
  securityOrganizationEstablished: YesNoAnswerSchema.describe("Is the organisation for information security (CISO and officers) established? (7(1))"),
  staffCategoriesBound: StaffCategoriesAnswerSchema.describe("Which categories of staff are bound by the policy (informed, pledged)? (6)"),
  staffRulesDefined: YesNoAnswerSchema.describe("Are the rules staff must follow defined? (7(5))"),
  lastTraining: DateAnswerSchema.describe("When was staff training last given? (7(5))"),
  monitoringInPlace: YesNoAnswerSchema.describe("Are the information systems monitored? (7(7))"),
  incidentResponseReady: YesNoAnswerSchema.describe("Is the incident response procedure ready? (7(7))"),
  secureDevelopmentInPlace: YesNoAnswerSchema.describe("Are security requirements set, reviewed and tested when systems are procured or developed?"),
  continuityPlanInPlace: YesNoAnswerSchema.describe("Is there a business continuity plan for disasters, staff shortage and outages?"),
  lastAudit: DateAnswerSchema.describe("When was the last information security audit? (8)"),
  lastSelfInspection: DateAnswerSchema.describe("When was the last self-inspection? (8)"),
  reviewNeeded: YesNoAnswerSchema.describe("Did audit, self-inspection or a change of circumstances make a review necessary? (9)"),
  reviewed: YesNoAnswerSchema.describe("Was the policy reviewed after that? (9)"),
  riskAnalyzed: YesNoAnswerSchema.describe("Did the review analyse the likelihood of threats and the loss? (9)"),
  standardsInPlace: YesNoAnswerSchema.describe("Are the Standards (対策基準) established? (10)"),
  proceduresInPlace: YesNoAnswerSchema.describe("Are the Procedures (実施手順) established? (11)"),
} satisfies Record<ChecklistQuestionId, z.ZodType>;

/**
 * A self-inspection answers file: what a manager fills in from the checklist (`renderChecklist`),
 * and what `check` (and `parseChecklistAnswers`) turn into an `organization` subject.
 *
 * ```json
 * {
 *   "checklist": "self-inspection",
 *   "organization": "assembly-secretariat",
 *   "asOf": "2026-11-25",
 *   "answers": { "securityOrganizationEstablished": "yes", "lastTraining": "2026-06-15", "lastAudit": "never", "reviewed": "unknown" }
 * }
 * ```
 *
 * Every answer is optional: a question left out, or answered `"unknown"`, makes the controls that
 * need it `manual` (needs review), never `pass`.
 */
export const ChecklistAnswersSchema = z
  .object({
    checklist: z.literal(CHECKLIST_KIND).describe('Always "self-inspection": marks the file as an answers file.'),
    organization: OrganizationRefSchema.describe('The organisation inspected (5(1)), e.g. "assembly-secretariat".'),
    id: SubjectIdSchema.optional().describe('An identifier for this inspection, echoed in the decision (e.g. "self-inspection-2026-asm").'),
    asOf: IsoDateSchema.optional().describe('The date the answers are judged as of (the inspection date). "--as-of" overrides it.'),
    respondent: z.string().min(1).max(200).optional().describe("Who answered (name or post), for the record."),
    policy: z.string().min(1).max(200).optional().describe('The policy the checklist was generated from, e.g. "miyagi-kouiki-basic-policy 1.0.0", for the record.'),
    answers: z.object(answers).partial().strict().describe("The answers, by question id."),
  })
  .strict();

/** A self-inspection answers file. */
export type ChecklistAnswers = z.infer<typeof ChecklistAnswersSchema>;

/**
 * Whether a value looks like a self-inspection answers file (an object whose `checklist` is
 * `"self-inspection"`), as opposed to a subject. It may still be invalid.
 *
 * @param input - Anything, e.g. parsed JSON.
 * @returns `true` if `parseChecklistAnswers` is the way to read it.
 */
export function isChecklistAnswers(input: unknown): boolean {
  return typeof input === "object" && input !== null && !Array.isArray(input) && (input as { checklist?: unknown }).checklist === CHECKLIST_KIND;
}

function yesNo(answer: z.infer<typeof YesNoAnswerSchema> | undefined): boolean | undefined {
  return answer === true || answer === "yes" ? true : answer === false || answer === "no" ? false : undefined;
}

function date(answer: z.infer<typeof DateAnswerSchema> | undefined): string | null | undefined {
  return answer === undefined || answer === "unknown" ? undefined : answer === "never" || answer === null ? null : answer;
}

/**
 * Reads a self-inspection answers file into an `organization` subject, ready for `evaluate`.
 * Never throws: an invalid file gives every problem with its path (e.g. `answers.lastAudit`).
 *
 * @param input - Anything, e.g. the parsed JSON of an answers file.
 * @param options - `locale`: the language of each issue's `message`, `ja` (default) or `en`; every issue has both in `messages`.
 * @returns `{ success: true, data: subject }` or `{ success: false, error }`.
 * @example
 * ```ts
 * import { evaluate, parseChecklistAnswers } from "@miyagi-kouiki/infosec-policy";
 *
 * const parsed = parseChecklistAnswers({
 *   checklist: "self-inspection",
 *   organization: "assembly-secretariat",
 *   asOf: "2026-11-25",
 *   answers: { securityOrganizationEstablished: "yes", lastAudit: "never" },
 * });
 * if (parsed.success) evaluate(parsed.data).outcome; // "non-compliant": no audit ever
 * ```
 */
export function parseChecklistAnswers(input: unknown, options?: { readonly locale?: Locale }): SafeResult<OrganizationSubject> {
  const parsed = ChecklistAnswersSchema.safeParse(input);
  if (!parsed.success) {
    return { success: false, error: new InvalidInputError(issuesFromZod(parsed.error, [], { locale: options?.locale ?? "ja", input, schema: ChecklistAnswersSchema }), "checklist answers") };
  }
  const file = parsed.data;
  const a = file.answers;
  const subject: Record<string, unknown> = { kind: "organization" };
  if (file.id !== undefined) subject.id = file.id;
  subject.organization = file.organization;
  if (file.asOf !== undefined) subject.asOf = file.asOf;
  for (const [id, answer] of Object.entries(a) as [ChecklistQuestionId, unknown][]) {
    const value =
      id === "staffCategoriesBound"
        ? answer === "unknown" ? undefined : answer
        : id === "lastTraining" || id === "lastAudit" || id === "lastSelfInspection"
          ? date(answer as z.infer<typeof DateAnswerSchema>)
          : yesNo(answer as z.infer<typeof YesNoAnswerSchema>);
    if (value !== undefined) subject[id] = value;
  }
  return { success: true, data: subject as OrganizationSubject };
}
