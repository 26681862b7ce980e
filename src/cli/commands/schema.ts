import { isJsonSchemaName, jsonSchemaFor, jsonSchemaNames } from "../../schemas/json-schemas.js";
import { usageError } from "../cli-error.js";
import type { Command } from "../command.js";
import { EXIT } from "../exit-codes.js";
import { expectArguments, formatOption } from "../options.js";

const usage = `usage: infosec-policy schema [kind]

Prints the JSON Schema (draft 2020-12, generated from the package's zod schemas) of a kind of
input or output, for services not written in TypeScript. Without [kind], lists the kinds. A
subject kind may be named without "-subject": \`schema asset\` is \`schema asset-subject\`.

kinds: ${jsonSchemaNames.join(", ")}

options:
  --format json                      the only format

exit: 0 printed, 64 usage error (including an unknown kind)`;

/** `infosec-policy schema`. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of a subject kind, the decision, the audit report, the answers file or the overlay",
  usage,
  options: ["format"],
  async run({ args, values, out }) {
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
    await out.write(`${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`);
    return EXIT.OK;
  },
};
