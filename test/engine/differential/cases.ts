/**
 * The cases of the differential test (`decisions-unchanged.test.ts`): every subject of the
 * exhaustive grid, the nine-kind bench mix and the example subjects, each run under several
 * options (locales, an `asOf` option, none), through `evaluate`, `audit` and `buildAuditReport`.
 * The same list feeds the recorder (`record.ts`, run once against main's `dist/` before the
 * engine's verdicts became names) and the test (against `src/`), so the two see the same inputs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { generateNineKindMix } from "../../../bench/nine-kinds.js";
import { GRID } from "../../controls/enumerate.js";

/** The part of the library the cases call: the public `evaluate`, `audit`, `buildAuditReport` and `extendPolicy`. */
export interface Engine {
  evaluate(subject: unknown, options?: unknown): unknown;
  audit(subjects: readonly unknown[], options?: unknown): unknown;
  buildAuditReport(subjects: readonly unknown[], options?: unknown): unknown;
  extendPolicy(base: unknown, overlay: unknown): unknown;
  policy: unknown;
}

const root = new URL("../../../", import.meta.url);

/** The example subjects shipped in examples/subjects, by file name. */
export function exampleSubjects(): { name: string; subject: unknown }[] {
  const dir = new URL("examples/subjects/", root);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ name: file, subject: JSON.parse(readFileSync(new URL(file, dir), "utf8")) as unknown }));
}

/** The options each subject is evaluated under (index = position in the recorded rows). */
export const OPTION_SETS: readonly { readonly locale?: "ja" | "en"; readonly asOf?: string }[] = [{}, { locale: "en", asOf: "2026-06-01" }, { asOf: "2027-04-01" }];

/** A short, stable digest of a JSON value (the recorded form of a decision or report). */
export const digest = (value: unknown): string => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

/** What a call gave: its JSON digest, or the error's class and message. */
function outcomeOf(run: () => unknown): string {
  try {
    return digest(run());
  } catch (error) {
    return `throws ${(error as Error).name}: ${(error as Error).message}`;
  }
}

/** The recorded rows: one digest per (subject, options), then the audits and reports. */
export function rows(engine: Engine): Record<string, string> {
  const out: Record<string, string> = {};
  const overlay = JSON.parse(readFileSync(new URL("examples/overlay.sample.json", root), "utf8")) as unknown;
  const extended = engine.extendPolicy(engine.policy, overlay);
  const subjects: { name: string; subject: unknown }[] = [
    ...GRID.map((subject, i) => ({ name: `grid ${i}`, subject })),
    ...generateNineKindMix(1024).map((subject, i) => ({ name: `nine ${i}`, subject })),
    ...exampleSubjects(),
  ];
  for (const { name, subject } of subjects) {
    OPTION_SETS.forEach((options, i) => {
      out[`${name} / options ${i}`] = outcomeOf(() => engine.evaluate(subject, options));
    });
    out[`${name} / overlay`] = outcomeOf(() => engine.evaluate(subject, { policy: extended, asOf: "2026-06-01" }));
  }
  const nine = generateNineKindMix(1024);
  OPTION_SETS.forEach((options, i) => {
    out[`audit nine / options ${i}`] = outcomeOf(() => engine.audit(nine, options));
    out[`report nine / options ${i}`] = outcomeOf(() => engine.buildAuditReport(nine, options));
  });
  out["audit grid"] = outcomeOf(() => engine.audit(GRID, { asOf: "2026-06-01" }));
  out["report grid"] = outcomeOf(() => engine.buildAuditReport(GRID, { asOf: "2026-06-01" }));
  return out;
}
