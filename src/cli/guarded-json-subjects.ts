import type { ReportedFinding, ReportedSubject } from "../report/audit-report.js";
import { guardOutput } from "../report/escape-text.js";

/**
 * The JSON report's subject lines as `jsonWriter().subject` (src/report/audit-json.ts) writes
 * them, already passed through `guardOutput`, for `BufferedWriter.writeGuarded`: the audit's
 * output is mostly these lines, and most of each line is a finding shared by many subjects, so
 * each finding's JSON is guarded once (not once per subject that lists it), and each other field
 * as it is written.
 *
 * Why guarding piece by piece gives what guarding the whole line gives: `guardOutput` replaces
 * code point by code point (its pattern has the `u` flag), and the pieces are JSON texts
 * (`JSON.stringify`, which never leaves a lone surrogate: it escapes one as `\udxxx`) and ASCII
 * punctuation, so no piece splits a surrogate pair and joining them makes no new match.
 * test/cli/guarded-json-subjects.test.ts checks the lines against
 * `guardOutput(jsonWriter().subject(…))` on random entries, every UTF-16 code unit included.
 *
 * It restates `jsonWriter().subject` rather than calling it on purpose: guarding that function's
 * line would scan each shared finding's JSON again for every subject that lists it, and made the
 * CLI audit's subject lines some 2.5 to 4.5 times slower to produce (20,000 example subjects,
 * 2026-12); the test above keeps the two in step.
 *
 * The entries are the audit reporter's (or read back from the spill file in the same shape):
 * the keys `index`, `id` (if any), `name` (if any), `kind`, `outcome`, `findings`, in that order.
 *
 * @returns A function from an entry and its position in the list to its guarded text.
 */
export function guardedJsonSubjects(): (entry: ReportedSubject, position: number) => string {
  const findingJson = new WeakMap<ReportedFinding, string>();
  return (entry, position) => {
    let text = position === 0 ? '\n    {"index":' : ',\n    {"index":';
    text += JSON.stringify(entry.index);
    if (entry.id !== undefined) text += `,"id":${guardOutput(JSON.stringify(entry.id))}`;
    if (entry.name !== undefined) text += `,"name":${guardOutput(JSON.stringify(entry.name))}`;
    text += `,"kind":${guardOutput(JSON.stringify(entry.kind))},"outcome":${guardOutput(JSON.stringify(entry.outcome))},"findings":[`;
    const { findings } = entry;
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i] as ReportedFinding;
      let json = findingJson.get(finding);
      if (json === undefined) {
        json = guardOutput(JSON.stringify(finding));
        findingJson.set(finding, json);
      }
      text += i === 0 ? json : `,${json}`;
    }
    return `${text}]}`;
  };
}
