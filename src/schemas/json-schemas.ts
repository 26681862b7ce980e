import { z } from "zod";
import type { ClassificationScheme } from "../classification/classification-scheme.js";
import { guidelineClassificationScheme } from "../classification/guideline-classification-scheme.js";
import { CLASSIFICATION_DIMENSIONS } from "../classification/scheme-vocabulary.js";
import { version as packageVersion } from "../../package.json";
import { audit } from "../audit/audit.js";
import { AuditResultSchema } from "../audit/audit-schema.js";
import type { Decision } from "../decision/decision.js";
import { DecisionSchema } from "../decision/decision.js";
import { evaluate } from "../evaluate.js";
import { ExceptionRegisterSchema } from "../exceptions/register.js";
import { FindingSchema } from "../decision/finding.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { OverlaySchema } from "../overlay/overlay-schema.js";
import { buildAuditReport } from "../report/audit-report.js";
import { AuditReportSchema } from "../report/audit-report-schema.js";
import { ChecklistAnswersSchema } from "../report/checklist-answers.js";
import { checklistAnswersTemplate } from "../report/checklist.js";
import { AccessSubjectSchema } from "../subjects/access.js";
import { AssetSubjectSchema } from "../subjects/asset.js";
import { CarryOutSubjectSchema } from "../subjects/carry-out.js";
import { CloudUseSubjectSchema } from "../subjects/cloud-use.js";
import { OrganizationSubjectSchema } from "../subjects/organization.js";
import { OutsourcingSubjectSchema } from "../subjects/outsourcing.js";
import { SignInSubjectSchema } from "../subjects/sign-in.js";
import { SoftwareUseSubjectSchema } from "../subjects/software-use.js";
import { SUBJECT_KINDS, SubjectSchema, type Subject, type SubjectKind } from "../subjects/subject.js";
import { TransferSubjectSchema } from "../subjects/transfer.js";
import { EXCEPTION_REGISTER_EXAMPLE, OVERLAY_EXAMPLE, SUBJECT_EXAMPLES } from "./schema-examples.js";

/**
 * The base of every JSON Schema `$id`: `<base>/<package version>/<name>.schema.json`. The host is
 * a placeholder (`.example`): the ids name the schemas, they are not fetched. The files ship in the
 * package as `@miyagi-kouiki/infosec-policy/schemas/<name>.schema.json` (`dist/schemas/`).
 *
 * @example
 * ```ts
 * jsonSchemaFor("decision").$id.startsWith(JSON_SCHEMA_BASE_URL); // true
 * ```
 */
export const JSON_SCHEMA_BASE_URL = "https://miyagi-kouiki.example/infosec-policy";

/**
 * The name of a shipped JSON Schema: the subject union and each subject kind, the decision, the
 * finding, the audit result, the audit report, the self-inspection answers file, the exception
 * register and the overlay. The list of them is {@link jsonSchemaNames}.
 */
export type JsonSchemaName =
  | "subject"
  | "transfer-subject"
  | "carry-out-subject"
  | "sign-in-subject"
  | "software-use-subject"
  | "access-subject"
  | "outsourcing-subject"
  | "cloud-use-subject"
  | "asset-subject"
  | "organization-subject"
  | "decision"
  | "finding"
  | "audit-result"
  | "audit-report"
  | "checklist-answers"
  | "exception-register"
  | "overlay";

interface Entry {
  readonly schema: z.ZodType;
  /** `input` for what a service sends (subjects, overlays), `output` for what the package returns. */
  readonly io: "input" | "output";
  readonly title: string;
  readonly description: string;
  /** The schema's `examples`: valid values (computed once, when the schema is first asked for). */
  readonly examples: () => readonly unknown[];
}

const subject = (kind: SubjectKind, schema: z.ZodType, what: string): Entry => ({
  schema,
  io: "input",
  title: `${kind} subject`,
  description: `A subject of kind "${kind}" for evaluate / safeEvaluate / the CLI: ${what}`,
  examples: () => SUBJECT_EXAMPLES[kind],
});

// The example subjects the output schemas' examples are computed from, by the package itself.
const AS_OF = "2026-04-01";
const exampleSubjects = (): readonly Subject[] => SUBJECT_KINDS.map((kind) => SUBJECT_EXAMPLES[kind][0] as Subject);
const exampleDecision = (): Decision => evaluate(SUBJECT_EXAMPLES.transfer.find((example) => evaluate(example as Subject).outcome === "non-compliant") as Subject);

const ENTRIES: { readonly [N in JsonSchemaName]: Entry } = {
  subject: {
    schema: SubjectSchema,
    io: "input",
    title: "Subject",
    description: "Anything evaluate decides (an action, an asset or the organisation's posture), discriminated by kind.",
    examples: exampleSubjects,
  },
  "transfer-subject": subject("transfer", TransferSubjectSchema, "information moving between zones (7(3))."),
  "carry-out-subject": subject("carry-out", CarryOutSubjectSchema, "taking information or an asset out (持出し)."),
  "sign-in-subject": subject("sign-in", SignInSubjectSchema, "signing in to a terminal, with the factor kinds presented."),
  "software-use-subject": subject("software-use", SoftwareUseSubjectSchema, "installing or using software."),
  "access-subject": subject("access", AccessSubjectSchema, "reading, changing or deleting an information asset."),
  "outsourcing-subject": subject("outsourcing", OutsourcingSubjectSchema, "a contract with a contractor (7(8))."),
  "cloud-use-subject": subject("cloud-use", CloudUseSubjectSchema, "using an external (cloud) service (7(8))."),
  "asset-subject": subject("asset", AssetSubjectSchema, "one entry of an information asset inventory, with its safeguards."),
  "organization-subject": subject("organization", OrganizationSubjectSchema, "the organisation's own posture for self-inspection (8)."),
  decision: {
    schema: DecisionSchema,
    io: "output",
    title: "Decision",
    description: "A decision on one subject: the outcome, the policy (id and version) that made it, and one finding per control in canonical order.",
    examples: () => [exampleDecision()],
  },
  finding: {
    schema: FindingSchema,
    io: "output",
    title: "Finding",
    description: "What one control found for one subject: status, clause, provenance and why, in Japanese and English. Independent of OSCAL.",
    examples: () => exampleDecision().findings.filter((finding) => finding.status === "fail").slice(0, 1),
  },
  "audit-result": {
    schema: AuditResultSchema,
    io: "output",
    title: "Audit result",
    description:
      "The result of the library's audit() function: the policy used, asOf, one decision per subject and the summary. (The CLI's audit --format json prints the audit report instead: see audit-report.)",
    examples: () => [audit(exampleSubjects().slice(0, 2), { asOf: AS_OF })],
  },
  "audit-report": {
    schema: AuditReportSchema,
    io: "output",
    title: "Audit report",
    description:
      "What the CLI's audit --format json prints (and buildAuditReport returns): the policy, the overlay, asOf and locale, counts per outcome, subject kind, control and threat, and only the non-compliant and needs-review subjects with their fail and manual findings (no decision is kept, so memory stays bounded).",
    examples: () => [buildAuditReport(exampleSubjects(), { asOf: AS_OF, locale: "en" })],
  },
  "checklist-answers": {
    schema: ChecklistAnswersSchema,
    io: "input",
    title: "Self-inspection answers",
    description:
      "A self-inspection answers file (8): what the CLI's checklist --format json prints as a template, and what check (and parseChecklistAnswers) accept and turn into an organization subject. A question left out or answered \"unknown\" makes the controls that need it manual.",
    examples: () => [checklistAnswersTemplate({ organization: "secretariat", asOf: AS_OF })],
  },
  "exception-register": {
    schema: ExceptionRegisterSchema,
    io: "input",
    title: "Exception register",
    description:
      "The exception register (例外措置台帳): a JSON array of recorded exceptions (reference, approver role, the control ids they cover, period, link for an isolation exception), optionally with the subjects they were granted for, for checkExceptionRegister and the CLI's exceptions command.",
    examples: () => [EXCEPTION_REGISTER_EXAMPLE],
  },
  overlay: {
    schema: OverlaySchema,
    io: "input",
    title: "Overlay",
    description:
      "The organisation's own standards (対策基準) as an overlay for extendPolicy and the CLI's --overlay. This schema checks the shape; extendPolicy also checks the meaning (ids and fields exist, nothing is removed or loosened).",
    examples: () => [OVERLAY_EXAMPLE],
  },
};

// The mapped type of ENTRIES requires exactly one entry per name, so its keys are every name.
/**
 * The names of every JSON Schema the package ships, each as
 * `@miyagi-kouiki/infosec-policy/schemas/<name>.schema.json`: the subject union and each subject
 * kind, the decision, the finding, the audit result (of `audit`), the audit report (of the CLI's
 * `audit --format json`), the self-inspection answers file and the overlay.
 *
 * @example
 * ```ts
 * import { jsonSchemaNames } from "@miyagi-kouiki/infosec-policy";
 * jsonSchemaNames.includes("decision"); // true
 * ```
 */
export const jsonSchemaNames: readonly JsonSchemaName[] = Object.freeze(Object.keys(ENTRIES) as JsonSchemaName[]);

/** A JSON Schema (draft 2020-12) as a plain, deeply frozen JSON value. */
export type JsonSchema = { readonly [key: string]: unknown };

const cache = new Map<JsonSchemaName, JsonSchema>();

/**
 * Whether a name is one of {@link jsonSchemaNames}.
 *
 * @param name - Any string, e.g. a CLI argument.
 * @returns Whether `jsonSchemaFor(name)` has a schema for it.
 * @example
 * ```ts
 * isJsonSchemaName("overlay"); // true
 * isJsonSchemaName("policy"); // false
 * ```
 */
export function isJsonSchemaName(name: string): name is JsonSchemaName {
  return Object.hasOwn(ENTRIES, name);
}

/**
 * The `$id` of a shipped JSON Schema for this version of the package.
 *
 * @param name - The schema's name.
 * @returns `https://miyagi-kouiki.example/infosec-policy/<package version>/<name>.schema.json`.
 * @example
 * ```ts
 * jsonSchemaId("decision"); // "https://miyagi-kouiki.example/infosec-policy/0.1.0/decision.schema.json"
 * ```
 */
export function jsonSchemaId(name: JsonSchemaName): string {
  return `${JSON_SCHEMA_BASE_URL}/${packageVersion}/${name}.schema.json`;
}

/**
 * The JSON Schema (draft 2020-12) of a subject kind, the decision, the finding, the audit result,
 * the audit report, the self-inspection answers file or the overlay, generated from the package's zod schemas (never written by hand), for services
 * not written in TypeScript. The same schemas ship as files in `dist/schemas/` (see the docs'
 * JSON Schema page), and the CLI prints them with `infosec-policy schema <name>`.
 *
 * What a JSON Schema validator accepts, `safeEvaluate` (zod) accepts, and the reverse; a
 * differential test checks it with Ajv. (String lengths count Unicode code points on both sides.)
 *
 * @param name - One of {@link jsonSchemaNames}.
 * @returns The schema, with `$schema`, `$id`, `title` and `description`; deeply frozen, the same object on every call.
 * @throws Error for an unknown name (the message lists the known ones).
 * @example
 * ```ts
 * import Ajv2020 from "ajv/dist/2020.js";
 * import addFormats from "ajv-formats";
 * import { jsonSchemaFor } from "@miyagi-kouiki/infosec-policy";
 *
 * const ajv = addFormats(new Ajv2020());
 * const validate = ajv.compile(jsonSchemaFor("asset-subject"));
 * validate({ kind: "asset", organization: "secretariat", category: "server" }); // true
 * ```
 */
export function jsonSchemaFor(name: JsonSchemaName): JsonSchema {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!isJsonSchemaName(name)) throw new Error(`no JSON Schema named ${JSON.stringify(name)}; known: ${jsonSchemaNames.join(", ")}`);
  const entry: Entry = ENTRIES[name];
  const generated = z.toJSONSchema(entry.schema, {
    target: "draft-2020-12",
    io: entry.io,
    unrepresentable: "throw",
    override: (context) => discriminate(context.zodSchema, context.jsonSchema as Record<string, unknown>),
  }) as Record<string, unknown>;
  // The entry's title and description replace any the zod schema carries at its top level.
  const { $schema, title: _title, description: _description, ...rest } = generated;
  const schema = deepFreeze({
    $schema,
    $id: jsonSchemaId(name),
    title: entry.title,
    description: entry.description,
    ...rest,
    // Plain JSON: a decision's frozen arrays and a policy's values become data.
    examples: JSON.parse(JSON.stringify(entry.examples())) as unknown[],
  }) as JsonSchema;
  cache.set(name, schema);
  return schema;
}

/**
 * Rewrites the JSON Schema of a zod discriminated union (`oneOf` of object shapes) as one `if` /
 * `then` per value of the discriminator, so that a standard validator (Ajv, Python jsonschema)
 * checks the input against the one shape its discriminator names and reports that shape's wrong
 * field (`/zone: must be equal to one of the allowed values`), not "not valid under any of the
 * given schemas". An unknown or missing discriminator is reported at the discriminator itself.
 * Accepts exactly what the `oneOf` accepts: the discriminator values are distinct constants.
 */
function discriminate(zodSchema: unknown, json: Record<string, unknown>): void {
  const def = (zodSchema as { _zod?: { def?: { type?: string; discriminator?: string } } })._zod?.def;
  const key = def?.type === "union" ? def.discriminator : undefined;
  const branches = json["oneOf"];
  if (key === undefined || !Array.isArray(branches)) return;
  const values = branches.map((branch: { properties?: Record<string, { const?: unknown }> }) => branch.properties?.[key]?.const);
  if (values.some((value) => typeof value !== "string")) return;
  delete json["oneOf"];
  Object.assign(json, {
    type: "object",
    properties: {
      [key]: {
        type: "string",
        enum: values,
        description: `Which shape this is: "${key}" selects the fields allowed with it (one of ${values.map((value) => JSON.stringify(value)).join(", ")}).`,
      },
    },
    required: [key],
    allOf: branches.map((branch: unknown, index) => ({
      if: { type: "object", properties: { [key]: { const: values[index] } }, required: [key] },
      then: branch,
    })),
  });
}

/** Whether a JSON Schema node is the schema of a classification `{ confidentiality, integrity, availability }`. */
function isClassificationNode(node: Record<string, unknown>): boolean {
  const properties = node["properties"];
  if (typeof properties !== "object" || properties === null) return false;
  const keys = Object.keys(properties).sort().join(",");
  return keys === "availability,confidentiality,integrity";
}

/** A copy of a JSON value with every classification node's levels replaced by the scheme's. */
function withSchemeLevels(value: unknown, scheme: ClassificationScheme): unknown {
  if (Array.isArray(value)) return value.map((item) => withSchemeLevels(item, scheme));
  if (typeof value !== "object" || value === null) return value;
  const node: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) node[key] = withSchemeLevels(child, scheme);
  if (isClassificationNode(node)) {
    const properties: Record<string, unknown> = {};
    for (const dimension of CLASSIFICATION_DIMENSIONS) {
      const levels = scheme.dimensions[dimension].levels;
      properties[dimension] = {
        enum: levels.map((entry) => entry.id),
        description: `${scheme.dimensions[dimension].name.en} (${scheme.dimensions[dimension].name.ja}) in scheme ${scheme.id}: ${levels.map((entry) => `${JSON.stringify(entry.id)} ${entry.label.ja}`).join(", ")}.`,
      };
    }
    node["properties"] = properties;
  }
  return node;
}

/**
 * Whether an example of the default schema is valid under a scheme: every classification in it
 * (an object of exactly confidentiality, integrity and availability) has the scheme's level ids.
 * Nothing else differs between the two schemas, so an example with no classification (a
 * decision whose findings only name the category "classification", say) is valid in any scheme.
 */
function validInScheme(example: unknown, scheme: ClassificationScheme): boolean {
  if (Array.isArray(example)) return example.every((item) => validInScheme(item, scheme));
  if (typeof example !== "object" || example === null) return true;
  const node = example as Record<string, unknown>;
  const keys = Object.keys(node).sort().join(",");
  if (keys === "availability,confidentiality,integrity") {
    return CLASSIFICATION_DIMENSIONS.every((dimension) => scheme.dimensions[dimension].levels.some((entry) => entry.id === node[dimension]));
  }
  return Object.values(node).every((child) => validInScheme(child, scheme));
}

/**
 * The JSON Schema of {@link jsonSchemaFor}, following a classification scheme: every
 * classification's levels are the scheme's level ids (e.g. `"3A"` … `"1"` for `guideline-r6`).
 * For the default scheme it is `jsonSchemaFor(name)` itself. The CLI prints it with
 * `infosec-policy schema <name> --policy-version … / --overlay …`.
 *
 * @param name - One of {@link jsonSchemaNames}.
 * @param scheme - The classification scheme of the policy in use (`policy.classificationScheme`).
 * @returns The schema, deeply frozen; its `$id` names the scheme, and it keeps every example of the default schema that is valid under the scheme (those whose classifications use the default's numbers are dropped).
 * @throws Error for an unknown name.
 * @example
 * ```ts
 * import { guidelineR6ClassificationScheme, jsonSchemaForScheme } from "@miyagi-kouiki/infosec-policy";
 *
 * const schema = jsonSchemaForScheme("asset-subject", guidelineR6ClassificationScheme);
 * ```
 */
export function jsonSchemaForScheme(name: JsonSchemaName, scheme: ClassificationScheme): JsonSchema {
  const base = jsonSchemaFor(name);
  if (scheme === guidelineClassificationScheme) return base;
  const copy = withSchemeLevels(JSON.parse(JSON.stringify(base)) as unknown, scheme) as Record<string, unknown>;
  copy["$id"] = `${JSON_SCHEMA_BASE_URL}/${packageVersion}/schemes/${scheme.id}/${name}.schema.json`;
  copy["description"] = `${String(copy["description"] ?? "")} Classification levels follow the scheme ${scheme.id} (${scheme.name.en}).`.trim();
  if (Array.isArray(copy["examples"])) copy["examples"] = (copy["examples"] as unknown[]).filter((example) => validInScheme(example, scheme));
  return deepFreeze(copy) as JsonSchema;
}
