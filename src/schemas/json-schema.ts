// JSON Schemas for editors, generated from the zod schemas (so they can never disagree).
import { z } from "zod";
import { SCHEMAS } from "./index.ts";

/** `{ "<name>.schema.json": "<JSON text>" }` for every content schema. */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of SCHEMAS) {
    const schema = z.toJSONSchema(entry.schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
    const doc = { ...schema, $id: `${entry.name}.schema.json`, title: `Colloquy ${entry.name}`, "x-files": entry.files };
    out[`${entry.name}.schema.json`] = `${JSON.stringify(doc, null, 2)}\n`;
  }
  return out;
}
