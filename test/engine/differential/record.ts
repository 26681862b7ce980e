/**
 * Records the differential fixture from a built engine (run once on main's `dist/`, before the
 * checks returned verdict names):
 *
 *   npx tsx test/engine/differential/record.ts dist/index.js > test/engine/differential/recorded.json
 */
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { rows, type Engine } from "./cases.js";

const entry = process.argv[2] ?? "dist/index.js";
const engine = (await import(pathToFileURL(resolve(entry)).href)) as Engine;
process.stdout.write(`${JSON.stringify(rows(engine), null, 0).replaceAll('","', '",\n"')}\n`);
