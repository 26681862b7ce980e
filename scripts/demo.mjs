// `npm run demo`: builds the package quietly, then audits the bundled sample inventory
// (examples/inventory.json) as of 2026-11-25 and prints the report. The build's log is kept in
// test-artifacts/demo-build.log and printed only if the build fails. Exits 0 for the audit's
// outcomes (0 compliant, 1 non-compliant, 2 needs review: the sample has non-compliant assets, and
// showing them is the point), and with the CLI's own code for anything else (64 usage, 65 invalid
// input); a failed build exits with the build's code, at least 70.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const log = join(root, "test-artifacts", "demo-build.log");

const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
mkdirSync(dirname(log), { recursive: true });
writeFileSync(log, `${build.stdout ?? ""}${build.stderr ?? ""}`);
if (build.status !== 0) {
  process.stderr.write(`${build.stdout ?? ""}${build.stderr ?? ""}${build.error === undefined ? "" : `${build.error.message}\n`}`);
  process.stderr.write(`demo: the build failed (log: ${log})\n`);
  process.exit(Math.max(70, build.status ?? 70));
}

const audit = spawnSync(process.execPath, [join(root, "dist", "cli.js"), "audit", join("examples", "inventory.json"), "--as-of", "2026-11-25"], {
  cwd: root,
  stdio: "inherit",
});
if (audit.error !== undefined) throw audit.error;
const code = audit.status ?? 70;
process.exit(code <= 2 ? 0 : code);
