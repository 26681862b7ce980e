// Run by tsup after the ES module build (`onSuccess` in tsup.config.ts). Deletes dist/internal/:
// the second copy of the main entry that tsup.config.ts builds only so that the main entry's code
// goes into shared chunks; no export, bin or chunk reaches it, so it must not ship. Then writes the
// JSON Schemas of dist/schemas/ (scripts/generate-json-schemas.mjs).
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
rmSync(join(root, "dist", "internal"), { recursive: true, force: true });
await import("./generate-json-schemas.mjs");
