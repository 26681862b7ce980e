import { escapeMarkdown, escapeTerminal, markdownCode } from "../../report/escape-text.js";
import { displayWidth, padEndDisplay } from "../../report/display-width.js";
import { gloss } from "../../definitions/glossary.js";
import { PROVENANCE_LABELS } from "../../report/report-strings.js";
import type { Command } from "../command.js";
import { COMMAND_HELP } from "../help.js";
import { controlJson } from "../describe.js";
import { EXIT } from "../exit-codes.js";
import { expectArguments, formatOption, localeOption, policyOption } from "../options.js";

/** `infosec-policy controls`. */
export const controlsCommand: Command = {
  name: "controls",
  help: COMMAND_HELP.controls,
  options: ["format", "lang", "policy-version", "overlay"],
  async run({ usage, args, values, out }) {
    expectArguments(args, [], usage);
    const format = formatOption(values, ["text", "json", "markdown"], usage);
    const l = localeOption(values, usage);
    const policy = await policyOption(values, usage);
    if (format === "json") {
      await out.write(`${JSON.stringify(policy.controls.map((control) => controlJson(policy, control)), null, 2)}\n`);
      return EXIT.OK;
    }
    if (format === "markdown") {
      const header = l === "ja" ? ["id", gloss("word.clause").ja, gloss("word.provenance").ja, "対象", gloss("word.control").ja] : ["id", "clause", "provenance", "kinds", "title"];
      let text = `| ${header.join(" | ")} |\n| --- | --- | --- | --- | --- |\n`;
      for (const control of policy.controls) {
        text += `| ${markdownCode(control.id)} | ${escapeMarkdown(control.clause)} | ${PROVENANCE_LABELS[control.provenance][l]} | ${Object.keys(control.checks).join(", ")} | ${escapeMarkdown(control.title[l])} |\n`;
      }
      await out.write(text);
      return EXIT.OK;
    }
    const idWidth = Math.max(...policy.controls.map((control) => control.id.length)) + 2;
    const clauseWidth = Math.max(...policy.controls.map((control) => displayWidth(control.clause))) + 2;
    let text = "";
    for (const control of policy.controls) {
      text += `${escapeTerminal(control.id).padEnd(idWidth)}${padEndDisplay(control.clause, clauseWidth)}${control.provenance.padEnd(14)}${escapeTerminal(control.title[l])}\n`;
    }
    await out.write(`${text}(${policy.controls.length} controls, ${policy.id} ${policy.version})\n`);
    return EXIT.OK;
  },
};
