import { createGuardedAuditReporter, reportOutcome } from "../../report/audit-report.js";
import { htmlWriter } from "../../report/audit-html.js";
import { jsonWriter } from "../../report/audit-json.js";
import { markdownWriter } from "../../report/audit-markdown.js";
import { textWriter } from "../../report/audit-text.js";
import type { ReportWriter } from "../../report/report-writer.js";
import { invalidInput } from "../cli-error.js";
import { warn, type Command } from "../command.js";
import { COMMAND_HELP } from "../help.js";
import { exitCodeFor } from "../exit-codes.js";
import { guardedJsonSubjects } from "../guarded-json-subjects.js";
import { inputSource } from "../io.js";
import { detailOption, expectArguments, formatOption, generatedOption, localeOption, policyOption, requiredAsOfOption, subjectDateNote } from "../options.js";
import { Progress } from "../progress.js";
import { ListedSubjects } from "../spill.js";
import { readSubjects } from "../subjects.js";

const WRITERS: Readonly<Record<"text" | "json" | "markdown" | "html", (detail: "all" | undefined) => ReportWriter>> = {
  text: textWriter,
  json: jsonWriter,
  markdown: markdownWriter,
  html: (detail) => htmlWriter(detail === undefined ? undefined : { detail }),
};

/** `infosec-policy audit`. */
export const auditCommand: Command = {
  name: "audit",
  help: COMMAND_HELP.audit,
  options: ["format", "lang", "as-of", "require-as-of", "policy-version", "overlay", "ndjson", "generated-at", "detail"],
  async run({ usage, args, values, out, err }) {
    expectArguments(args, ["inventory"], usage);
    const format = formatOption(values, ["text", "json", "markdown", "html"], usage);
    const locale = localeOption(values, usage);
    const asOf = requiredAsOfOption(values, usage);
    const policy = await policyOption(values, usage);
    const generated = generatedOption(values, usage);
    const detail = detailOption(values, usage);
    const source = inputSource(args[0] as string, values.ndjson === true);

    const reporter = createGuardedAuditReporter(asOf === undefined ? { policy, locale, generated } : { policy, locale, asOf, generated });
    const listed = new ListedSubjects();
    const progress = new Progress(err, "subjects read");
    let problems = 0;
    try {
      const read = await readSubjects(
        source,
        {
          subject(subject, index, guarded) {
            progress.tick();
            if (asOf === undefined && subject.kind === "organization" && subject.asOf !== undefined) {
              progress.clear();
              warn(err, subjectDateNote(subject.id ?? `#${index + 1}`, { date: subject.asOf, source: "subject" }) ?? "");
            }
            // Once the input is known to be invalid, only validation goes on: nothing will be reported.
            if (problems > 0) return;
            // The guard's copy when the reading made one (the default scheme's fast path): guarded once.
            const entry = guarded === undefined ? reporter.add(subject) : reporter.addGuarded(guarded);
            if (entry !== undefined) listed.add(entry);
          },
          problem(line) {
            progress.clear();
            if (problems++ === 0) warn(err, `invalid input in ${source.name}:`);
            err.write(`  ${line}\n`);
          },
        },
        false,
        locale,
        policy,
      );
      progress.done();
      if (read.invalid > 0) {
        throw invalidInput(`${read.invalid} of ${read.count} subject${read.count === 1 ? "" : "s"} in ${source.name} ${read.invalid === 1 ? "is" : "are"} invalid (${problems} problem${problems === 1 ? "" : "s"}); nothing was audited`);
      }
      if (read.count === 0) warn(err, `${source.name}: the inventory is empty`);

      // The header names the input as given on the command line, with how many subjects it held.
      const head = { ...reporter.head(), inputs: [{ name: source.name, subjects: read.count }] };
      const writer = WRITERS[format](detail);
      // JSON's subject lines come guarded piece by piece (each shared finding once), not scanned
      // whole: the subject text and the way it is written are chosen once, here.
      const guardedSubject = format === "json" ? guardedJsonSubjects() : undefined;
      const subjectText = guardedSubject ?? ((entry: Parameters<typeof writer.subject>[0], at: number) => writer.subject(entry, at, head));
      const writeSubjects = guardedSubject === undefined ? (text: string) => out.write(text) : (text: string) => out.writeGuarded(text);
      await out.write(writer.head(head));
      let position = 0;
      // The listed subjects a block at a time, their text gathered here: an await per 64 KiB
      // written, not two per subject.
      let text = "";
      for await (const block of listed.blocks()) {
        for (const entry of block) {
          text += subjectText(entry, position++);
          if (text.length >= 1 << 16) {
            await writeSubjects(text);
            text = "";
          }
        }
      }
      if (text !== "") await writeSubjects(text);
      await out.write(writer.tail(head, position));
      return exitCodeFor(reportOutcome(head));
    } finally {
      progress.done();
      listed.dispose();
    }
  },
};
