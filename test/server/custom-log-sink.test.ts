import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logLine } from "../../src/server/decision-log.js";
import { createServer, DecisionLogLineSchema, type DecisionLogEntry, type DecisionService } from "../../src/server/index.js";
import { post, startService, type TestService } from "./support.js";

// A sink of the caller's own (only `write` and `close`) gets each line as an object; the built-in
// sink gets it as text made from pieces (decisionLogLines). For the same requests, both must log the
// same lines: logLine of the object is byte for byte the built-in sink's text, but for the
// decision id and time, which the service draws afresh.
const dir = new URL("../../examples/subjects/", import.meta.url);
const subjects = readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), "utf8")) as unknown);

const fixed = (line: unknown): unknown => ({ ...(line as object), decisionId: "-", time: "-" });

let builtIn: TestService;
let custom: DecisionService;
const objects: DecisionLogEntry[] = [];
beforeAll(async () => {
  builtIn = await startService({ logInput: "full" });
  custom = await createServer({
    host: "127.0.0.1",
    port: 0,
    logInput: "full",
    log: {
      write: (entry) => void objects.push(entry),
      close: async () => {},
    },
  });
});
afterAll(async () => {
  await Promise.all([builtIn.close(), custom.close()]);
});

describe("a decision log sink of the caller's own", () => {
  it("gets, for single decisions and a batch, the lines the built-in sink writes, each valid against the published schema", async () => {
    const send = async (url: string): Promise<void> => {
      for (const subject of subjects.slice(0, 5)) expect((await post(`${url}/v1/decisions`, subject, { "x-request-id": "same" })).status).toBe(200);
      expect((await post(`${url}/v1/decisions?locale=en`, subjects, { "x-request-id": "same" })).status).toBe(200);
      expect((await post(`${url}/v1/decisions`, [], { "x-request-id": "same" })).status).toBe(200);
    };
    await send(builtIn.url);
    await send(custom.url);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(objects).toHaveLength(5 + subjects.length);
    expect(builtIn.raw).toHaveLength(5 + subjects.length);
    for (const entry of objects) expect(DecisionLogLineSchema.safeParse(entry).success).toBe(true);
    expect(objects.map((entry) => fixed(JSON.parse(logLine(entry))))).toEqual(builtIn.lines.map(fixed));
    // Byte for byte, once the id and time are the same.
    objects.forEach((entry, index) => {
      const parsed = builtIn.lines[index] as { decisionId: string; time: string };
      expect(logLine({ ...entry, decisionId: parsed.decisionId, time: parsed.time } as DecisionLogEntry)).toBe(builtIn.raw[index]);
    });
    expect((objects.at(-1) as { batchIndex?: number }).batchIndex).toBe(subjects.length - 1);
  });
});
