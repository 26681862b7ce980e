import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import packageJson from "../../package.json";
import { policy } from "../../src/policy/policies.js";

// These run the built binary as a user would (`npm test` builds first): `node dist/cli.js …`.
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist", "cli.js");
const fixture = (name: string): string => join("test", "cli", "fixtures", name);
const tmp = mkdtempSync(join(tmpdir(), "infosec-policy-cli-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], input?: string): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", input: input ?? "", maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace line, `    at foo (file.js:1:2)`: never shown to a user. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function expectExit(result: Run, code: number): void {
  expect({ code: result.code, stderr: result.stderr.slice(0, 2000) }).toMatchObject({ code });
  expect(result.stderr).not.toMatch(STACK);
}

/** Invalid input: exit 65, every problem on stderr, nothing on stdout. */
function expectInvalid(result: Run): void {
  expectExit(result, 65);
  expect(result.stdout).toBe("");
}

function expectUsage(result: Run): void {
  expectExit(result, 64);
  expect(result.stdout).toBe("");
}

function oscalValidator(name: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL(`../../vendor/nist-oscal-1.0.6/${name}`, import.meta.url), "utf8")) as object);
}

describe("infosec-policy (help and usage)", () => {
  it("with no command: usage on stderr, exit 64", () => {
    const result = run([]);
    expectUsage(result);
    expect(result.stderr).toContain("usage: infosec-policy <command>");
  });

  it("--help and help <command>: usage on stdout, exit 0", () => {
    const general = run(["--help"]);
    expectExit(general, 0);
    for (const command of ["check", "audit", "explain", "controls", "clauses", "checklist", "schema", "export"]) expect(general.stdout).toContain(`  ${command} `);
    expect(general.stdout).toMatch(/64 +usage error/);
    const help = run(["help", "audit"]);
    expectExit(help, 0);
    expect(help.stdout).toContain("usage: infosec-policy audit <inventory|->");
    expectExit(run(["audit", "--help"]), 0);
  });

  it("--version prints the package version", () => {
    const result = run(["--version"]);
    expectExit(result, 0);
    expect(result.stdout.trim()).toBe(packageJson.version);
  });

  it("an unknown command, an unknown option, an option the command does not take, a bad value: exit 64", () => {
    expect(run(["frobnicate"]).stderr).toContain('unknown command "frobnicate"');
    expectUsage(run(["frobnicate"]));
    expectUsage(run(["audit", "examples/inventory.json", "--frobnicate"]));
    expectUsage(run(["controls", "--as-of", "2026-11-25"]));
    expectUsage(run(["audit", "examples/inventory.json", "--lang", "fr"]));
    expectUsage(run(["audit", "examples/inventory.json", "--as-of", "2026-13-01"]));
    expectUsage(run(["audit", "examples/inventory.json", "--format", "pdf"]));
    expectUsage(run(["audit"]));
    expectUsage(run(["audit", "a.json", "b.json"]));
    expectUsage(run(["help", "frobnicate"]));
  });

  it("a file that does not exist: exit 64, named", () => {
    const result = run(["audit", "no/such/inventory.json"]);
    expectUsage(result);
    expect(result.stderr).toContain("no/such/inventory.json: no such file");
  });

  it("an unknown policy version: exit 64, listing the shipped versions", () => {
    const result = run(["audit", "examples/inventory.json", "--policy-version", "9.9.9"]);
    expectUsage(result);
    expect(result.stderr).toContain(`shipped versions: ${policy.version}`);
    expectExit(run(["check", "examples/subjects/sign-in.compliant.json", "--policy-version", policy.version]), 0);
  });
});

describe("infosec-policy check", () => {
  it("exits 0 compliant, 1 non-compliant, 2 needs review, 0 not applicable", () => {
    expectExit(run(["check", "examples/subjects/sign-in.compliant.json"]), 0);
    const failing = run(["check", "examples/subjects/sign-in.non-compliant.json"]);
    expectExit(failing, 1);
    expect(failing.stdout).toContain("[7(3)①]");
    expect(failing.stdout).toContain("不適合 / non-compliant");
    expectExit(run(["check", "examples/subjects/organization.needs-review.json"]), 2);
    expectExit(run(["check", "examples/subjects/asset.not-applicable.json"]), 0);
  });

  it("prints the decision as JSON: an object for one subject, an array for an array", () => {
    const one = run(["check", "examples/subjects/transfer.non-compliant.json", "--format", "json", "--lang", "en"]);
    expectExit(one, 1);
    const decision = JSON.parse(one.stdout) as { outcome: string; policy: { version: string }; findings: { reason: string; status: string }[] };
    expect(decision.outcome).toBe("non-compliant");
    expect(decision.policy.version).toBe(policy.version);
    expect(decision.findings.find((f) => f.status === "fail")?.reason).toMatch(/[a-z]/);
    const many = run(["check", "-", "--format", "json"], JSON.stringify([{ kind: "sign-in", zone: "lgwan", factors: ["knowledge"] }, { kind: "sign-in", zone: "mynumber", factors: ["knowledge"] }]));
    expectExit(many, 1);
    expect((JSON.parse(many.stdout) as unknown[]).map((d) => (d as { outcome: string }).outcome)).toEqual(["compliant", "non-compliant"]);
  });

  it("reads NDJSON (by extension, or --ndjson from stdin)", () => {
    expectExit(run(["check", fixture("good.ndjson")]), 1);
    const piped = run(["check", "-", "--ndjson", "--format", "json"], readFileSync(join(root, fixture("good.ndjson")), "utf8"));
    expectExit(piped, 1);
    expect((JSON.parse(piped.stdout) as unknown[]).length).toBe(3);
  });

  it("invalid JSON: exit 65, where it is (line and column), nothing on stdout", () => {
    const result = run(["check", fixture("invalid-json.json")]);
    expectInvalid(result);
    expect(result.stderr).toContain("not valid JSON at line 4, column 1");
    const empty = run(["check", "-"], "");
    expectInvalid(empty);
    expect(empty.stderr).toContain("empty input");
  });

  it("an invalid subject: exit 65, every problem with its path", () => {
    const result = run(["check", fixture("invalid-subject.json")]);
    expectInvalid(result);
    expect(result.stderr).toContain("invalid-subject.json: zone: ");
    expect(result.stderr).toContain("invalid-subject.json: factors[1]: ");
    expect(result.stderr).toContain("1 of 1 subject");
  });

  it("evaluates a self-inspection answers file as the organisation's posture", () => {
    const result = run(["check", fixture("answers.json"), "--format", "json"]);
    expectExit(result, 0);
    const decision = JSON.parse(result.stdout) as { kind: string; subjectId: string; outcome: string };
    expect(decision).toMatchObject({ kind: "organization", subjectId: "SI-2026-ASM", outcome: "compliant" });
    // The same answers judged a year later: the training and the audit are overdue.
    expectExit(run(["check", fixture("answers.json"), "--as-of", "2027-11-25"]), 1);
    const invalid = run(["check", "-"], JSON.stringify({ checklist: "self-inspection", organization: "secretariat", answers: { lastAudit: "last year" } }));
    expectInvalid(invalid);
    expect(invalid.stderr).toContain("answers.lastAudit");
  });
});

describe("infosec-policy audit", () => {
  it("prints the text report and exits 1 for the sample inventory (as npm run demo does)", () => {
    const result = run(["audit", "examples/inventory.json", "--as-of", "2026-11-25"]);
    expectExit(result, 1);
    expect(result.stdout).toContain("情報セキュリティ監査報告 / Information security audit report");
    expect(result.stdout).toContain("判定基準日 / As of:       2026-11-25");
  });

  it("prints Markdown, self-contained HTML and JSON, in Japanese and English", () => {
    const markdown = run(["audit", "examples/inventory.json", "--format", "markdown", "--lang", "en", "--as-of", "2026-11-25"]);
    expectExit(markdown, 1);
    expect(markdown.stdout).toMatch(/^# Information security audit report\n/);
    expect(markdown.stdout).toContain("## Results by control");
    const html = run(["audit", "examples/inventory.json", "--format", "html"]);
    expectExit(html, 1);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(html.stdout).not.toMatch(/https?:\/\/|\bsrc=|\bhref=/);
    const json = run(["audit", "examples/inventory.json", "--format", "json"]);
    expectExit(json, 1);
    const report = JSON.parse(json.stdout) as { total: number; policy: { version: string }; subjects: unknown[] };
    expect(report.total).toBe(54);
    expect(report.policy.version).toBe(policy.version);
  });

  it("an empty inventory: a report of nothing, exit 0, a note on stderr", () => {
    for (const file of ["empty.json", "empty.ndjson"]) {
      const result = run(["audit", fixture(file), "--format", "json"]);
      expectExit(result, 0);
      expect(JSON.parse(result.stdout)).toMatchObject({ total: 0, subjects: [] });
      expect(result.stderr).toContain("the inventory is empty");
    }
  });

  it("an NDJSON file with one bad line in the middle: exit 65, the line and path on stderr, nothing on stdout", () => {
    const result = run(["audit", fixture("bad-line.ndjson")]);
    expectInvalid(result);
    expect(result.stderr).toContain("bad-line.ndjson:3: classification.confidentiality: ");
    expect(result.stderr).toContain("1 of 5 subjects");
    expect(result.stderr.match(/bad-line\.ndjson:\d+:/g)).toHaveLength(1);
  });

  it("every bad NDJSON line is reported, whether bad JSON or a bad subject", () => {
    const lines = readFileSync(join(root, fixture("good.ndjson")), "utf8").split("\n");
    const file = join(tmp, "two-bad.jsonl");
    writeFileSync(file, [lines[0], '{"kind": "sign-in", "zone": ', lines[2], '{"kind": "asset"}', lines[3], ""].join("\n"));
    const result = run(["audit", file]);
    expectInvalid(result);
    expect(result.stderr).toContain("two-bad.jsonl:2: not valid JSON");
    expect(result.stderr).toMatch(/two-bad\.jsonl:4: organization: /);
    expect(result.stderr).toMatch(/two-bad\.jsonl:4: category: /);
  });

  it("an invalid JSON inventory or an invalid subject in it: exit 65 with paths", () => {
    expectInvalid(run(["audit", fixture("invalid-json.json")]));
    const subject = run(["audit", "-"], JSON.stringify([{ kind: "sign-in", zone: "mynumber", factors: ["knowledge", "possession"] }, { kind: "sign-in", zone: "moon", factors: "knowledge" }]));
    expectInvalid(subject);
    expect(subject.stderr).toContain("<stdin>: [1].zone: ");
    expect(subject.stderr).toContain("<stdin>: [1].factors: ");
    const notAnArray = run(["audit", "examples/subjects/sign-in.compliant.json"]);
    expectInvalid(notAnArray);
    expect(notAnArray.stderr).toContain("expected a JSON array of subjects");
  });

  it("streams a large NDJSON inventory to the same report as the JSON array", () => {
    const subjects = Array.from({ length: 12_000 }, (_, i) => ({
      kind: "asset",
      id: `A${i}`,
      name: `資産 ${i}`,
      organization: i % 97 === 0 ? "city-hall" : "secretariat",
      category: "terminal",
      zone: i % 3 === 0 ? "mynumber" : "lgwan",
      classification: { confidentiality: 2, integrity: 1, availability: 1 },
      ...(i % 7 === 0 ? {} : { safeguards: i % 4 === 0 ? ["access-control", "malware-protection", "anti-theft", "physical-protection", "security-updates", "isolation", "carry-out-blocked", "multi-factor-sign-in"] : ["access-control"] }),
    }));
    writeFileSync(join(tmp, "large.json"), JSON.stringify(subjects));
    writeFileSync(join(tmp, "large.ndjson"), `${subjects.map((s) => JSON.stringify(s)).join("\n")}\n`);
    const fromArray = run(["audit", join(tmp, "large.json"), "--format", "json", "--as-of", "2026-11-25"]);
    const fromStream = run(["audit", join(tmp, "large.ndjson"), "--format", "json", "--as-of", "2026-11-25"]);
    expect(fromArray.code).toBe(1);
    expect(fromStream.code).toBe(1);
    expect(fromStream.stdout).toBe(fromArray.stdout);
    const report = JSON.parse(fromStream.stdout) as { total: number; subjects: { index: number }[]; outcomes: Record<string, number> };
    expect(report.total).toBe(12_000);
    expect(report.subjects.length).toBe(report.outcomes["non-compliant"]! + report.outcomes["needs-review"]!);
    expect(report.subjects.length).toBeGreaterThan(5_000); // more than are kept in memory: the rest went through the spill file
  });

  it("--overlay: the report names the overlay; a weakening overlay is rejected with every problem (65)", () => {
    const result = run(["audit", "examples/inventory.json", "--overlay", "examples/overlay.sample.json", "--format", "markdown"]);
    expectExit(result, 1);
    expect(result.stdout).toContain("sample-organization-standards 2026.4.0");
    const weak = run(["audit", "examples/inventory.json", "--overlay", fixture("weakening-overlay.json")]);
    expectInvalid(weak);
    expect(weak.stderr).toContain("remove[0]: ");
    expect(weak.stderr).toContain("[remove-control]");
    expect(weak.stderr).toContain("[loosen-parameter]");
    expectUsage(run(["audit", "examples/inventory.json", "--overlay", "no/such/overlay.json"]));
  });
});

describe("infosec-policy explain", () => {
  it("a control: its clause text, requirement, parameters and threats", () => {
    const result = run(["explain", "training-interval"]);
    expectExit(result, 0);
    expect(result.stdout).toContain("training-interval");
    expect(result.stdout).toContain("7(5)");
    expect(result.stdout).toContain("trainingIntervalMonths = 12");
    expect(result.stdout).toMatch(/T2/);
    const en = run(["explain", "mynumber-isolation", "--lang", "en"]);
    expect(en.stdout).toContain("in principle");
    expect(en.stdout).toContain("原則として");
  });

  it("a clause and a threat, as text, Markdown and JSON", () => {
    const clause = run(["explain", "7(3)①"]);
    expectExit(clause, 0);
    for (const id of ["mynumber-isolation", "mynumber-no-carry-out", "mynumber-multi-factor"]) expect(clause.stdout).toContain(id);
    const markdown = run(["explain", "8", "--format", "markdown"]);
    expectExit(markdown, 0);
    expect(markdown.stdout).toMatch(/^# 8 /);
    const json = run(["explain", "T3", "--format", "json"]);
    expectExit(json, 0);
    expect(JSON.parse(json.stdout)).toMatchObject({ type: "threat", threat: { id: "T3" } });
  });

  it("an unknown control id or clause: exit 64 with the closest ones", () => {
    const control = run(["explain", "mynumber-isolaton"]);
    expectUsage(control);
    expect(control.stderr).toContain("closest controls: mynumber-isolation");
    const clause = run(["explain", "12"]);
    expectUsage(clause);
    expect(clause.stderr).toContain("closest clauses: 11");
  });

  it("an overlay's own control", () => {
    const result = run(["explain", "org-log-retention", "--overlay", "examples/overlay.sample.json"]);
    expectExit(result, 0);
    expect(result.stdout).toContain("organization");
  });
});

describe("infosec-policy controls and clauses", () => {
  it("list every control (and an overlay's) and every clause", () => {
    const controls = run(["controls"]);
    expectExit(controls, 0);
    for (const control of policy.controls) expect(controls.stdout).toContain(control.id);
    const json = run(["controls", "--format", "json", "--overlay", "examples/overlay.sample.json"]);
    expectExit(json, 0);
    const list = JSON.parse(json.stdout) as { id: string; provenance: string }[];
    expect(list.length).toBeGreaterThan(policy.controls.length);
    expect(list.some((control) => control.provenance === "organization")).toBe(true);
    expectExit(run(["controls", "--format", "markdown", "--lang", "en"]), 0);
    const clauses = run(["clauses"]);
    expectExit(clauses, 0);
    expect(clauses.stdout).toContain("7(3)①");
    expect((JSON.parse(run(["clauses", "--format", "json"]).stdout) as unknown[]).length).toBe(policy.clauses.length);
  });
});

describe("infosec-policy checklist", () => {
  it("needs an organisation in scope", () => {
    expectUsage(run(["checklist"]));
    const outside = run(["checklist", "--organization", "city-hall"]);
    expectUsage(outside);
    expect(outside.stderr).toContain("secretariat, assembly-secretariat, audit-secretariat, election-commission");
  });

  it("prints the Markdown checklist, and an answers file that check evaluates", () => {
    const markdown = run(["checklist", "--organization", "election-commission", "--as-of", "2026-11-25"]);
    expectExit(markdown, 0);
    expect(markdown.stdout).toContain("選挙管理委員会");
    expect(markdown.stdout).toContain("`lastSelfInspection`");
    const template = run(["checklist", "--organization", "election-commission", "--as-of", "2026-11-25", "--format", "json"]);
    expectExit(template, 0);
    const file = join(tmp, "answers.json");
    writeFileSync(file, template.stdout);
    // Untouched, every answer is "unknown": needs review, never compliant.
    expectExit(run(["check", file]), 2);
    const filled = JSON.parse(template.stdout) as { answers: Record<string, unknown> };
    filled.answers = { ...filled.answers, lastAudit: "never" };
    writeFileSync(file, JSON.stringify(filled));
    expectExit(run(["check", file]), 1);
  });
});

describe("infosec-policy schema", () => {
  it("lists the kinds, prints a JSON Schema that validates the examples, and refuses an unknown kind (64)", async () => {
    const list = run(["schema"]);
    expectExit(list, 0);
    for (const name of ["subject", "asset-subject", "decision", "overlay"]) expect(list.stdout).toContain(name);
    const subject = run(["schema", "subject"]);
    expectExit(subject, 0);
    const { default: Ajv2020 } = await import("ajv/dist/2020.js");
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(subject.stdout) as object);
    for (const name of ["sign-in.compliant", "asset.non-compliant", "organization.needs-review", "transfer.with-exception.compliant"]) {
      expect(validate(JSON.parse(readFileSync(join(root, "examples", "subjects", `${name}.json`), "utf8")))).toBe(true);
    }
    expect(validate(JSON.parse(readFileSync(join(root, fixture("invalid-subject.json")), "utf8")))).toBe(false);
    expect(JSON.parse(run(["schema", "asset"]).stdout)).toMatchObject({ title: "asset subject" });
    const unknown = run(["schema", "policy"]);
    expectUsage(unknown);
    expect(unknown.stderr).toContain("kinds: subject,");
  });
});

describe("infosec-policy export", () => {
  const validateCatalog = oscalValidator("oscal_catalog_schema.json");
  const validateResults = oscalValidator("oscal_assessment-results_schema.json");

  it("oscal-catalog: a valid OSCAL catalog, byte-identical on a second run", () => {
    const args = ["export", "oscal-catalog", "--timestamp", "2026-11-25T09:00:00+09:00"];
    const first = run(args);
    expectExit(first, 0);
    expect(validateCatalog(JSON.parse(first.stdout)), JSON.stringify(validateCatalog.errors?.slice(0, 3))).toBe(true);
    expect(run(args).stdout).toBe(first.stdout);
    const overlay = run([...args, "--overlay", "examples/overlay.sample.json"]);
    expectExit(overlay, 0);
    expect(validateCatalog(JSON.parse(overlay.stdout))).toBe(true);
  });

  it("oscal-results: valid OSCAL assessment results, exit as audit, byte-identical on a second run", () => {
    const args = ["export", "oscal-results", "examples/inventory.json", "--as-of", "2026-11-25", "--timestamp", "2026-11-25T09:00:00+09:00"];
    const first = run(args);
    expectExit(first, 1);
    expect(validateResults(JSON.parse(first.stdout)), JSON.stringify(validateResults.errors?.slice(0, 3))).toBe(true);
    expect(run(args).stdout).toBe(first.stdout);
    const overlay = run([...args, "--overlay", "examples/overlay.sample.json", "--lang", "en"]);
    expectExit(overlay, 1);
    expect(validateResults(JSON.parse(overlay.stdout))).toBe(true);
    const ndjson = run(["export", "oscal-results", fixture("good.ndjson"), "--timestamp", "2026-11-25T00:00:00Z"]);
    expectExit(ndjson, 1);
    expect(validateResults(JSON.parse(ndjson.stdout))).toBe(true);
  });

  it("usage and input errors", () => {
    expectUsage(run(["export"]));
    expectUsage(run(["export", "oscal-profile"]));
    expectUsage(run(["export", "oscal-results"]));
    expectUsage(run(["export", "oscal-catalog", "--timestamp", "yesterday"]));
    expectUsage(run(["export", "oscal-catalog", "--format", "markdown"]));
    expectInvalid(run(["export", "oscal-results", fixture("bad-line.ndjson")]));
  });
});
