/**
 * Times `audit` over a generated inventory and measures the process's peak memory. Run in its own
 * process (index.ts spawns it) so that the other engines' heaps do not pollute the numbers:
 *
 *   node --expose-gc --import tsx bench/audit-run.ts [--src] [--count=100000] [--seed=…] [--runs=5]
 *
 * Prints one line `AUDIT_RESULT <json>`.
 *
 * If the package has no `audit` yet, this measures a loop of `evaluate` over the assets that keeps
 * every decision (what `audit` must at least do) and says so in `mode`.
 */
import { DEFAULT_INVENTORY_SEED, generateInventory } from "./generate-inventory.js";
import { loadOurEngine, readArgs, type OurEngine } from "./load-engine.js";
import { collectGarbage } from "./measure.js";
import type { AssetSubject } from "../src/subjects/asset.js";

/** What the child reports. */
export interface AuditResult {
  readonly mode: string;
  readonly auditFrom: string;
  readonly count: number;
  readonly generateMs: number;
  /** The first run (cold, unless `error` is set: then it is the second run, on the assets left). */
  readonly firstMs: number;
  /** Later (warm) runs. */
  readonly runsMs: readonly number[];
  /** Resident set size with Node, tsx and the engine loaded, before the inventory is generated. */
  readonly rssAtStartMb: number;
  /** Resident set size right before the first run. */
  readonly rssBeforeMb: number;
  /** The process's peak resident set size (OS high-water mark) before the first run, after it, and at the end. */
  readonly peakRssBeforeMb: number;
  readonly peakRssAfterFirstMb: number;
  readonly peakRssEndMb: number;
  /** JS heap used before the first run and after it, with its result still held. */
  readonly heapBeforeMb: number;
  readonly heapAfterFirstMb: number;
  /** A summary of the result, for the report. */
  readonly summary: string;
  /** What the first run threw, if it threw. */
  readonly error?: string;
  /**
   * If `audit` threw: how many assets `evaluate` throws on. They are left out, and the numbers
   * above are for the rest (`count` is then smaller than asked), so that a bug in one control
   * does not hide the timing of everything else.
   */
  readonly dropped?: number;
  /** An example asset `evaluate` throws on, and the message. */
  readonly droppedExample?: string;
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
const peakRss = (): number => mb(process.resourceUsage().maxRSS * 1024);

// ---------------------------------------------------------------------------------------------
// BENCH-AUDIT-FALLBACK: used only while `audit` (src/audit/audit.ts) does not exist. It keeps
// every decision and counts outcomes, the least an audit returns. Remove once `audit` ships.
function evaluateLoop(engine: OurEngine, assets: readonly AssetSubject[]): { decisions: unknown[]; counts: Record<string, number> } {
  const decisions: unknown[] = new Array(assets.length);
  const counts: Record<string, number> = { compliant: 0, "non-compliant": 0, "needs-review": 0, "not-applicable": 0 };
  for (let i = 0; i < assets.length; i++) {
    const decision = engine.evaluate(assets[i] as AssetSubject);
    decisions[i] = decision;
    counts[decision.outcome] = (counts[decision.outcome] ?? 0) + 1;
  }
  return { decisions, counts };
}
// ---------------------------------------------------------------------------------------------

function summarize(result: unknown): string {
  if (result === null || typeof result !== "object") return String(result);
  const record = result as Record<string, unknown>;
  const summary = record["summary"] as Record<string, unknown> | undefined;
  const outcomes = summary?.["outcomes"] ?? record["counts"];
  const decisions = Array.isArray(record["decisions"]) ? `${(record["decisions"] as unknown[]).length} decisions` : "no decisions kept";
  return `${decisions}; outcomes ${JSON.stringify(outcomes)}`;
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  const count = Number(args.get("count") ?? 100_000);
  const seed = Number(args.get("seed") ?? DEFAULT_INVENTORY_SEED);
  const runs = Number(args.get("runs") ?? 5);
  const engine = await loadOurEngine(args.has("src") ? "src" : "dist");

  const rssAtStartMb = mb(process.memoryUsage().rss);
  const generateStart = process.hrtime.bigint();
  let assets = generateInventory(count, seed);
  const generateMs = Number(process.hrtime.bigint() - generateStart) / 1e6;

  const run: () => unknown =
    engine.audit === undefined ? () => evaluateLoop(engine, assets) : () => (engine.audit as NonNullable<OurEngine["audit"]>)(assets);
  const mode = engine.audit === undefined ? "FALLBACK: evaluate loop over the assets (audit not available yet)" : "audit(assets)";

  let error: string | undefined;
  let dropped: number | undefined;
  let droppedExample: string | undefined;
  let result: unknown;
  let firstMs = 0;
  let before = process.memoryUsage();
  let peakRssBeforeMb = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    collectGarbage();
    before = process.memoryUsage();
    peakRssBeforeMb = peakRss();
    const firstStart = process.hrtime.bigint();
    try {
      result = run();
      firstMs = Number(process.hrtime.bigint() - firstStart) / 1e6;
      break;
    } catch (cause) {
      if (attempt === 1) throw cause;
      // It throws: leave out the assets `evaluate` throws on, say so, and measure the rest.
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      const kept: AssetSubject[] = [];
      for (const asset of assets) {
        try {
          engine.evaluate(asset);
          kept.push(asset);
        } catch (inner) {
          droppedExample ??= `${JSON.stringify(asset)} → ${inner instanceof Error ? inner.message : String(inner)}`;
        }
      }
      dropped = assets.length - kept.length;
      assets = kept;
    }
  }
  const peakRssAfterFirstMb = peakRss();
  const heapAfterFirstMb = mb(process.memoryUsage().heapUsed);
  const summary = summarize(result);
  result = undefined;

  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    result = run();
    runsMs.push(Number(process.hrtime.bigint() - start) / 1e6);
    result = undefined;
  }
  const report: AuditResult = {
    mode,
    auditFrom: engine.auditFrom,
    count: assets.length,
    generateMs,
    firstMs,
    runsMs,
    rssAtStartMb,
    rssBeforeMb: mb(before.rss),
    peakRssBeforeMb,
    peakRssAfterFirstMb,
    peakRssEndMb: peakRss(),
    heapBeforeMb: mb(before.heapUsed),
    heapAfterFirstMb,
    summary,
    ...(error === undefined ? {} : { error, dropped: dropped ?? 0, droppedExample: droppedExample ?? "" }),
  };
  process.stdout.write(`AUDIT_RESULT ${JSON.stringify(report)}\n`);
}

await main();
