// Writes the JSON Schema of the column mapping, generated from its zod schema (never by hand).
import { mkdirSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { columnMappingSchema } from "../dist/index.js";

mkdirSync(new URL("../dist/schemas/", import.meta.url), { recursive: true });
const schema = { $id: "https://miyagi-kouiki.example/infosec-policy-spreadsheet/column-mapping.json", title: "Column mapping", ...z.toJSONSchema(columnMappingSchema) };
writeFileSync(new URL("../dist/schemas/column-mapping.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
