import { checklistAnswersTemplate, renderChecklist, renderChecklistHtml } from "../../report/checklist.js";
import { usageError } from "../cli-error.js";
import type { Command } from "../command.js";
import { COMMAND_HELP } from "../help.js";
import { EXIT } from "../exit-codes.js";
import { asOfOption, expectArguments, formatOption, localeOption, policyOption } from "../options.js";

/** `infosec-policy checklist`. */
export const checklistCommand: Command = {
  name: "checklist",
  help: COMMAND_HELP.checklist,
  options: ["organization", "format", "lang", "as-of", "policy-version", "overlay"],
  async run({ usage, args, values, out }) {
    expectArguments(args, [], usage);
    const format = formatOption(values, ["markdown", "html", "json"], usage);
    const locale = localeOption(values, usage);
    const asOf = asOfOption(values, usage);
    const policy = await policyOption(values, usage);
    const known: readonly string[] = policy.scope.organizations.map((organization) => organization.id);
    const organization = values.organization;
    if (organization === undefined) throw usageError(`--organization is required: one of ${known.join(", ")}`, usage);
    if (!known.includes(organization)) {
      throw usageError(`--organization ${JSON.stringify(organization)} is not in the scope of 5(1); one of ${known.join(", ")}`, usage);
    }
    const options = asOf === undefined ? { organization, policy, locale } : { organization, policy, locale, asOf };
    await out.write(
      format === "json" ? `${JSON.stringify(checklistAnswersTemplate(options), null, 2)}\n` : format === "html" ? renderChecklistHtml(options) : renderChecklist(options),
    );
    return EXIT.OK;
  },
};
