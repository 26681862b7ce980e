import { isJsonSchemaName, jsonSchemaFor, jsonSchemaForScheme, jsonSchemaNames } from "../../schemas/json-schemas.js";
import { usageError } from "../cli-error.js";
import type { Command } from "../command.js";
import { COMMAND_HELP } from "../help.js";
import { EXIT } from "../exit-codes.js";
import { expectArguments, formatOption, policyOption } from "../options.js";

/** `infosec-policy schema`. */
export const schemaCommand: Command = {
  name: "schema",
  help: COMMAND_HELP.schema,
  options: ["format", "policy-version", "overlay"],
  async run({ usage, args, values, out }) {
    expectArguments(args, ["kind"], usage, 1);
    formatOption(values, ["json"], usage);
    const wanted = args[0];
    if (wanted === undefined) {
      const lines = jsonSchemaNames.map((name) => `${name.padEnd(22)}${String(jsonSchemaFor(name).title ?? "")}`);
      await out.write(`${lines.join("\n")}\n`);
      return EXIT.OK;
    }
    const name = isJsonSchemaName(wanted) ? wanted : isJsonSchemaName(`${wanted}-subject`) ? `${wanted}-subject` : undefined;
    if (name === undefined || !isJsonSchemaName(name)) throw usageError(`no JSON Schema named ${JSON.stringify(wanted)}; kinds: ${jsonSchemaNames.join(", ")}`, usage);
    // The subject schemas follow the classification scheme of the policy in use (--policy-version, --overlay).
    const policy = await policyOption(values, usage);
    await out.write(`${JSON.stringify(jsonSchemaForScheme(name, policy.classificationScheme), null, 2)}\n`);
    return EXIT.OK;
  },
};
