import { checklistAnswersTemplate, renderChecklist } from "../../report/checklist.js";
import { usageError } from "../cli-error.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { asOfOption, expectArguments, formatOption, localeOption, policyOption } from "../options.js";

const usage = `usage: infosec-policy checklist --organization <id> [options]

Prints the self-inspection checklist of clause 8 for one organisation, as Markdown: for each
control the self-inspection judges (generated from the control catalog, with the policy's
parameters), the clause, the requirement and the questions a manager answers; then the answers
file to fill in. \`infosec-policy check <answers file>\` evaluates the filled-in file.

options:
  --organization <id>                the organisation inspected (5(1)): secretariat, assembly-secretariat,
                                     audit-secretariat or election-commission
  --format markdown|json             output format (default markdown); json prints only the answers file
  --lang ja|en                       language (default ja)
  --as-of YYYY-MM-DD                 the inspection date, printed and put in the answers file
  --policy-version <version>         pin a shipped policy version (default: the current one)
  --overlay <file>                   extend the policy with the organisation's overlay

exit: 0 printed, 64 usage error`;

/** `infosec-policy checklist`. */
export const checklistCommand: Command = {
  name: "checklist",
  summary: "print the self-inspection checklist (clause 8) for an organisation",
  usage,
  options: ["organization", "format", "lang", "as-of", "policy-version", "overlay"],
  async run({ args, values, out }) {
    expectArguments(args, [], usage);
    const format = formatOption(values, ["markdown", "json"], usage);
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
    await out.write(format === "json" ? `${JSON.stringify(checklistAnswersTemplate(options), null, 2)}\n` : renderChecklist(options));
    return EXIT.OK;
  },
};
