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
import { displayWidth } from "../../src/report/display-width.js";

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
    expect(result.stderr).toContain("使い方: infosec-policy <コマンド>");
    expect(run(["--lang", "en"]).stderr).toContain("usage: infosec-policy <command>");
  });

  it("--help and help <command>: usage on stdout, exit 0, in Japanese by default and in English with --lang en", () => {
    const general = run(["--help"]);
    expectExit(general, 0);
    for (const command of ["check", "audit", "explain", "controls", "clauses", "checklist", "schema", "export", "help"]) expect(general.stdout).toContain(`  ${command} `);
    expect(general.stdout).toMatch(/64 +使用方法の誤り/);
    const english = run(["--help", "--lang", "en"]);
    expectExit(english, 0);
    expect(english.stdout).toMatch(/64 +usage error/);
    expect(run(["help"]).stdout).toBe(general.stdout);
    expect(run(["help", "--lang", "en"]).stdout).toBe(english.stdout);
    const help = run(["help", "audit"]);
    expectExit(help, 0);
    expect(help.stdout).toContain("使い方: infosec-policy audit <資産台帳|->");
    expect(run(["help", "audit", "--lang", "en"]).stdout).toContain("usage: infosec-policy audit <inventory|->");
    expectExit(run(["audit", "--help"]), 0);
    expectUsage(run(["--help", "--lang", "fr"]));
    expectUsage(run(["help", "audit", "--lang", "EN"]));
  });

  it("every command's help exists in both languages, is the same for help <command> and <command> --help, and names every option the command takes", () => {
    for (const command of ["check", "audit", "explain", "controls", "clauses", "checklist", "schema", "export"]) {
      const ja = run(["help", command]);
      const en = run(["help", command, "--lang", "en"]);
      expectExit(ja, 0);
      expectExit(en, 0);
      expect(ja.stdout.startsWith(`使い方: infosec-policy ${command}`), command).toBe(true);
      expect(en.stdout.startsWith(`usage: infosec-policy ${command}`), command).toBe(true);
      expect(ja.stdout).toMatch(/[\u3040-\u30ff]/); // kana: Japanese, not English relabelled
      expect(en.stdout).not.toMatch(/[\u3040-\u30ff]/);
      expect(run([command, "--help"]).stdout).toBe(ja.stdout);
      expect(run([command, "-h", "--lang", "en"]).stdout).toBe(en.stdout);
      // The options each text lists are the same in both languages.
      const options = (text: string): string[] => [...new Set(text.match(/--[a-z-]+/g))].sort();
      expect(options(ja.stdout), command).toEqual(options(en.stdout));
    }
  });

  it("the general help lists each command with a summary in its language", () => {
    const ja = run(["--help"]).stdout;
    const en = run(["--help", "--lang", "en"]).stdout;
    expect(ja).toMatch(/^ {2}check {6}判定対象/m);
    expect(en).toMatch(/^ {2}check {6}evaluate a subject/m);
    expect(ja).toContain("宮城県後期高齢者医療広域連合の情報セキュリティ基本方針");
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

  it("an unknown option or command: did you mean the nearest one? exit 64", () => {
    const option = run(["audit", "examples/inventory.json", "--formt", "json"]);
    expectUsage(option);
    expect(option.stderr).toContain("unknown option --formt; did you mean --format?");
    expect(option.stderr).toContain("使い方: infosec-policy audit"); // the command's usage, not the general one
    const swapped = run(["check", "x.json", "--lnag", "en"]);
    expectUsage(swapped);
    expect(swapped.stderr).toContain("unknown option --lnag; did you mean --lang?");
    expect(run(["--formt", "json"]).stderr).toContain("did you mean --format?");
    expect(run(["audit", "x.json", "--as-off", "2026-11-25"]).stderr).toContain("did you mean --as-of?");
    expect(run(["audit", "x.json", "--overl", "o.json"]).stderr).toContain("did you mean --overlay?");
    // Every unknown option is reported, not just the first.
    const two = run(["audit", "x.json", "--formt", "json", "--policy-verison", "1.0.0"]);
    expectUsage(two);
    expect(two.stderr).toContain("did you mean --format?");
    expect(two.stderr).toContain("unknown option --policy-verison; did you mean --policy-version?");
    // Nothing close: no suggestion.
    const far = run(["audit", "x.json", "--frobnicate"]);
    expectUsage(far);
    expect(far.stderr).toContain("unknown option --frobnicate");
    expect(far.stderr).not.toContain("did you mean");
    expect(run(["audit", "x.json", "-x"]).stderr).not.toContain("did you mean");

    const command = run(["chek", "examples/subjects/sign-in.compliant.json"]);
    expectUsage(command);
    expect(command.stderr).toContain('unknown command "chek"; did you mean check?');
    expect(run(["audti"]).stderr).toContain("did you mean audit?");
    expect(run(["checklsit"]).stderr).toContain("did you mean checklist?");
    expect(run(["explian"]).stderr).toContain("did you mean explain?");
    expect(run(["hlep"]).stderr).toContain("did you mean help?");
    const help = run(["help", "contorls"]);
    expectUsage(help);
    expect(help.stderr).toContain('unknown command "contorls"; did you mean controls?');
    expect(run(["frobnicate"]).stderr).not.toContain("did you mean");
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
    expect(failing.stdout).toContain("[7(3)①・基本方針]");
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
    expect(result.stdout).toContain("情報セキュリティ対策の適合状況（自動判定） / Information security measures: compliance status (automated check)");
    expect(result.stdout).toContain("判定基準日 / As of:       2026-11-25");
  });

  it("prints Markdown, self-contained HTML and JSON, in Japanese and English", () => {
    const markdown = run(["audit", "examples/inventory.json", "--format", "markdown", "--lang", "en", "--as-of", "2026-11-25"]);
    expectExit(markdown, 1);
    expect(markdown.stdout).toMatch(/^# Information security measures: compliance status \(automated check\)\n/);
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
      organization: i % 97 === 0 ? { outside: "city-hall" } : "secretariat",
      category: "terminal",
      zone: i % 3 === 0 ? "mynumber" : "lgwan",
      classification: { confidentiality: 2, integrity: 1, availability: 1 },
      ...(i % 7 === 0 ? {} : { safeguards: i % 4 === 0 ? ["access-control", "malware-protection", "anti-theft", "physical-protection", "security-updates", "isolation", "carry-out-blocked", "multi-factor-sign-in"] : ["access-control"] }),
    }));
    writeFileSync(join(tmp, "large.json"), JSON.stringify(subjects));
    writeFileSync(join(tmp, "large.ndjson"), `${subjects.map((s) => JSON.stringify(s)).join("\n")}\n`);
    const fromArray = run(["audit", join(tmp, "large.json"), "--format", "json", "--as-of", "2026-11-25", "--generated-at", "2026-11-25T09:00:00+09:00"]);
    const fromStream = run(["audit", join(tmp, "large.ndjson"), "--format", "json", "--as-of", "2026-11-25", "--generated-at", "2026-11-25T09:00:00+09:00"]);
    expect(fromArray.code).toBe(1);
    expect(fromStream.code).toBe(1);
    // The same report but for the header's input name (each names its own file, with the same count).
    expect(fromStream.stdout.replace(`"name": ${JSON.stringify(join(tmp, "large.ndjson"))}`, "NAME")).toBe(fromArray.stdout.replace(`"name": ${JSON.stringify(join(tmp, "large.json"))}`, "NAME"));
    expect(JSON.parse(fromStream.stdout).inputs).toEqual([{ name: join(tmp, "large.ndjson"), subjects: 12_000 }]);
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
    expect(result.stdout).toContain("trainingCadenceFiscalYears = 1 年度");
    expect(result.stdout).toContain("trainingIntervalMonths = 24");
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

  it("a clause reference in another notation (full-width, (1) or a bare 1 for ①, spaces) explains the same clause", () => {
    const canonical = run(["explain", "7(3)①"]);
    expectExit(canonical, 0);
    expect(canonical.stdout.startsWith("7(3)① ") || canonical.stdout.startsWith("7(3)①\n")).toBe(true);
    for (const ref of ["７(３)①", "7(3)1", "7(3)(1)", "７（３）①", " 7(3)① ", "７（３）（１）"]) {
      const result = run(["explain", ref]);
      expectExit(result, 0);
      expect(result.stdout, ref).toBe(canonical.stdout);
    }
    const json = JSON.parse(run(["explain", "３（１３）", "--format", "json"]).stdout) as { clause: { ref: string } };
    expect(json.clause.ref).toBe("3(13)");
    const threat = JSON.parse(run(["explain", "Ｔ２．７", "--format", "json"]).stdout) as { example: { id: string } };
    expect(threat.example.id).toBe("T2.7");
  });

  it("a typo in a clause reference is not normalised away: exit 64 with the closest clauses", () => {
    for (const [ref, closest] of [["7(3)3", "7(3)②"], ["７（３）（３）", "7(3)②"], ["7(9)①", "7(8)"]] as const) {
      const result = run(["explain", ref]);
      expectUsage(result);
      expect(result.stderr, ref).toContain(`closest clauses: ${closest}`);
    }
  });

  it("an overlay's own control", () => {
    const result = run(["explain", "org-log-retention", "--overlay", "examples/overlay.sample.json"]);
    expectExit(result, 0);
    // In Japanese the provenance and category are words, not ids; in English the id follows.
    expect(result.stdout).toContain("根拠: 組織の対策基準\n");
    expect(result.stdout).toContain("分類: 運用\n");
    expect(result.stdout).not.toContain("(organization)");
    const en = run(["explain", "org-log-retention", "--overlay", "examples/overlay.sample.json", "--lang", "en"]);
    expectExit(en, 0);
    expect(en.stdout).toContain("Provenance: organisation standard (organization)\n");
    expect(en.stdout).toContain("Category: Operations (operations)\n");
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

describe("infosec-policy text tables", () => {
  it("line up by display width: a ref with ① is as wide as it looks, so every heading starts in the same column", () => {
    const lines = run(["clauses"]).stdout.trimEnd().split("\n");
    expect(lines.some((line) => line.includes("7(3)①"))).toBe(true);
    for (const line of lines) {
      const label = /^(\s*\S+\s+)/.exec(line)?.[1] ?? "";
      expect(displayWidth(label), line).toBe(11);
    }
    expect(lines).toContain(lines.find((line) => line.startsWith("    7(3)①  ")));
  });

  it("controls: the clause column starts in the same column on every line", () => {
    const lines = run(["controls"]).stdout.trimEnd().split("\n").filter((line) => /^[a-z]/.test(line));
    const columns = new Set(lines.map((line) => displayWidth(/^(\S+\s+)/.exec(line)?.[1] ?? "")));
    expect(columns.size).toBe(1);
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

describe("infosec-policy check --format markdown|html, checklist --format html", () => {
  const hostile = { kind: "asset", id: "<script>alert(1)</script>", name: "| **x** <img src=x> `y` [l](http://e)", organization: "secretariat", category: "terminal", zone: "mynumber" };

  it("check prints the audit report's Markdown and HTML of its subjects, with the exit code of the outcome", () => {
    const markdown = run(["check", "examples/subjects/sign-in.non-compliant.json", "--format", "markdown"]);
    expectExit(markdown, 1);
    expect(markdown.stdout.startsWith("# 情報セキュリティ対策の適合状況（自動判定）")).toBe(true);
    expect(markdown.stdout).toContain("| 不適合 | 1 | 100.0% |");
    expect(markdown.stdout).toContain("7(3)①");
    const html = run(["check", "examples/subjects/sign-in.non-compliant.json", "--format", "html", "--lang", "en"]);
    expectExit(html, 1);
    expect(html.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html.stdout).toContain('<html lang="en">');
    expect(html.stdout).toContain("non-compliant");
    expect(html.stdout.trimEnd().endsWith("</html>")).toBe(true);
    expectExit(run(["check", "examples/subjects/sign-in.compliant.json", "--format", "markdown"]), 0);
    expectExit(run(["check", "examples/subjects/organization.needs-review.json", "--format", "html"]), 2);
  });

  it("check escapes what the input wrote, in Markdown and in HTML", () => {
    const markdown = run(["check", "-", "--format", "markdown"], JSON.stringify(hostile));
    expect([1, 2]).toContain(markdown.code);
    expect(markdown.stdout).not.toContain("<script>");
    expect(markdown.stdout).not.toContain("<img");
    expect(markdown.stdout).toContain("&lt;script&gt;");
    expect(markdown.stdout).toContain("\\| \\*\\*x\\*\\*");
    const html = run(["check", "-", "--format", "html"], JSON.stringify(hostile));
    expect(html.stdout).not.toContain("<script>");
    expect(html.stdout).not.toContain("<img");
    expect(html.stdout).toContain("&#60;script&#62;");
  });

  it("check --format markdown and html refuse invalid input like text does: exit 65, nothing on stdout", () => {
    for (const format of ["markdown", "html"]) expectInvalid(run(["check", fixture("invalid-subject.json"), "--format", format]));
    expectUsage(run(["check", "examples/subjects/sign-in.compliant.json", "--format", "pdf"]));
  });

  it("checklist --format html is one self-contained page that prints on A4", () => {
    const result = run(["checklist", "--organization", "election-commission", "--as-of", "2026-11-25", "--format", "html"]);
    expectExit(result, 0);
    const html = result.stdout;
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("@page { size: A4");
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toMatch(/h1, h2, h3 \{[^}]*break-after: avoid/);
    expect(html).toContain("default-src 'none'");
    // Self-contained: nothing loaded, nothing run.
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(html).toContain("選挙管理委員会");
    expect(html).toContain("2026-11-25");
    expect(html).toContain("<code>lastSelfInspection</code>");
    // Every question table has its header row, repeated on each printed page.
    expect((html.match(/<table class="questions"><thead>/g) ?? []).length).toBeGreaterThan(3);
    // The answers file at the end is the one --format json prints.
    const json = run(["checklist", "--organization", "election-commission", "--as-of", "2026-11-25", "--format", "json"]).stdout;
    const pre = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? "";
    expect(pre.replace(/&#34;/g, '"')).toBe(json.trimEnd());
    const en = run(["checklist", "--organization", "secretariat", "--format", "html", "--lang", "en"]);
    expectExit(en, 0);
    expect(en.stdout).toContain('<html lang="en">');
    expect(en.stdout).toContain("Information security self-inspection checklist");
  });

  it("checklist --format html escapes an overlay's texts", () => {
    const overlay = JSON.parse(readFileSync(join(root, "examples", "overlay.sample.json"), "utf8")) as Record<string, unknown>;
    const file = join(tmp, "hostile-overlay.json");
    writeFileSync(file, JSON.stringify({ ...overlay, name: { ja: "<b onmouseover=x>基準</b>", en: "<b onmouseover=x>standards</b>" } }));
    for (const lang of ["ja", "en"]) {
      const result = run(["checklist", "--organization", "secretariat", "--format", "html", "--overlay", file, "--lang", lang]);
      expectExit(result, 0);
      expect(result.stdout).not.toContain("<b onmouseover");
      expect(result.stdout).toContain("&#60;b onmouseover=x&#62;");
    }
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
