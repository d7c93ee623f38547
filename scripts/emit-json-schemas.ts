// `npm run schemas`: write content/schemas/*.schema.json from the zod schemas, for editor autocompletion.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { jsonSchemas } from "../src/schemas/json-schema.ts";

const dir = path.resolve("content/schemas");
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemas())) writeFileSync(path.join(dir, file), text);
console.log(`Wrote ${Object.keys(jsonSchemas()).length} JSON Schemas to content/schemas/`);
