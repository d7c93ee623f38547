// Puts a payload into every string field of every content file that its schema accepts as free text.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { SCHEMAS } from "../../src/schemas/index.ts";

function schemaFor(file: string) {
  const name = path.basename(file, ".yaml");
  return SCHEMAS.find((s) => s.name === name)?.schema;
}

/** Returns how many fields now hold the payload. */
export function injectEverywhere(contentDir: string, payload: string): number {
  let count = 0;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? files(path.join(dir, n)) : [path.join(dir, n)]));
  for (const file of files(contentDir).filter((f) => f.endsWith(".yaml"))) {
    const schema = schemaFor(file);
    if (!schema) continue;
    const data = parse(readFileSync(file, "utf8"));
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach((value, i) => tryReplace(node as unknown as Record<number, unknown>, i, value));
      } else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) tryReplace(node as Record<string, unknown>, key, value);
      }
    };
    const tryReplace = (parent: Record<string | number, unknown>, key: string | number, value: unknown) => {
      if (typeof value === "string") {
        parent[key] = `${value} ${payload}`;
        if (schema.safeParse(data).success) count++;
        else parent[key] = value;
      } else visit(value);
    };
    visit(data);
    writeFileSync(file, stringify(data));
  }
  return count;
}
