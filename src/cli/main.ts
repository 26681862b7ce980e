#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { audit } from "../audit/audit.js";
import type { Locale } from "../definitions/localized-text.js";
import { policy } from "../policy/policies.js";
import { renderAuditText } from "../report/audit-text.js";
import type { Subject } from "../subjects/subject.js";
import { parseOptions, parseSubject } from "../validation/safe-evaluate.js";

const EXIT = { ok: 0, nonCompliant: 1, needsReview: 2, usage: 64, invalidInput: 65 } as const;

function fail(code: number, message: string): never {
  process.stderr.write(`infosec-policy: ${message}\n`);
  process.exit(code);
}

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      lang: { type: "string", default: "ja" },
      "as-of": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write("usage: infosec-policy audit <inventory.json> [--format text|json] [--lang ja|en] [--as-of YYYY-MM-DD]\n");
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  if (command !== "audit") fail(EXIT.usage, `unknown command: ${command}`);
  const file = rest[0] ?? fail(EXIT.usage, "audit needs an inventory file");
  const options = parseOptions({ locale: values.lang, ...(values["as-of"] === undefined ? {} : { asOf: values["as-of"] }) });
  if (!options.success) fail(EXIT.usage, options.error.message);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    fail(EXIT.invalidInput, `cannot read ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) fail(EXIT.invalidInput, `${file}: expected a JSON array of subjects`);
  const subjects: Subject[] = [];
  const problems: string[] = [];
  raw.forEach((entry, index) => {
    const parsed = parseSubject(entry);
    if (parsed.success) subjects.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`[${index}].${issue.at}: ${issue.message}`);
  });
  if (problems.length > 0) fail(EXIT.invalidInput, `invalid input:\n  ${problems.join("\n  ")}`);
  const result = audit(subjects, options.data);
  const locale = (options.data?.locale ?? "ja") as Locale;
  process.stdout.write(values.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : renderAuditText(result, { policy, subjects, locale }));
  return result.summary.outcomes["non-compliant"] > 0 ? EXIT.nonCompliant : result.summary.outcomes["needs-review"] > 0 ? EXIT.needsReview : EXIT.ok;
}

process.exitCode = main(process.argv.slice(2));
