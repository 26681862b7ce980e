import { z } from "zod";
import { version as packageVersion } from "../../package.json";
import { LocalizedTextSchema } from "../definitions/localized-text.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { isJsonSchemaName, JSON_SCHEMA_BASE_URL, jsonSchemaFor, jsonSchemaNames, type JsonSchema } from "../schemas/json-schemas.js";
import { DecisionLogSchema } from "./decision-log.js";
import { ERROR_STATUS, type ServiceErrorCode } from "./errors.js";

const ERROR_CODES = Object.keys(ERROR_STATUS) as [ServiceErrorCode, ...ServiceErrorCode[]];

/** The body of every error answer of the decision service: `{ "error": { "code", "message": { "ja", "en" }, … } }`. */
export const ServiceErrorBodySchema = z
  .object({
    error: z
      .object({
        code: z.enum(ERROR_CODES).describe("What went wrong, as a stable code (e.g. invalid-input, body-too-large, unknown-policy-version); each code has one HTTP status."),
        message: LocalizedTextSchema.describe("What went wrong, in Japanese (ja) and English (en)."),
        issues: z
          .array(
            z
              .object({
                path: z.array(z.union([z.string(), z.number().int()])).describe("The path to the problem: a batch index or an object key at each step; empty for the whole input."),
                at: z.string().describe("The path as text, e.g. \"[2].zone\" or \"(root)\"."),
                message: z.string().describe("What is wrong, in the language asked for (locale)."),
                code: z.string().describe("The validator's code, e.g. invalid_value or unrecognized_keys."),
                line: z.number().int().min(1).optional().describe("For an NDJSON body, the 1-based line of the problem."),
              })
              .strict()
              .describe("One problem with the input."),
          )
          .optional()
          .describe("For invalid-input: every problem with the input (for an audit, the first 100), each with its path."),
        suggestions: z.array(z.string()).optional().describe("For an unknown name (policy version, control id, clause reference, schema): the closest known ones."),
      })
      .strict()
      .describe("The error."),
  })
  .strict()
  .describe("An error answer of the decision service. Never a stack trace.");

/** The name of a JSON Schema the service publishes: the package's, and the service's own (`decision-log`, `error`). */
export type ServiceSchemaName = (typeof jsonSchemaNames)[number] | "decision-log" | "error";

const OWN: Readonly<Record<"decision-log" | "error", { schema: z.ZodType; title: string; description: string }>> = {
  "decision-log": {
    schema: DecisionLogSchema,
    title: "Decision log line",
    description: "One line of the decision service's decision log (NDJSON, one line per decision of POST /v1/decisions and one per audit of POST /v1/audits), discriminated by type.",
  },
  error: { schema: ServiceErrorBodySchema, title: "Service error", description: "The body of every error answer of the decision service (4xx and 5xx)." },
};

/** Every JSON Schema name the service publishes at `/v1/schemas/{name}`. */
export const serviceSchemaNames: readonly ServiceSchemaName[] = Object.freeze([...jsonSchemaNames, "decision-log", "error"]);

const cache = new Map<string, JsonSchema>();

/**
 * A JSON Schema (draft 2020-12) the service publishes: one of the package's ({@link jsonSchemaFor}),
 * or the service's own (`decision-log`, `error`), generated from their zod schemas.
 *
 * @param name - The schema's name.
 * @returns The schema, deeply frozen, or `undefined` for an unknown name.
 */
export function serviceSchemaFor(name: string): JsonSchema | undefined {
  if (isJsonSchemaName(name)) return jsonSchemaFor(name);
  if (name !== "decision-log" && name !== "error") return undefined;
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const own = OWN[name];
  const { $schema, title: _t, description: _d, ...rest } = z.toJSONSchema(own.schema, { target: "draft-2020-12", io: "output", unrepresentable: "throw" }) as Record<string, unknown>;
  const schema = deepFreeze({ $schema, $id: `${JSON_SCHEMA_BASE_URL}/${packageVersion}/${name}.schema.json`, title: own.title, description: own.description, ...rest }) as JsonSchema;
  cache.set(name, schema);
  return schema;
}
