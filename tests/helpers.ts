// Test helpers: the fixture sites the engine tests build, and copies of them that a test may break
// on purpose. Engine tests never read content/: that is the organizers' site, checked by
// tests/site/ with rules that hold for any content.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml, stringify } from "yaml";
import { syntheticPapers } from "../scripts/synthetic-papers.ts";
import { ContentError } from "../src/content/errors.ts";
import { loadSite } from "../src/content/load.ts";

export const ROOT = path.resolve(import.meta.dirname, "..");

/** The fixture sites under tests/fixtures/sites/: a frozen copy of LLM4Code, and a second workshop of another shape. */
export type FixtureName = "llm4code" | "vera";

/** A fixture site's content and assets folders. */
export function fixture(name: FixtureName = "llm4code"): { content: string; assets: string } {
  const dir = path.join(ROOT, "tests/fixtures/sites", name);
  return { content: path.join(dir, "content"), assets: path.join(dir, "assets") };
}

/** A temporary copy of a fixture site (content/ and assets/), returned as its folders; `root` holds both. */
export function copyContent(name: FixtureName = "llm4code"): { root: string; content: string; assets: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), "colloquy-"));
  const source = fixture(name);
  cpSync(source.content, path.join(root, "content"), { recursive: true });
  cpSync(source.assets, path.join(root, "assets"), { recursive: true });
  return { root, content: path.join(root, "content"), assets: path.join(root, "assets") };
}

/**
 * A copy of the llm4code fixture whose 2026 edition lists `count` synthetic papers (of the
 * edition's own paper types) instead of its own, and has no program (which names the real papers).
 * `write(papers)` writes another list of papers to the same file.
 */
export function syntheticEdition(count: number) {
  const copy = copyContent();
  const papersFile = path.join(copy.content, "2026/papers.yaml");
  const cfp = parseYaml(readFileSync(path.join(copy.content, "2026/cfp.yaml"), "utf8")) as { paper_types: { id: string }[] };
  const papers = syntheticPapers({ count, types: cfp.paper_types.map((t) => t.id), awards: [] });
  const write = (list: readonly Record<string, unknown>[]) => writeFileSync(papersFile, stringify(list, { lineWidth: 0 }));
  write(papers);
  rmSync(path.join(copy.content, "2026/program.yaml"));
  return { ...copy, papers, papersFile, write };
}

/** Replace text in a file of a content copy (fails loudly when the text is not there). */
export function edit(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(file, after);
}

/** The problems `loadSite` reports for broken content, one `file:line:col field: message` each (paths relative to `root`). */
export function problemsOf(content: string, assets: string, root: string): string[] {
  try {
    loadSite({ contentDir: content, assetsDir: assets, relativeTo: root });
  } catch (error) {
    assert.ok(error instanceof ContentError, `not a ContentError: ${String(error)}`);
    return error.message.split("\n").slice(1);
  }
  assert.fail("expected the content to be rejected");
}
