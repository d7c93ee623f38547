// Test helpers: copies of the default content that a test may break on purpose.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");

/** A temporary copy of content/ (and assets/), returned as its folder; `root` holds both. */
export function copyContent(): { root: string; content: string; assets: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), "colloquy-"));
  cpSync(path.join(ROOT, "content"), path.join(root, "content"), { recursive: true });
  cpSync(path.join(ROOT, "assets"), path.join(root, "assets"), { recursive: true });
  return { root, content: path.join(root, "content"), assets: path.join(root, "assets") };
}

/** Replace text in a file of a content copy (fails loudly when the text is not there). */
export function edit(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(file, after);
}
