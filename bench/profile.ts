/**
 * A steady workload to profile, e.g.:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts evaluate [--src] [--seconds=4]
 *   node --import tsx bench/cpu-profile-top.ts /tmp/prof
 *
 * Workloads: `evaluate` (the action mix), `nine` (evaluate on the nine-kind mix), `safe`
 * (safeEvaluate on JSON-parsed input), `audit` (audit of the 100,000-asset inventory,
 * repeatedly), `audit-nine` (audit of the nine-kind mix in inventories of 4,096).
 */
import { generateInventory } from "./generate-inventory.js";
import { generateNineKindMix } from "./nine-kinds.js";
import { loadOurEngine, readArgs } from "./load-engine.js";
import { generateActionMix } from "./scenarios.js";

const workload = process.argv[2] ?? "evaluate";
const args = readArgs(process.argv.slice(3));
const ours = await loadOurEngine(args.has("src") ? "src" : "dist");
const seconds = Number(args.get("seconds") ?? 4);
const end = process.hrtime.bigint() + BigInt(seconds * 1e9);
const start = process.hrtime.bigint();
let done = 0;
let sink = 0;
if (workload === "audit") {
  if (ours.audit === undefined) throw new Error(`no audit: ${ours.auditFrom}`);
  const assets = generateInventory(100_000);
  while (process.hrtime.bigint() < end) {
    sink += ours.audit(assets) === undefined ? 0 : 1;
    done += assets.length;
  }
} else if (workload === "audit-nine") {
  if (ours.audit === undefined) throw new Error(`no audit: ${ours.auditFrom}`);
  const nine = generateNineKindMix(16_384);
  const chunks = [0, 1, 2, 3].map((i) => nine.slice(i * 4096, (i + 1) * 4096));
  while (process.hrtime.bigint() < end) {
    for (const chunk of chunks) sink += ours.audit(chunk) === undefined ? 0 : 1;
    done += nine.length;
  }
} else {
  const mix = workload === "nine" ? generateNineKindMix(16_384) : generateActionMix(16_384);
  const parsed = mix.map((subject) => JSON.parse(JSON.stringify(subject)) as unknown);
  while (process.hrtime.bigint() < end) {
    if (workload === "safe") {
      for (const input of parsed) sink += ours.safeEvaluate(input).success ? 1 : 0;
    } else {
      for (const subject of mix) sink += ours.evaluate(subject).findings.length;
    }
    done += mix.length;
  }
}
const perSecond = done / (Number(process.hrtime.bigint() - start) / 1e9);
console.log(`${workload}: ${Math.round(perSecond).toLocaleString("en-US")} subjects/s (${sink > 0 ? "ok" : "nothing done?"})`);
