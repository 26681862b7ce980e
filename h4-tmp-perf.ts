import { evaluate, evaluateUnguarded } from "./src/evaluate.ts";
const subjects: any[] = [
  { kind: "transfer", from: "internet", to: "lgwan", channel: "email", sanitized: true, organization: "secretariat", classification: { confidentiality: 2, integrity: 1, availability: 1 } },
  { kind: "transfer", from: "internet", to: "lgwan", organization: { outside: "仙台市" } },
  { kind: "sign-in", zone: "mynumber", factors: ["knowledge", "possession"] },
];
for (const s of subjects) {
  for (const [name, f] of [["guarded", evaluate], ["unguarded", evaluateUnguarded]] as const) {
    const n = 100000; let t = performance.now();
    for (let i = 0; i < n; i++) f(s);
    t = performance.now() - t;
    console.log(s.kind, JSON.stringify(s.organization), name, (t * 1000 / n).toFixed(2), "µs");
  }
}
console.log("--- warm");
for (const s of subjects) {
  for (const [name, f] of [["guarded", evaluate], ["unguarded", evaluateUnguarded]] as const) {
    const n = 200000; let t = performance.now();
    for (let i = 0; i < n; i++) f(s);
    t = performance.now() - t;
    console.log(s.kind, JSON.stringify(s.organization), name, (t * 1000 / n).toFixed(2), "µs");
  }
}
