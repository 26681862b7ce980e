/**
 * Prints the functions with the most self time in `.cpuprofile` files (from `node --cpu-prof`):
 *
 *   node --import tsx bench/cpu-profile-top.ts <file-or-directory> [top=30]
 *
 * With a directory, it reads the largest profile in it (tsx's loader thread writes a second,
 * nearly idle one).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const target = process.argv[2];
if (target === undefined) throw new Error("usage: cpu-profile-top.ts <file-or-directory> [top]");
const file = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((name) => name.endsWith(".cpuprofile"))
      .map((name) => join(target, name))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]
  : target;
if (file === undefined) throw new Error(`no .cpuprofile in ${target}`);
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<string, number>();
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const node = nodes.get(profile.samples[i] as number);
  const delta = profile.timeDeltas[i] ?? 0;
  total += delta;
  if (node === undefined) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || "(anonymous)"}  ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + delta);
}
console.log(file);
for (const [key, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 30))) {
  console.log(`${((100 * time) / total).toFixed(1).padStart(5)} %  ${key}`);
}
