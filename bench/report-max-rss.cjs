// Preload for bench/cli-audit-1m.ts: at exit, writes this process's peak resident set size (KiB,
// from process.resourceUsage().maxRSS) and its CPU time (user and system, µs) to the file named
// by INFOSEC_POLICY_BENCH_RSS_FILE, separated by spaces. Loaded
// with `node --require`, so that the CLI under measurement carries no benchmark code.
"use strict";
const { writeFileSync } = require("node:fs");
const file = process.env.INFOSEC_POLICY_BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}`);
  });
}
