import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The built binary, as a user runs it (`npm test` builds first).
const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "dist", "cli.js");
const tmp = mkdtempSync(join(tmpdir(), "infosec-policy-exceptions-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const run = (args: readonly string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("infosec-policy exceptions", () => {
  it("checks the sample register against the sample inventory: problems listed, exit 1", () => {
    const result = run(["exceptions", "examples/exceptions.json", "--as-of", "2026-11-25", "--inventory", "examples/inventory.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("登録数 / Entries: 3 · 有効 / Valid: 1 · 問題 / Problems: 5");
    expect(result.stdout).toContain("EX-2025-031: expired: expired on 2026-03-31 (as of 2026-11-25)");
    expect(result.stdout).toContain("EX-2026-020: not-admitted");
  });

  it("prints JSON, and exits 0 when nothing is wrong", () => {
    const result = run(["exceptions", "examples/exceptions.json", "--as-of", "2025-06-01", "--format", "json"]);
    const check = JSON.parse(result.stdout) as { problems: { code: string }[]; valid: number };
    expect(check.problems.map((p) => p.code)).toEqual(["not-yet-valid", "approver", "not-admitted"]);
    expect(result.code).toBe(1);
    const clean = join(tmp, "clean.json");
    writeFileSync(clean, JSON.stringify([{ reference: "EX-1", approverRole: "ciso", controls: ["terminal-anti-theft"], validUntil: "2027-03-31" }]));
    const ok = run(["exceptions", clean, "--as-of", "2026-11-25"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("問題 / Problems: 0");
  });

  it("requires --as-of (exit 64) and a valid register (exit 65)", () => {
    expect(run(["exceptions", "examples/exceptions.json"]).code).toBe(64);
    const invalid = run(["exceptions", "examples/inventory.json", "--as-of", "2026-11-25"]);
    expect(invalid.code).toBe(65);
    expect(invalid.stdout).toBe("");
  });
});

describe("dates on the command line", () => {
  it("audit --require-as-of fails with exit 64 without --as-of, and runs with it", () => {
    const without = run(["audit", "examples/inventory.json", "--require-as-of"]);
    expect(without.code).toBe(64);
    expect(without.stdout).toBe("");
    expect(without.stderr).toContain("--require-as-of");
    expect(run(["audit", "examples/inventory.json", "--require-as-of", "--as-of", "2026-11-25"]).code).toBe(1);
  });

  it("check says on stderr when a subject supplies its own date, and not with --as-of", () => {
    const own = run(["check", "examples/subjects/organization.needs-review.json"]);
    expect(own.stderr).toContain("judged as of 2026-11-01, the date the subject gives itself");
    const given = run(["check", "examples/subjects/organization.needs-review.json", "--as-of", "2026-11-25"]);
    expect(given.stderr).not.toContain("the date the subject gives itself");
  });

  it("check shows until when an exception is valid, and why one did not apply", () => {
    const used = run(["check", "examples/subjects/transfer.with-exception.compliant.json", "--as-of", "2026-11-25"]);
    expect(used.code).toBe(0);
    expect(used.stdout).toContain("例外措置 EX-2026-014（2027-03-31まで有効）");
    const rejected = run(["check", "examples/subjects/transfer.with-exception.compliant.json", "--as-of", "2027-04-01"]);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain("例外措置（EX-2026-014）は2027-03-31で期限が切れているため適用しない。");
  });

  it("the audit report lists the exceptions used, in every format", () => {
    const text = run(["audit", "examples/inventory.json", "--as-of", "2026-11-25"]).stdout;
    expect(text).toContain("例外措置 / Exceptions\n  EX-2026-014  2026-04-01〜2027-03-31  mynumber→lgwan  (1)");
    const markdown = run(["audit", "examples/inventory.json", "--as-of", "2026-11-25", "--format", "markdown", "--lang", "en"]).stdout;
    expect(markdown).toContain("## Exceptions");
    expect(markdown).toContain("| EX-2026-014 | 2026-04-01〜2027-03-31 | mynumber→lgwan | `mynumber-isolation` |  | SEC-MN-SRV-03 (1) |");
    const html = run(["audit", "examples/inventory.json", "--as-of", "2026-11-25", "--format", "html"]).stdout;
    expect(html).toContain("<h2>例外措置</h2>");
    const json = JSON.parse(run(["audit", "examples/inventory.json", "--as-of", "2026-11-25", "--format", "json"]).stdout) as { exceptions: unknown[] };
    expect(json.exceptions).toEqual([
      { reference: "EX-2026-014", validFrom: "2026-04-01", validUntil: "2027-03-31", link: { from: "mynumber", to: "lgwan" }, controls: ["mynumber-isolation"], rejected: [], subjects: ["SEC-MN-SRV-03"], subjectCount: 1 },
    ]);
  });
});
