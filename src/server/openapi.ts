import { version as packageVersion } from "../../package.json";
import { jsonSchemaNames } from "../schemas/json-schemas.js";
import type { ServiceLimits } from "./limits.js";
import type { ServedPolicy } from "./service-policies.js";
import { serviceSchemaFor, serviceSchemaNames } from "./service-schemas.js";

type Json = { [key: string]: unknown };

/** A component name for a schema name: `decision-log` → `DecisionLog`. */
export function componentName(name: string): string {
  return name
    .split("-")
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`)
    .join("");
}

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${componentName(name)}` });

function errorResponse(description: string): Json {
  return { description, content: { "application/json": { schema: ref("error") } } };
}

const errors = (statuses: readonly number[]): Json => {
  const words: Record<number, string> = {
    400: "Invalid JSON, invalid input (every issue, with its path, in the requested language) or an invalid parameter.",
    404: "Unknown path, policy version, control, clause or schema (with the closest known names as suggestions).",
    405: "Method not allowed (the Allow header lists the allowed ones).",
    408: "The request took longer than the request timeout.",
    413: "Body, batch, NDJSON line or inventory over the service's limits.",
    415: "Unsupported Content-Type.",
    429: "Too many requests at once (Retry-After: 1).",
    503: "The service is shutting down.",
  };
  return Object.fromEntries(statuses.map((status) => [String(status), errorResponse(words[status] ?? "Error.")]));
};

const COMMON = [404, 405, 408, 429, 503];

const requestId: Json = { name: "X-Request-Id", in: "header", required: false, description: "A request id (1–200 visible ASCII characters) to find the request in the decision log; the service generates a UUID if none is given, and answers it.", schema: { type: "string" } };
const versionHeader: Json = {
  name: "Infosec-Policy-Version",
  in: "header",
  required: false,
  description: "Pins the policy version (a shipped version such as 1.0.0). If the path pins one too, both must agree (else 400 version-conflict). Default: the current version.",
  schema: { type: "string" },
};
const versionPath: Json = { name: "version", in: "path", required: true, description: "The shipped policy version to decide with, e.g. 1.0.0.", schema: { type: "string" } };
const locale: Json = { name: "locale", in: "query", required: false, description: "The language of the reasons and of the validation messages: ja (default) or en.", schema: { type: "string", enum: ["ja", "en"] } };
const asOf: Json = { name: "asOf", in: "query", required: false, description: "The date (YYYY-MM-DD) to judge date-based controls as of; the engine never reads the clock.", schema: { type: "string", format: "date" } };

function json(schema: Json, description: string): Json {
  return { description, content: { "application/json": { schema } } };
}

/**
 * The OpenAPI 3.1 document of the decision service, generated from the same zod schemas as the
 * package's JSON Schemas (every component is {@link serviceSchemaFor}'s schema), so that it cannot
 * drift from what the service accepts and answers.
 *
 * @param served - The policies served (their versions are listed in the description).
 * @param limits - The limits in force (stated in the description).
 * @returns The document, plain JSON.
 */
export function openApiDocument(served: readonly ServedPolicy[], limits: ServiceLimits): Json {
  const schemas: Json = {};
  for (const name of serviceSchemaNames) {
    const { $schema: _s, $id: _i, ...schema } = serviceSchemaFor(name) as Json;
    schemas[componentName(name)] = schema;
  }
  const decisionBody = (pinnedByPath: boolean): Json => ({
    tags: ["decisions"],
    summary: "Decide one subject, or a batch",
    description: `One subject (a JSON object) gives one decision; an array of at most ${limits.maxBatch} subjects gives an array of decisions in the same order. The decision is exactly what the library's evaluate returns. Any invalid subject gives 400 with every issue, and no decision at all. Each decision is written to the decision log.`,
    parameters: [...(pinnedByPath ? [versionPath] : []), versionHeader, requestId, locale, asOf],
    requestBody: {
      required: true,
      content: { "application/json": { schema: { oneOf: [ref("subject"), { type: "array", maxItems: limits.maxBatch, items: ref("subject") }] } } },
    },
    responses: {
      "200": {
        description: "The decision, or the array of decisions. Infosec-Decision-Id (single subject) names the decision in the log.",
        headers: {
          "Infosec-Policy-Version": { description: "The version of the policy that made the decision.", schema: { type: "string" } },
          "Infosec-Decision-Id": { description: "The decision's id in the decision log (single subject only).", schema: { type: "string", format: "uuid" } },
          "X-Request-Id": { description: "The request id.", schema: { type: "string" } },
        },
        content: { "application/json": { schema: { oneOf: [ref("decision"), { type: "array", items: ref("decision") }] } } },
      },
      ...errors([400, 413, 415, ...COMMON]),
    },
  });
  const auditBody = (pinnedByPath: boolean): Json => ({
    tags: ["audits"],
    summary: "Audit an inventory",
    description: `An inventory as a JSON array (at most ${limits.maxAuditBodyBytes} bytes) or as NDJSON, one subject per line, streamed line by line (each line at most ${limits.maxLineBytes} bytes; at most ${limits.maxAuditSubjects} subjects). The answer is the audit report, the same JSON as the CLI's audit --format json. Any invalid subject gives 400 with its issues (the first 100) and no report.`,
    parameters: [...(pinnedByPath ? [versionPath] : []), versionHeader, requestId, locale, asOf],
    requestBody: {
      required: true,
      content: {
        "application/json": { schema: { type: "array", items: ref("subject") } },
        "application/x-ndjson": { schema: { type: "string", description: "One subject (JSON) per line." } },
      },
    },
    responses: { "200": json(ref("audit-report"), "The audit report."), ...errors([400, 413, 415, ...COMMON]) },
  });
  const get = (tag: string, summary: string, schema: Json, parameters: readonly Json[] = [], statuses: readonly number[] = []): Json => ({
    get: { tags: [tag], summary, parameters: [...parameters], responses: { "200": json(schema, summary), ...errors([...statuses, ...COMMON]) } },
  });
  const anyObject: Json = { type: "object" };
  return {
    openapi: "3.1.0",
    info: {
      title: "infosec-policy decision service",
      version: packageVersion,
      description: `Decisions, audits and the policy data of @miyagi-kouiki/infosec-policy over HTTP. Stateless: every answer depends only on the request and the policies loaded at start (shipped versions: ${served.map((entry) => entry.policy.version).join(", ")}), so the service scales out by running more instances behind any load balancer.`,
      license: { name: "MIT", identifier: "MIT" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "http://127.0.0.1:8080", description: "infosec-policy serve (default host and port)" }],
    paths: {
      "/v1/decisions": { post: { operationId: "decide", ...decisionBody(false) } },
      "/v1/policies/{version}/decisions": { post: { operationId: "decidePinned", ...decisionBody(true) } },
      "/v1/audits": { post: { operationId: "audit", ...auditBody(false) } },
      "/v1/policies/{version}/audits": { post: { operationId: "auditPinned", ...auditBody(true) } },
      "/v1/policies": get("policies", "The policy versions served", anyObject),
      "/v1/policies/{version}": get("policies", "One policy version: its clauses, terms, threats, scope and controls", anyObject, [versionPath]),
      "/v1/controls/{id}": get("policies", "One control of the pinned policy", anyObject, [{ name: "id", in: "path", required: true, description: "The control id, e.g. mynumber-isolation.", schema: { type: "string" } }, versionHeader]),
      "/v1/clauses/{ref}": get("policies", "One clause of the basic policy, with the controls that come from it", anyObject, [
        { name: "ref", in: "path", required: true, description: "The clause reference, e.g. 7(3)① (URL-encoded; full-width and 7(3)(1) are read too).", schema: { type: "string" } },
        versionHeader,
      ]),
      "/v1/schemas": get("schemas", "The JSON Schemas published", anyObject),
      "/v1/schemas/{name}": {
        get: {
          tags: ["schemas"],
          summary: "One JSON Schema (draft 2020-12)",
          parameters: [{ name: "name", in: "path", required: true, description: "The schema's name.", schema: { type: "string", enum: [...serviceSchemaNames] } }],
          responses: { "200": { description: "The JSON Schema.", content: { "application/schema+json": { schema: anyObject } } }, ...errors(COMMON) },
        },
      },
      "/openapi.json": get("service", "This OpenAPI document", anyObject),
      "/healthz": get("service", "Liveness: 200 while the process runs", anyObject),
      "/readyz": { get: { tags: ["service"], summary: "Readiness: 200 when ready, 503 while draining", responses: { "200": json(anyObject, "Ready."), "503": json(anyObject, "Draining.") } } },
      "/metrics": {
        get: { tags: ["service"], summary: "Prometheus metrics (text format 0.0.4)", responses: { "200": { description: "The metrics.", content: { "text/plain": { schema: { type: "string" } } } } } },
      },
    },
    components: { schemas },
    "x-package-schemas": [...jsonSchemaNames],
  };
}
