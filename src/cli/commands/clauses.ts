import { escapeMarkdown } from "../../report/audit-markdown.js";
import { padEndDisplay } from "../../report/display-width.js";
import type { Command } from "../command.js";
import { COMMAND_HELP } from "../help.js";
import { EXIT } from "../exit-codes.js";
import { expectArguments, formatOption, localeOption, policyOption } from "../options.js";

const SNIPPET = 40;

/** `infosec-policy clauses`. */
export const clausesCommand: Command = {
  name: "clauses",
  help: COMMAND_HELP.clauses,
  options: ["format", "lang", "policy-version"],
  async run({ usage, args, values, out }) {
    expectArguments(args, [], usage);
    const format = formatOption(values, ["text", "json", "markdown"], usage);
    const l = localeOption(values, usage);
    const policy = await policyOption(values, usage);
    if (format === "json") {
      await out.write(`${JSON.stringify(policy.clauses, null, 2)}\n`);
      return EXIT.OK;
    }
    const controls = new Map<string, number>();
    for (const control of policy.controls) controls.set(control.clause, (controls.get(control.clause) ?? 0) + 1);
    const rows = policy.clauses.map((clause) => {
      const first = clause.paragraphs[0]?.[l] ?? "";
      const snippet = [...first].length > SNIPPET ? `${[...first].slice(0, SNIPPET).join("")}…` : first;
      return { clause, heading: clause.heading?.[l] ?? "", snippet, count: controls.get(clause.ref) ?? 0 };
    });
    if (format === "markdown") {
      let text = `| ${l === "ja" ? "条項" : "ref"} | ${l === "ja" ? "見出し" : "heading"} | ${l === "ja" ? "本文" : "text"} | ${l === "ja" ? "管理策" : "controls"} |\n| --- | --- | --- | ---: |\n`;
      for (const row of rows) text += `| ${escapeMarkdown(row.clause.ref)} | ${escapeMarkdown(row.heading)} | ${escapeMarkdown(row.snippet)} | ${row.count} |\n`;
      await out.write(text);
      return EXIT.OK;
    }
    let text = "";
    for (const row of rows) {
      const indent = row.clause.level === "section" ? "" : row.clause.level === "item" ? "  " : "    ";
      const label = `${padEndDisplay(`${indent}${row.clause.ref}`, 10)} `;
      const controlsNote = row.count === 0 ? "" : `  [${row.count} control${row.count === 1 ? "" : "s"}]`;
      text += `${label}${row.heading === "" ? row.snippet : row.heading}${controlsNote}\n`;
    }
    await out.write(text);
    return EXIT.OK;
  },
};
