import { escapeMarkdown, escapeTerminal, markdownCode } from "../../report/escape-text.js";
import { displayWidth, padEndDisplay } from "../../report/display-width.js";
import { PROVENANCE_LABELS } from "../../report/report-strings.js";
import type { Command } from "../command.js";
import { controlJson } from "../describe.js";
import { EXIT } from "../exit-codes.js";
import { expectArguments, formatOption, localeOption, policyOption } from "../options.js";

const usage = `usage: infosec-policy controls [options]

Lists every control of the policy's catalog, in canonical order: id, clause, provenance
(basic-policy, guideline or organization), subject kinds and title. \`infosec-policy explain <id>\`
tells more about one.

options:
  --format text|json|markdown        output format (default text)
  --lang ja|en                       language of the titles (default ja)
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay (adds its controls)

exit: 0 listed, 64 usage error`;

/** `infosec-policy controls`. */
export const controlsCommand: Command = {
  name: "controls",
  summary: "list the controls of the catalog",
  usage,
  options: ["format", "lang", "policy-version", "overlay"],
  async run({ args, values, out }) {
    expectArguments(args, [], usage);
    const format = formatOption(values, ["text", "json", "markdown"], usage);
    const l = localeOption(values, usage);
    const policy = await policyOption(values, usage);
    if (format === "json") {
      await out.write(`${JSON.stringify(policy.controls.map((control) => controlJson(policy, control)), null, 2)}\n`);
      return EXIT.OK;
    }
    if (format === "markdown") {
      let text = `| id | ${l === "ja" ? "条項" : "clause"} | ${l === "ja" ? "根拠" : "provenance"} | ${l === "ja" ? "対象" : "kinds"} | ${l === "ja" ? "管理策" : "title"} |\n| --- | --- | --- | --- | --- |\n`;
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
