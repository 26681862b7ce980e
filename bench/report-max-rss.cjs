// Preload for bench/cli-audit-1m.ts: at exit, writes this process's peak resident set size (KiB,
// from process.resourceUsage().maxRSS) to the file named by INFOSEC_POLICY_BENCH_RSS_FILE. Loaded
// with `node --require`, so that the CLI under measurement carries no benchmark code.
"use strict";
const { writeFileSync } = require("node:fs");
const file = process.env.INFOSEC_POLICY_BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
