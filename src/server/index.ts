/**
 * The decision service: `@miyagi-kouiki/infosec-policy/server`. Decisions, audits and the policy
 * data over HTTP (`node:http`, no framework), with decision logs, Prometheus metrics, OpenAPI 3.1
 * and limits. `infosec-policy serve` runs it. Node only; the root entry does not load it.
 *
 * @packageDocumentation
 */
export { createHandler, matchRoute } from "./handler.js";
export type { HandlerOptions, ServiceHandler } from "./handler.js";
export { createServer } from "./server.js";
export type { ServerOptions, DecisionService } from "./server.js";
export { DEFAULT_LIMITS } from "./limits.js";
export type { ServiceLimits } from "./limits.js";
export { ServiceError, ERROR_STATUS } from "./errors.js";
export type { ServiceErrorCode, ServiceIssue } from "./errors.js";
export { DecisionLogSchema, DecisionLogLineSchema, AuditLogLineSchema, LogInputSchema, canonicalJson, decisionLogSink } from "./decision-log.js";
export type { DecisionLogEntry, DecisionLogLine, AuditLogLine, LogInput, DecisionLogSink } from "./decision-log.js";
export { Metrics, LATENCY_BUCKETS } from "./metrics.js";
export { openApiDocument } from "./openapi.js";
export { serviceSchemaFor, serviceSchemaNames, ServiceErrorBodySchema } from "./service-schemas.js";
export type { ServiceSchemaName } from "./service-schemas.js";
export { OverlayLoadError, loadPolicies } from "./service-policies.js";
export type { ServedPolicy } from "./service-policies.js";
