import { usageError } from "../cli-error.js";
import type { Command } from "../command.js";
import { expectArguments, formatOption } from "../options.js";

const usage = `usage: infosec-policy schema [kind]

Prints the JSON Schema of a kind of input or output (without [kind], lists the kinds).

options:
  --format json                      the only format

exit: 0 printed, 64 usage error (including an unknown kind)`;

/** `infosec-policy schema`. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of a subject kind, a decision, an overlay, …",
  usage,
  options: ["format"],
  async run({ args, values }) {
    expectArguments(args, ["kind"], usage, 1);
    formatOption(values, ["json"], usage);
    throw usageError("schema is not available yet: this build has no JSON Schema generation (jsonSchemaFor)", usage);
  },
};
