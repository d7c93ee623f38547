import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { parseDocument } from "yaml";
import { syntheticPapersYaml } from "../../scripts/synthetic-papers.ts";
import { ContentError } from "../../src/content/errors.ts";
import { loadSite } from "../../src/content/load.ts";
import { readYaml, sequenceItems } from "../../src/content/yaml-source.ts";
import { FileStore } from "../../src/lib/file-store.ts";
import { copyContent, fixture, problemsOf } from "../helpers.ts";

const big = () => syntheticPapersYaml({ count: 200, types: ["research", "position"], awards: ["best-paper"] });

test("large files: the fast path gives the same data as the positional parser", () => {
  for (const text of [big(), readFileSync(path.join(fixture().content, "2024/reading.yaml"), "utf8")]) {
    assert.ok(text.length > 64 * 1024);
    const { source, problems } = readYaml(text, "x.yaml", "papers");
    assert.deepEqual(problems, []);
    assert.deepEqual(source!.data, parseDocument(text).toJS());
  }
});

test("large files: problems still point at file:line:column", () => {
  const { content, assets, root } = copyContent();
  const file = path.join(content, "2024/papers.yaml");
  const lines = big().split("\n");
  // An unknown field and a value of the wrong type, both in paper 150 (index 149).
  const at = lines.findIndex((l) => l === "- id: 150");
  lines.splice(at + 1, 0, "  titel: A typo");
  const archival = lines.findIndex((l, i) => i > at + 2 && l.startsWith("  archival:"));
  lines[archival] = "  archival: maybe";
  writeFileSync(file, lines.join("\n"));
  assert.deepEqual(problemsOf(content, assets, root), [
    `content/2024/papers.yaml:${at + 2}:3 papers[149].titel: unknown field (did you mean "title"?)`,
    `content/2024/papers.yaml:${archival + 1}:13 papers[149].archival: expected boolean, received string`,
  ]);
});

test("large files: duplicate keys and aliases go to the positional parser, which explains them", () => {
  const { content, assets, root } = copyContent();
  const file = path.join(content, "2024/papers.yaml");
  const lines = big().split("\n");
  const at = lines.findIndex((l) => l === "- id: 20");
  lines.splice(at + 1, 0, "  id: 21");
  writeFileSync(file, lines.join("\n"));
  const problems = problemsOf(content, assets, root);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, new RegExp(`^content/2024/papers\\.yaml:${at + 2}:3 YAML syntax: Map keys must be unique`));
});

test("large files: a parse is kept in the store as JSON and read back while the text is the same", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-parsed-"));
  const store = new FileStore(dir);
  const entries = () => (existsSync(path.join(dir, "entries/yaml")) ? readdirSync(path.join(dir, "entries/yaml")) : []);
  const text = big();
  const first = readYaml(text, "content/2024/papers.yaml", "papers", 0, store).source!.data;
  store.keepDeferred();
  assert.equal(entries().length, 1);
  // What comes back is the kept parse: an entry changed behind the reader's back shows it.
  const entry = path.join(dir, "entries/yaml", entries()[0]!);
  const kept = JSON.parse(readFileSync(entry, "utf8")) as { title: string }[];
  assert.deepEqual(kept, first);
  kept[0]!.title = "Read from the kept parse";
  writeFileSync(entry, JSON.stringify(kept));
  assert.equal((readYaml(text, "content/2024/papers.yaml", "papers", 0, store).source!.data as { title: string }[])[0]!.title, "Read from the kept parse");
  // Another text is another entry; the same text under another name shares it.
  const changed = text.replace("title: ", "title: Changed ");
  assert.notEqual((readYaml(changed, "content/2024/papers.yaml", "papers", 0, store).source!.data as { title: string }[])[0]!.title, "Read from the kept parse");
  store.keepDeferred();
  assert.equal(entries().length, 2);
  readYaml(text, "content/2025/papers.yaml", "papers", 0, store);
  assert.equal(entries().length, 2);
  // Without a store nothing is kept and the text is parsed.
  assert.notEqual((readYaml(text, "content/2024/papers.yaml", "papers").source!.data as { title: string }[])[0]!.title, "Read from the kept parse");
});

test("large files: values JSON cannot give back (.inf, .nan) are never kept", (t) => {
  const cache = mkdtempSync(path.join(os.tmpdir(), "colloquy-parsed-"));
  const text = `${big()}\n- id: 9999\n  weight: .inf\n`;
  const store = new FileStore(cache);
  const data = readYaml(text, "x.yaml", "papers", 0, store).source!.data as { weight?: number }[];
  assert.equal(data.at(-1)!.weight, Infinity);
  store.keepDeferred();
  assert.deepEqual(readdirSync(cache), []);
});

test("every file's parse is kept, and a problem in a file read from the store still points at file:line:column", () => {
  const { content, assets, root } = copyContent();
  const store = new FileStore(mkdtempSync(path.join(os.tmpdir(), "colloquy-parsed-")));
  const load = () => loadSite({ contentDir: content, assetsDir: assets, relativeTo: root, parsed: store });
  const year = load().current.year;
  const text = readFileSync(path.join(content, "site.yaml"), "utf8");
  assert.ok(text.length < 64 * 1024);
  const kept = store.entry("yaml", FileStore.hash(`1\0${text}`));
  assert.deepEqual(JSON.parse(kept!.toString()), parseDocument(text).toJS());
  // site.yaml is unchanged, so it is read from the store; the edition it names is gone.
  renameSync(path.join(content, String(year)), path.join(root, "moved"));
  const line = text.split("\n").findIndex((l) => l.startsWith("current_edition:")) + 1;
  assert.throws(load, (error: unknown) => {
    assert.ok(error instanceof ContentError);
    assert.match(error.message, new RegExp(`content/site\\.yaml:${line}:\\d+ site\\.current_edition: there is no folder content/${year}/`));
    return true;
  });
});

test("a top-level sequence is split into its items; any other shape is not", () => {
  assert.deepEqual(sequenceItems("# papers\n- id: a\n  title: A\n\n- id: b\n  # a note\n  title: |\n    B\n-\n  id: c\n"), [
    "- id: a\n  title: A\n\n",
    "- id: b\n  # a note\n  title: |\n    B\n",
    "-\n  id: c\n",
  ]);
  for (const text of ["id: a\n", "---\n- id: a\n", "[a, b]\n", "- title: two\nlines\n", "-id: a\n", "# nothing\n", ""]) assert.equal(sequenceItems(text), undefined, text);
});

test("large files: an edited sequence parses only the items that changed since the file's last parse", () => {
  const store = new FileStore(mkdtempSync(path.join(os.tmpdir(), "colloquy-parsed-")));
  const text = big();
  const read = (t: string, name = "content/2024/papers.yaml") => readYaml(t, name, "papers", 0, store);
  assert.equal(read(text).parsedItems, undefined, "a first read parses the whole text");
  // What the next read takes items from is kept when the build gets to it.
  store.keepDeferred();
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l === "- id: 150");
  lines.splice(at + 1, 0, "  doi: 10.1000/edited");
  const edited = lines.join("\n");
  const again = read(edited);
  assert.equal(again.parsedItems, 1);
  assert.deepEqual(again.source!.data, parseDocument(edited).toJS());
  // A paper moved to the end and one removed: the others are still taken as they were.
  const items = sequenceItems(edited)!;
  const reordered = [...items.slice(1, 100), ...items.slice(101), items[0]!].join("");
  const third = read(reordered);
  assert.equal(third.parsedItems, 0);
  assert.deepEqual(third.source!.data, parseDocument(reordered).toJS());
  // Another file has no parse to take items from.
  assert.equal(read(`${edited}\n`, "content/2025/papers.yaml").parsedItems, undefined);
  store.keepDeferred();
  assert.equal(read(`${edited}\n\n`, "content/2025/papers.yaml").parsedItems, 1, "only the last item, whose text ends the file, changed");
});

test("large files: until the build keeps it, a first parse is not in the store", () => {
  const store = new FileStore(mkdtempSync(path.join(os.tmpdir(), "colloquy-parsed-")));
  const text = big();
  const read = (t: string) => readYaml(t, "content/2024/papers.yaml", "papers", 0, store);
  read(text);
  const edited = `${text}\n`;
  assert.equal(read(edited).parsedItems, undefined, "no items to take yet");
  store.keepDeferred();
  assert.equal(read(`${edited}\n`).parsedItems, 1, "kept: every item but the last, whose text ends the file, is taken");
});

test("large files: an item that does not parse alone (an alias to another item) sends the whole text to the parser", () => {
  const store = new FileStore(mkdtempSync(path.join(os.tmpdir(), "colloquy-parsed-")));
  const text = big();
  readYaml(text, "content/2024/papers.yaml", "papers", 0, store);
  store.keepDeferred();
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l === "- id: 1");
  const tenth = lines.findIndex((l) => l === "- id: 10");
  lines.splice(tenth + 1, 0, "  affiliation_note: *note");
  lines.splice(first + 1, 0, "  note: &note Shared");
  const edited = lines.join("\n");
  const read = readYaml(edited, "content/2024/papers.yaml", "papers", 0, store);
  assert.equal(read.parsedItems, undefined);
  assert.deepEqual(read.source!.data, parseDocument(edited).toJS());
});
