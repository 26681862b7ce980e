// The `infosec-policy-sheet` binary: the spreadsheet commands beside the library's own
// `infosec-policy` CLI (which stays free of this package: its only runtime dependency is
// zod). Node-only: files and the terminal. Everything else is the byte-level API.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { audit as auditSubjects, createAuditReporter, escapeTerminal, policies, policy as currentPolicy, safeExtendPolicy, type Policy, toOscalAssessmentResults, toOscalCatalog, evaluate, parseChecklistAnswers, renderAuditJson, renderAuditText, reportOutcome, type AuditReport, type ReportedSubject } from "@miyagi-kouiki/infosec-policy";
import { writeAuditWorkbook } from "./audit-workbook.js";
import { ChecklistAnswersError, readChecklistAnswers, writeChecklistWorkbook } from "./checklist-workbook.js";
import { columnMappingSchema, type ColumnMapping } from "./mapping.js";
import { openRegister, readRegister, RegisterFormatError, type CellIssue, type SkippedRow } from "./register.js";
import { writeRegisterTemplate } from "./register-template.js";

const EXIT = { OK: 0, NON_COMPLIANT: 1, NEEDS_REVIEW: 2, USAGE: 64, INVALID_INPUT: 65 } as const;

const HELP = `infosec-policy-sheet: 情報資産台帳と自己点検シート（.xlsx / .csv）/ the asset register and the self-inspection sheet

usage:
  infosec-policy-sheet template inventory --format xlsx|csv [--output file]
  infosec-policy-sheet audit <register.xlsx|.csv> [--mapping m.json] [--encoding auto|utf-8|cp932]
                             [--sheet name] [--format text|json|xlsx] [--skip-invalid] [--as-of YYYY-MM-DD]
                             [--lang ja|en] [--generated-at ISO] [--output file]
  infosec-policy-sheet checklist --format xlsx [--organization id] [--as-of YYYY-MM-DD] [--output file]
  infosec-policy-sheet check <answers.xlsx> [--format text|json] [--as-of YYYY-MM-DD] [--lang ja|en]
  infosec-policy-sheet export oscal-results <register.xlsx|.csv> [--mapping m.json] [--timestamp ISO] [--as-of YYYY-MM-DD]

every command but template also takes --policy-version <v> and --overlay <file> (the organisation's standards), as infosec-policy does

exit codes: 0 compliant, 1 non-compliant, 2 needs review, 64 usage error, 65 invalid input
`;

class UsageError extends Error {}
class InputError extends Error {}

function formatIssue(issue: CellIssue, locale: "ja" | "en"): string {
  const where = `${issue.file}${issue.sheet === undefined ? "" : `［${issue.sheet}］`} ${issue.row > 0 ? (locale === "ja" ? `${issue.row}行目` : `row ${issue.row}`) : ""}${issue.column === undefined ? "" : locale === "ja" ? ` ${issue.column}列` : ` column ${issue.column}`}${issue.header === undefined || issue.header === "" ? "" : `「${issue.header}」`}`;
  const value = issue.value === undefined ? "" : locale === "ja" ? ` 値「${issue.value}」:` : ` value "${issue.value}":`;
  const allowed = issue.allowed === undefined ? "" : locale === "ja" ? `（記入できる値: ${issue.allowed.join("、")}）` : ` (allowed: ${issue.allowed.join(", ")})`;
  return escapeTerminal(`${where.trim()}:${value} ${issue.message[locale]}${allowed}`);
}

function readMapping(path: string | undefined): ColumnMapping | undefined {
  if (path === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError(`--mapping ${path}: ${(error as Error).message}`);
  }
  const parsed = columnMappingSchema.safeParse(json);
  if (!parsed.success) throw new InputError(`--mapping ${path} is not a valid column mapping:\n${parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n")}`);
  return parsed.data;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
  return value as T;
}

function asOfOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(value)}`);
  return value;
}

function emit(bytes: Uint8Array | string, output: string | undefined, binary: boolean): void {
  if (output !== undefined) {
    writeFileSync(output, bytes);
    return;
  }
  if (binary && process.stdout.isTTY) throw new UsageError("this output is a binary file: give --output <file> (or redirect it)");
  process.stdout.write(bytes);
}

/** The policy, as the library's CLI takes it: `--policy-version` of a shipped one, extended with `--overlay <file>`. */
function policyOf(values: Record<string, string | boolean | undefined>): Policy {
  const version = values["policy-version"] as string | undefined;
  let base: Policy = currentPolicy;
  if (version !== undefined) {
    const found = policies.find((candidate) => candidate.version === version);
    if (found === undefined) throw new UsageError(`--policy-version ${JSON.stringify(version)}: no shipped policy has that version; shipped versions: ${policies.map((p) => p.version).join(", ")}`);
    base = found;
  }
  const file = values.overlay as string | undefined;
  if (file === undefined) return base;
  let overlay: unknown;
  try {
    overlay = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(`--overlay ${file}: ${(error as Error).message}`);
  }
  const extended = safeExtendPolicy(base, overlay);
  if (!extended.success) throw new InputError(`--overlay ${file}: not a valid overlay: ${extended.error.message}`);
  return extended.data;
}

async function audit(file: string, values: Record<string, string | boolean | undefined>): Promise<number> {
  const format = oneOf(values.format as string | undefined, ["text", "json", "xlsx"] as const, "format", "text");
  const locale = oneOf(values.lang as string | undefined, ["ja", "en"] as const, "lang", "ja");
  const encoding = oneOf(values.encoding as string | undefined, ["auto", "utf-8", "cp932"] as const, "encoding", "auto");
  const asOf = asOfOf(values["as-of"] as string | undefined);
  const mapping = readMapping(values.mapping as string | undefined);
  const skipInvalid = values["skip-invalid"] === true;
  const generatedAt = values["generated-at"] as string | undefined;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
  const name = basename(file);
  const reader = openRegister(bytes, { fileName: name, encoding, ...(mapping === undefined ? {} : { mapping }), ...(typeof values.sheet === "string" ? { sheet: values.sheet } : {}) });
  for (const note of reader.notes) process.stderr.write(`note: ${escapeTerminal(note[locale])}\n`);
  if (reader.issues.length > 0) {
    for (const issue of reader.issues) process.stderr.write(`  ${formatIssue(issue, locale)}\n`);
    throw new InputError(`${name}: the register cannot be read; nothing was audited`);
  }
  const policy = policyOf(values);
  const reporter = createAuditReporter({ policy, locale, ...(asOf === undefined ? {} : { asOf }), ...(generatedAt === undefined ? {} : { generated: { at: generatedAt, source: "given" as const } }) });
  const listed: ReportedSubject[] = [];
  const rows: number[] = [];
  const skipped: SkippedRow[] = [];
  let invalid = 0;
  let count = 0;
  for (const result of reader.rows()) {
    count++;
    if (result.subject === undefined) {
      invalid++;
      if (invalid === 1 && !skipInvalid) process.stderr.write(`invalid input in ${escapeTerminal(name)}:\n`);
      for (const issue of result.issues) process.stderr.write(`  ${formatIssue(issue, locale)}\n`);
      if (skipInvalid) skipped.push(result.id === undefined ? { row: result.row, issues: result.issues } : { row: result.row, id: result.id, issues: result.issues });
      continue;
    }
    // Once any row is invalid (and not skipped), only validation goes on: nothing will be reported.
    if (invalid > 0 && !skipInvalid) continue;
    rows.push(result.row);
    const entry = reporter.add(result.subject);
    if (entry !== undefined) listed.push(entry);
  }
  if (invalid > 0 && !skipInvalid) {
    throw new InputError(`${invalid} of ${count} row${count === 1 ? "" : "s"} in ${name} ${invalid === 1 ? "is" : "are"} invalid; nothing was audited (fix them, or use --skip-invalid to audit the others and list these)`);
  }
  if (skipped.length > 0) process.stderr.write(`skipped ${skipped.length} invalid row${skipped.length === 1 ? "" : "s"} (--skip-invalid): rows ${skipped.map((s) => s.row).join(", ")}\n`);
  const inputName = skipped.length > 0 ? `${name} (${skipped.length} invalid row${skipped.length === 1 ? "" : "s"} skipped: ${skipped.map((s) => s.row).join(", ")})` : name;
  const report: AuditReport = { ...reporter.head(), inputs: [{ name: inputName, subjects: rows.length }], subjects: listed };
  if (format === "xlsx") emit(await writeAuditWorkbook(report, { rows, skipped }), values.output as string | undefined, true);
  else if (format === "json") emit(renderAuditJson(report), values.output as string | undefined, false);
  else {
    const skippedText = skipped.length === 0 ? "" : `\n${locale === "ja" ? "スキップした行（--skip-invalid）" : "Rows skipped (--skip-invalid)"}:\n${skipped.flatMap((s) => s.issues.map((i) => `  ${formatIssue(i, locale)}`)).join("\n")}\n`;
    emit(renderAuditText(report) + skippedText, values.output as string | undefined, false);
  }
  const outcome = reportOutcome(report);
  // Rows skipped are assets nobody judged: the run is never an OK while there are any.
  return outcome === "non-compliant" ? EXIT.NON_COMPLIANT : outcome === "needs-review" || skipped.length > 0 ? EXIT.NEEDS_REVIEW : EXIT.OK;
}

async function exportResults(file: string, values: Record<string, string | boolean | undefined>): Promise<number> {
  const locale = oneOf(values.lang as string | undefined, ["ja", "en"] as const, "lang", "ja");
  const encoding = oneOf(values.encoding as string | undefined, ["auto", "utf-8", "cp932"] as const, "encoding", "auto");
  const asOf = asOfOf(values["as-of"] as string | undefined);
  const mapping = readMapping(values.mapping as string | undefined);
  // As the library's `export oscal-results`: the given time, else the as-of date, else now (the CLI is the edge that may read the clock).
  const timestamp = (values.timestamp as string | undefined) ?? (asOf === undefined ? new Date().toISOString() : `${asOf}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/u.test(timestamp) || Number.isNaN(Date.parse(timestamp))) throw new UsageError(`--timestamp must be an ISO date-time with a zone, not ${JSON.stringify(timestamp)}`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
  const name = basename(file);
  const read = await readRegister(bytes, { fileName: name, encoding, ...(mapping === undefined ? {} : { mapping }), ...(typeof values.sheet === "string" ? { sheet: values.sheet } : {}) });
  for (const note of read.notes) process.stderr.write(`note: ${escapeTerminal(note[locale])}\n`);
  if (read.issues.length > 0) {
    process.stderr.write(`invalid input in ${escapeTerminal(name)}:\n`);
    for (const issue of read.issues) process.stderr.write(`  ${formatIssue(issue, locale)}\n`);
    throw new InputError(`${name}: ${read.issues.length} invalid cell${read.issues.length === 1 ? "" : "s"}; nothing was exported`);
  }
  const policy = policyOf(values);
  const result = auditSubjects(read.subjects, asOf === undefined ? { policy, locale } : { policy, locale, asOf });
  const catalogUuid = toOscalCatalog({ policy, timestamp }).catalog.uuid;
  process.stdout.write(`${JSON.stringify(toOscalAssessmentResults(result, { subjects: read.subjects, policy, timestamp, locale, catalogUuid }), null, 2)}\n`);
  const outcomes = result.summary.outcomes;
  return outcomes["non-compliant"] > 0 ? EXIT.NON_COMPLIANT : outcomes["needs-review"] > 0 ? EXIT.NEEDS_REVIEW : EXIT.OK;
}

async function check(file: string, values: Record<string, string | boolean | undefined>): Promise<number> {
  const format = oneOf(values.format as string | undefined, ["text", "json"] as const, "format", "text");
  const locale = oneOf(values.lang as string | undefined, ["ja", "en"] as const, "lang", "ja");
  const asOf = asOfOf(values["as-of"] as string | undefined);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new InputError(`${file}: ${(error as Error).message}`);
  }
  const answers = await readChecklistAnswers(bytes, { fileName: basename(file) });
  const parsed = parseChecklistAnswers(answers, { locale });
  if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => `${i.at}: ${i.message}`).join("\n"));
  const decision = evaluate(parsed.data, { policy: policyOf(values), locale, ...(asOf === undefined ? {} : { asOf }) });
  if (format === "json") process.stdout.write(`${JSON.stringify(decision, null, 2)}\n`);
  else {
    const lines = [`${escapeTerminal(decision.subjectId ?? basename(file))}: ${decision.outcome}`];
    for (const finding of decision.findings) {
      if (finding.status !== "fail" && finding.status !== "manual") continue;
      lines.push(`  ${finding.status === "fail" ? "✗" : "?"} [${finding.clause}・${finding.provenance}] ${escapeTerminal(finding.title[locale])} (${finding.control})`);
      lines.push(`      ${escapeTerminal(finding.reason)}`);
    }
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  return decision.outcome === "non-compliant" ? EXIT.NON_COMPLIANT : decision.outcome === "needs-review" ? EXIT.NEEDS_REVIEW : EXIT.OK;
}

async function main(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string" },
      output: { type: "string", short: "o" },
      mapping: { type: "string" },
      encoding: { type: "string" },
      sheet: { type: "string" },
      "skip-invalid": { type: "boolean" },
      "as-of": { type: "string" },
      lang: { type: "string" },
      organization: { type: "string" },
      "generated-at": { type: "string" },
      timestamp: { type: "string" },
      "policy-version": { type: "string" },
      overlay: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...args] = positionals;
  if (values.help === true || command === undefined) {
    process.stdout.write(HELP);
    return command === undefined && values.help !== true ? EXIT.USAGE : EXIT.OK;
  }
  switch (command) {
    case "template": {
      if (args[0] !== "inventory") throw new UsageError('usage: template inventory --format xlsx|csv (the only template is "inventory", the asset register)');
      const format = oneOf(values.format, ["xlsx", "csv"] as const, "format", "xlsx");
      emit(await writeRegisterTemplate({ format }), values.output, format === "xlsx");
      return EXIT.OK;
    }
    case "audit":
      if (args.length !== 1) throw new UsageError("usage: audit <register.xlsx|.csv> [options]");
      return audit(args[0] as string, values);
    case "checklist": {
      oneOf(values.format, ["xlsx"] as const, "format", "xlsx");
      const asOf = asOfOf(values["as-of"]);
      emit(await writeChecklistWorkbook({ policy: policyOf(values), ...(values.organization === undefined ? {} : { organization: values.organization }), ...(asOf === undefined ? {} : { asOf }) }), values.output, true);
      return EXIT.OK;
    }
    case "export":
      if (args[0] !== "oscal-results" || args.length !== 2) throw new UsageError("usage: export oscal-results <register.xlsx|.csv> [--timestamp ISO] [--as-of YYYY-MM-DD] [options]");
      return exportResults(args[1] as string, values);
    case "check":
      if (args.length !== 1) throw new UsageError("usage: check <answers.xlsx> [options]");
      return check(args[0] as string, values);
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}; the commands are template, audit, checklist, check and export`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true) {
      process.stderr.write(`infosec-policy-sheet: ${(error as Error).message}\n\n${HELP}`);
      process.exitCode = EXIT.USAGE;
    } else if (error instanceof InputError || error instanceof RegisterFormatError || error instanceof ChecklistAnswersError || (error as Error).name.endsWith("FormatError") || (error as Error).name === "TextEncodingError" || (error as Error).name === "CsvSyntaxError") {
      process.stderr.write(`infosec-policy-sheet: ${escapeTerminal((error as Error).message)}\n`);
      process.exitCode = EXIT.INVALID_INPUT;
    } else {
      process.stderr.write(`infosec-policy-sheet: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
