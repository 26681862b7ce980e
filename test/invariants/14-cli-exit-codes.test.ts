import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Outcome } from "../../src/index.js";
import { cli, root, runCli, runWithClosedPipe } from "../cli/support.js";

// Invariant 14: the CLI's exit code always reflects the outcome, also when its output is cut short
// (a closed pipe, as `| head` does). Exhaustive over every command that judges × every outcome ×
// every output format; and every command that only prints exits 0 with a closed pipe. (That a
// signal leaves no file behind is tested in test/cli/limits.test.ts.)

const tmp = mkdtempSync(join(tmpdir(), "infosec-policy-inv14-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EXPECTED: Readonly<Record<Outcome, number>> = { compliant: 0, "non-compliant": 1, "needs-review": 2, "not-applicable": 0 };
const SUBJECTS: Readonly<Record<Outcome, string>> = {
  compliant: "examples/subjects/sign-in.compliant.json",
  "non-compliant": "examples/subjects/sign-in.non-compliant.json",
  "needs-review": "examples/subjects/organization.needs-review.json",
  "not-applicable": "examples/subjects/asset.not-applicable.json",
};

// Many copies of the subject, so that the output is far larger than a pipe's buffer (64 KiB) and
// the CLI is still writing when the reader goes away.
const COPIES = 3_000;
const inventories = Object.fromEntries(
  (Object.keys(SUBJECTS) as Outcome[]).map((outcome) => {
    const subject = JSON.parse(readFileSync(join(root, SUBJECTS[outcome]), "utf8")) as Record<string, unknown>;
    const path = join(tmp, `${outcome}.ndjson`);
    writeFileSync(path, `${Array.from({ length: COPIES }, (_, i) => JSON.stringify({ ...subject, id: `S-${i}` })).join("\n")}\n`);
    return [outcome, path];
  }),
) as Record<Outcome, string>;

const JUDGING: readonly { name: string; args: (inventory: string) => string[] }[] = [
  { name: "check --format text", args: (inventory) => ["check", inventory, "--as-of", "2026-11-25"] },
  { name: "check --format json", args: (inventory) => ["check", inventory, "--format", "json", "--as-of", "2026-11-25"] },
  ...(["text", "json", "markdown", "html"] as const).map((format) => ({ name: `audit --format ${format}`, args: (inventory: string) => ["audit", inventory, "--format", format, "--as-of", "2026-11-25"] })),
  { name: "export oscal-results", args: (inventory) => ["export", "oscal-results", inventory, "--as-of", "2026-11-25", "--timestamp", "2026-11-25T09:00:00+09:00"] },
];

describe("invariant 14: the exit code is the outcome's, with the output cut short", () => {
  it("each example subject has the outcome it is named for (the premise of the table)", () => {
    for (const outcome of Object.keys(SUBJECTS) as Outcome[]) {
      const result = runCli(["check", SUBJECTS[outcome], "--format", "json", "--as-of", "2026-11-25"]);
      expect((JSON.parse(result.stdout) as { outcome: Outcome }).outcome).toBe(outcome);
      expect(result.code).toBe(EXPECTED[outcome]);
    }
  });

  for (const command of JUDGING) {
    it(`${command.name}: every outcome, with the pipe closed after the first chunk`, async () => {
      const results = await Promise.all(
        (Object.keys(inventories) as Outcome[]).map(async (outcome) => {
          const result = await runWithClosedPipe(command.args(inventories[outcome]));
          return { outcome, code: result.code, stderr: result.stderr, read: result.read > 0 };
        }),
      );
      for (const result of results) {
        expect(result).toEqual({ outcome: result.outcome, code: EXPECTED[result.outcome], stderr: "", read: true });
      }
    });
  }

  it("every command that only prints: exit 0 with a closed pipe", async () => {
    const printing = [["controls"], ["clauses"], ["schema"], ["explain", "7(3)"], ["checklist", "--organization", "secretariat"], ["export", "oscal-catalog", "--timestamp", "2026-11-25T09:00:00+09:00"], ["--help"]];
    const results = await Promise.all(printing.map(async (args) => ({ args, ...(await runWithClosedPipe(args)) })));
    for (const result of results) expect({ args: result.args, code: result.code, stderr: result.stderr }).toEqual({ args: result.args, code: 0, stderr: "" });
  });

  it("as a shell sees it: `audit … | head -1` with pipefail exits 1 for a non-compliant inventory", () => {
    const script = `set -o pipefail; "${process.execPath}" "${cli}" audit "${inventories["non-compliant"]}" | head -1 > /dev/null`;
    expect(spawnSync("bash", ["-c", script], { cwd: root }).status).toBe(1);
    const review = `set -o pipefail; "${process.execPath}" "${cli}" export oscal-results "${inventories["needs-review"]}" --as-of 2026-11-25 | head -c 10 > /dev/null`;
    expect(spawnSync("bash", ["-c", review], { cwd: root }).status).toBe(2);
  });

  it("invalid input keeps exit 65 whatever happens to stdout", async () => {
    const bad = join(tmp, "bad.ndjson");
    writeFileSync(bad, '{"kind":"nope"}\n');
    expect((await runWithClosedPipe(["audit", bad])).code).toBe(65);
  });
});
