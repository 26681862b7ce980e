import { describe, expect, it } from "vitest";
import { COMMAND_HELP, COMMAND_NAMES, generalUsage } from "../../src/cli/help.js";
import { OPTIONS } from "../../src/cli/options.js";
import { displayWidth } from "../../src/report/display-width.js";

const texts: [string, string][] = [
  ["general ja", generalUsage("ja")],
  ["general en", generalUsage("en")],
  ...COMMAND_NAMES.flatMap((name): [string, string][] => [
    [`${name} ja`, COMMAND_HELP[name].usage.ja],
    [`${name} en`, COMMAND_HELP[name].usage.en],
  ]),
];

describe("the help texts", () => {
  it.each(texts)("%s: the option descriptions, and their continuation lines, start in one column (by display width)", (_, text) => {
    const lines = text.split("\n");
    const options = lines.map((line) => /^( {2}-\S*(?: \S+)*? {2,})\S/.exec(line)?.[1]).filter((prefix) => prefix !== undefined);
    expect(options.length).toBeGreaterThan(0);
    const columns = new Set(options.map((prefix) => displayWidth(prefix)));
    expect(columns.size).toBe(1);
    const [column] = columns;
    const continuation = lines.filter((line) => /^ {20,}\S/.test(line)).map((line) => line.length - line.trimStart().length);
    for (const indent of continuation) expect(indent).toBe(column);
  });

  it.each(texts)("%s: names only options the CLI knows", (_, text) => {
    for (const [, name] of text.matchAll(/--([a-z][a-z-]*)/g)) expect(Object.keys(OPTIONS)).toContain(name);
  });

  it("lists every command, in both languages, with the same options in each", () => {
    for (const name of COMMAND_NAMES) {
      const { ja, en } = COMMAND_HELP[name].usage;
      const options = (text: string): string[] => [...new Set(text.match(/--[a-z-]+/g))].sort();
      expect(options(ja), name).toEqual(options(en));
      expect(generalUsage("ja")).toContain(`  ${name.padEnd(11)}${COMMAND_HELP[name].summary.ja}`);
      expect(generalUsage("en")).toContain(`  ${name.padEnd(11)}${COMMAND_HELP[name].summary.en}`);
    }
  });
});
