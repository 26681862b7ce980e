// Writes the JSON Schemas of the package to dist/schemas/<name>.schema.json, from the built
// package itself (dist/index.js), so that the shipped files are exactly what `jsonSchemaFor`
// returns: generated from the zod schemas, never written by hand. Run after every build (by
// scripts/after-build.mjs, tsup's `onSuccess`), `npm run build` included; dist/ is emptied first, so the
// files are always fresh.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { jsonSchemaFor, jsonSchemaNames } = await import(join(root, "dist", "index.js"));

const out = join(root, "dist", "schemas");
mkdirSync(out, { recursive: true });
const index = {};
for (const name of jsonSchemaNames) {
  const schema = jsonSchemaFor(name);
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  index[name] = { $id: schema.$id, file: `${name}.schema.json`, title: schema.title };
}
// The decision service's own schemas (the decision log line, the error body), from dist/server.js.
const server = await import(join(root, "dist", "server.js"));
for (const name of ["decision-log", "error"]) {
  const schema = server.serviceSchemaFor(name);
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  index[name] = { $id: schema.$id, file: `${name}.schema.json`, title: schema.title };
}
writeFileSync(join(out, "index.json"), `${JSON.stringify(index, null, 2)}\n`);
console.log(`JSON Schemas: ${jsonSchemaNames.length + 2} written to dist/schemas/`);
