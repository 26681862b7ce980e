import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAuditReport, evaluate, jsonSchemaNames, policy, type Subject } from "../../src/index.js";
import { canonicalJson, DecisionLogSchema, matchRoute, serviceSchemaFor, serviceSchemaNames } from "../../src/server/index.js";
import { parsePrometheus, post, startService, type TestService } from "./support.js";

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;
const root = new URL("../../", import.meta.url);
const examplesDir = new URL("examples/subjects/", root);
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ name, subject: JSON.parse(readFileSync(new URL(name, examplesDir), "utf8")) as Subject }));
const inventory = JSON.parse(readFileSync(new URL("examples/inventory.json", root), "utf8")) as Subject[];
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const FIXED = new Date("2026-11-25T00:00:00.000Z");

let t: TestService;
beforeAll(async () => {
  t = await startService({ clock: () => FIXED });
});
afterAll(async () => {
  await t.close();
});

describe("POST /v1/decisions", () => {
  it.each(examples)("$name: the decision is exactly what evaluate returns (default options, and locale en with asOf)", async ({ subject }) => {
    const response = await post(`${t.url}/v1/decisions`, subject);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual(plain(evaluate(subject)));
    const english = await post(`${t.url}/v1/decisions?locale=en&asOf=2026-11-25`, subject);
    expect(await english.json()).toEqual(plain(evaluate(subject, { locale: "en", asOf: "2026-11-25" })));
  });

  it("a batch gives one decision per subject, in order, each as evaluate gives it, and one log line each", async () => {
    const before = t.lines.length;
    const subjects = examples.map((example) => example.subject);
    const response = await post(`${t.url}/v1/decisions`, subjects, { "x-request-id": "batch-1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("batch-1");
    expect(await response.json()).toEqual(subjects.map((subject) => plain(evaluate(subject))));
    const logged = t.lines.slice(before) as { requestId: string; batchIndex: number; outcome: string; input: { sha256: string } }[];
    expect(logged.map((line) => line.batchIndex)).toEqual(subjects.map((_, index) => index));
    expect(logged.every((line) => line.requestId === "batch-1")).toBe(true);
    expect(logged.map((line) => line.outcome)).toEqual(subjects.map((subject) => evaluate(subject).outcome));
  });

  it("pins the version by path and by header; an unknown version is 404 with the shipped versions as suggestions", async () => {
    const subject = examples[0]?.subject;
    const byPath = await post(`${t.url}/v1/policies/${policy.version}/decisions`, subject);
    expect(byPath.status).toBe(200);
    expect(byPath.headers.get("infosec-policy-version")).toBe(policy.version);
    expect(((await byPath.json()) as { policy: { version: string } }).policy.version).toBe(policy.version);
    const byHeader = await post(`${t.url}/v1/decisions`, subject, { "infosec-policy-version": policy.version });
    expect(byHeader.status).toBe(200);
    for (const response of [await post(`${t.url}/v1/policies/1.0.1/decisions`, subject), await post(`${t.url}/v1/decisions`, subject, { "infosec-policy-version": "1.0.1" })]) {
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string; suggestions: string[]; message: { ja: string; en: string } } };
      expect(body.error.code).toBe("unknown-policy-version");
      expect(body.error.suggestions).toContain(policy.version);
      expect(body.error.message.en).toContain(policy.version);
    }
    const conflict = await post(`${t.url}/v1/policies/${policy.version}/decisions`, subject, { "infosec-policy-version": "2.0.0" });
    expect(conflict.status).toBe(400);
    expect(((await conflict.json()) as { error: { code: string } }).error.code).toBe("version-conflict");
  });

  it("400 lists every issue of every subject, with its path, in the requested language, and logs nothing", async () => {
    const before = t.lines.length;
    const bad = [{ kind: "sign-in", zone: "mynumbr" }, examples[0]?.subject, { kind: "asset", organization: "Secretariat", category: "server" }];
    for (const locale of ["ja", "en"] as const) {
      const response = await post(`${t.url}/v1/decisions?locale=${locale}`, bad);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; issues: { at: string; path: unknown[]; message: string }[] } };
      expect(body.error.code).toBe("invalid-input");
      const ats = body.error.issues.map((issue) => issue.at);
      expect(ats.some((at) => at.startsWith("[0]"))).toBe(true);
      expect(ats.some((at) => at.startsWith("[2]"))).toBe(true);
      expect(ats.some((at) => at.startsWith("[1]"))).toBe(false);
      const zone = body.error.issues.find((issue) => issue.at === "[0].zone");
      expect(zone?.path).toEqual([0, "zone"]);
      expect(zone?.message).toContain("mynumber");
      if (locale === "en") expect(zone?.message).toContain("did you mean");
      else expect(zone?.message).toMatch(/[ぁ-んァ-ン]/);
    }
    expect(t.lines.length).toBe(before);
  });
});

describe("POST /v1/audits", () => {
  const normalized = (report: Record<string, unknown>) => ({ ...report, generated: undefined, inputs: undefined });

  it("a JSON array and the same inventory as NDJSON give the audit report that buildAuditReport (audit --format json) gives", async () => {
    const expected = plain(buildAuditReport(inventory, { asOf: "2026-11-25", locale: "en" }));
    const json = await post(`${t.url}/v1/audits?asOf=2026-11-25&locale=en`, inventory);
    expect(json.status).toBe(200);
    const fromJson = (await json.json()) as Record<string, unknown>;
    expect(normalized(fromJson)).toEqual(normalized(expected as unknown as Record<string, unknown>));
    expect(fromJson["generated"]).toEqual({ at: FIXED.toISOString(), source: "clock" });
    expect(fromJson["inputs"]).toEqual([{ name: "request body", subjects: inventory.length }]);
    const ndjson = await post(`${t.url}/v1/audits?asOf=2026-11-25&locale=en`, `${inventory.map((s) => JSON.stringify(s)).join("\n")}\n\n`, { "content-type": "application/x-ndjson" });
    expect(ndjson.status).toBe(200);
    expect(await ndjson.json()).toEqual(fromJson);
  });

  it("an NDJSON body with bad lines is 400 naming each line, and nothing is reported", async () => {
    const body = [JSON.stringify(inventory[0]), "{not json", JSON.stringify({ kind: "asset", organization: "secretariat", category: "servr" })].join("\n");
    const response = await post(`${t.url}/v1/audits?locale=en`, body, { "content-type": "application/x-ndjson" });
    expect(response.status).toBe(400);
    const issues = ((await response.json()) as { error: { issues: { line: number; message: string }[] } }).error.issues;
    expect(issues.map((issue) => issue.line)).toEqual([2, 3]);
    expect(issues[1]?.message).toContain("server");
  });

  it("is logged as one audit line with the counts and the body's SHA-256", async () => {
    const before = t.lines.length;
    const body = `${inventory.map((s) => JSON.stringify(s)).join("\n")}\n`;
    await post(`${t.url}/v1/audits`, body, { "content-type": "application/x-ndjson" });
    const line = t.lines[before] as { type: string; subjects: number; input: { sha256: string } };
    expect(line.type).toBe("audit");
    expect(line.subjects).toBe(inventory.length);
    const { createHash } = await import("node:crypto");
    expect(line.input.sha256).toBe(createHash("sha256").update(body).digest("hex"));
  });
});

describe("the GET routes", () => {
  it("/v1/policies lists the shipped versions; /v1/policies/{version} gives the policy data with its controls as JSON", async () => {
    const list = (await (await fetch(`${t.url}/v1/policies`)).json()) as { current: string; policies: { version: string; controls: number }[] };
    expect(list.current).toBe(policy.version);
    expect(list.policies[0]?.controls).toBe(policy.controls.length);
    const one = (await (await fetch(`${t.url}/v1/policies/${policy.version}`)).json()) as { policy: { clauses: unknown[]; controls: { id: string }[] } };
    expect(one.policy.clauses).toEqual(plain(policy.clauses));
    expect(one.policy.controls.map((control) => control.id)).toEqual(policy.controls.map((control) => control.id));
    expect((await fetch(`${t.url}/v1/policies/0.9.0`)).status).toBe(404);
  });

  it("/v1/controls/{id} and /v1/clauses/{ref} (full-width too) answer, and an unknown one is 404 with suggestions", async () => {
    const control = (await (await fetch(`${t.url}/v1/controls/mynumber-isolation`)).json()) as { control: { id: string; clause: string } };
    expect(control.control).toMatchObject({ id: "mynumber-isolation", clause: "7(3)①" });
    const missing = await fetch(`${t.url}/v1/controls/mynumber-isolaton`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { suggestions: string[] } }).error.suggestions[0]).toBe("mynumber-isolation");
    const clause = (await (await fetch(`${t.url}/v1/clauses/${encodeURIComponent("７（３）①")}`)).json()) as { clause: { ref: string }; controls: string[] };
    expect(clause.clause.ref).toBe("7(3)①");
    expect(clause.controls).toContain("mynumber-isolation");
    expect((await fetch(`${t.url}/v1/clauses/12`)).status).toBe(404);
  });

  it("/v1/schemas/{name} serves every shipped JSON Schema as dist/schemas has it, and the decision log's", async () => {
    const list = (await (await fetch(`${t.url}/v1/schemas`)).json()) as { schemas: { name: string }[] };
    expect(list.schemas.map((entry) => entry.name)).toEqual([...serviceSchemaNames]);
    for (const name of serviceSchemaNames) {
      const response = await fetch(`${t.url}/v1/schemas/${name}`);
      expect(response.headers.get("content-type")).toBe("application/schema+json");
      expect(await response.json()).toEqual(JSON.parse(readFileSync(new URL(`dist/schemas/${name}.schema.json`, root), "utf8")));
    }
    expect((await fetch(`${t.url}/v1/schemas/decison`)).status).toBe(404);
  });

  it("/healthz and /readyz answer 200; HEAD answers without a body", async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    const head = await fetch(`${t.url}/healthz`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document (by @seriousme/openapi-schema-validator)", async () => {
    const document = await (await fetch(`${t.url}/openapi.json`)).json();
    const validator = new Validator();
    const result = await validator.validate(document as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // The validator can fail: a copy with a response that has no description is rejected.
    const broken = JSON.parse(JSON.stringify(document)) as { paths: Record<string, { get?: { responses: Record<string, Record<string, unknown>> } }> };
    delete broken.paths["/healthz"]?.get?.responses["200"]?.["description"];
    expect((await new Validator().validate(broken as unknown as Parameters<Validator["validate"]>[0])).valid).toBe(false);
  });

  it("covers every route the service matches, with every method, and nothing else; its components are the published schemas", async () => {
    const document = (await (await fetch(`${t.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
    const concrete: Record<string, string> = { "{version}": policy.version, "{id}": "mynumber-isolation", "{ref}": "7(3)①", "{name}": "decision" };
    for (const [path, operations] of Object.entries(document.paths)) {
      const match = matchRoute(path.replace(/\{[a-z]+\}/g, (param) => encodeURIComponent(concrete[param] as string)));
      expect(match.route, path).toBe(path);
      expect(Object.keys(operations).map((method) => method.toUpperCase()).sort()).toEqual(match.methods.filter((method) => method !== "HEAD").sort());
    }
    const routes = ["/v1/decisions", "/v1/policies/{version}/decisions", "/v1/audits", "/v1/policies/{version}/audits", "/v1/policies", "/v1/policies/{version}", "/v1/controls/{id}", "/v1/clauses/{ref}", "/v1/schemas", "/v1/schemas/{name}", "/openapi.json", "/healthz", "/readyz", "/metrics"];
    expect(Object.keys(document.paths).sort()).toEqual(routes.sort());
    expect(Object.keys(document.components.schemas).length).toBe(jsonSchemaNames.length + 2);
    const { $schema: _s, $id: _i, ...decision } = serviceSchemaFor("decision") as Record<string, unknown>;
    expect(document.components.schemas["Decision"]).toEqual(decision);
  });

  it("its decision schema accepts what the service answers (Ajv, draft 2020-12)", async () => {
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    const validate = ajv.compile(serviceSchemaFor("decision") as object);
    for (const { subject } of examples) expect(validate(await (await post(`${t.url}/v1/decisions`, subject)).json()), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("the decision log", () => {
  it("every line written so far is valid against the published schema (Ajv, dist/schemas/decision-log.schema.json) and the zod schema", () => {
    expect(t.lines.length).toBeGreaterThan(examples.length);
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    const validate = ajv.compile(JSON.parse(readFileSync(new URL("dist/schemas/decision-log.schema.json", root), "utf8")) as object);
    for (const line of t.lines) {
      expect(validate(line), JSON.stringify(validate.errors)).toBe(true);
      expect(DecisionLogSchema.safeParse(line).success).toBe(true);
    }
  });

  it("names the decision by the response's Infosec-Decision-Id, the time by the service's clock, and hashes the canonical input", async () => {
    const subject = { factors: ["knowledge"], zone: "mynumber", kind: "sign-in" };
    const response = await post(`${t.url}/v1/decisions`, subject, { "x-request-id": "req-42" });
    const id = response.headers.get("infosec-decision-id");
    const line = t.lines.find((entry) => (entry as { decisionId: string }).decisionId === id) as Record<string, unknown>;
    expect(line).toMatchObject({ type: "decision", time: FIXED.toISOString(), requestId: "req-42", outcome: "non-compliant", failingControls: ["mynumber-multi-factor"], kind: "sign-in" });
    const { createHash } = await import("node:crypto");
    expect(canonicalJson({ kind: "sign-in", zone: "mynumber", factors: ["knowledge"] })).toBe(canonicalJson(subject));
    expect((line["input"] as { sha256: string }).sha256).toBe(createHash("sha256").update('{"factors":["knowledge"],"kind":"sign-in","zone":"mynumber"}').digest("hex"));
    expect(line["input"]).not.toHaveProperty("value");
  });

  it("--log-input full keeps the input, none keeps nothing; a bidi override in the input is escaped on the line", async () => {
    for (const mode of ["full", "none"] as const) {
      const other = await startService({ logInput: mode });
      try {
        const subject = { kind: "software-use", approved: true, zone: "lgwan", id: "A\u202eB" };
        await post(`${other.url}/v1/decisions`, subject);
        const line = other.lines[0] as { input: { value?: unknown; sha256?: string } };
        if (mode === "full") {
          expect(line.input.value).toEqual(subject);
          expect(other.raw[0]).toContain("\\u202e");
          expect(other.raw[0]).not.toContain("\u202e");
        } else expect(line.input).toEqual({});
      } finally {
        await other.close();
      }
    }
  });
});

describe("GET /metrics", () => {
  it("is Prometheus text that a strict parser reads: requests by route and status, decisions by outcome, a latency histogram, errors", async () => {
    const response = await fetch(`${t.url}/metrics`);
    expect(response.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    const { samples, types } = parsePrometheus(await response.text());
    expect(types.get("infosec_policy_http_requests_total")).toBe("counter");
    expect(types.get("infosec_policy_http_request_duration_seconds")).toBe("histogram");
    const decided = samples.filter((s) => s.name === "infosec_policy_decisions_total");
    expect(decided.map((s) => s.labels["outcome"]).sort()).toEqual(["compliant", "needs-review", "non-compliant", "not-applicable"]);
    expect(decided.find((s) => s.labels["outcome"] === "non-compliant")?.value).toBeGreaterThan(0);
    const ok = samples.find((s) => s.name === "infosec_policy_http_requests_total" && s.labels["route"] === "/v1/decisions" && s.labels["status"] === "200");
    expect(ok?.value).toBeGreaterThan(examples.length);
    expect(samples.some((s) => s.name === "infosec_policy_errors_total" && s.labels["code"] === "unknown-policy-version")).toBe(true);
    // The parser can fail: a sample without a TYPE, a malformed line, a histogram out of order.
    expect(() => parsePrometheus("foo 1\n")).toThrow("no TYPE");
    expect(() => parsePrometheus("# TYPE foo counter\nfoo{a=b} 1\n")).toThrow("not valid");
    expect(() => parsePrometheus('# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_count 1\n')).toThrow("cumulative");
    // Route labels are templates, never the path as sent.
    expect(samples.some((s) => (s.labels["route"] ?? "").includes("mynumber-isolaton"))).toBe(false);
  });
});
