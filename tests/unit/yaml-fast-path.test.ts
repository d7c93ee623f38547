import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parseDocument } from "yaml";
import { syntheticPapersYaml } from "../../scripts/synthetic-papers.ts";
import { readYaml } from "../../src/content/yaml-source.ts";
import { copyContent, ROOT, problemsOf } from "../helpers.ts";

const big = () => syntheticPapersYaml({ count: 200, types: ["research", "position"], awards: ["best-paper"] });

test("large files: the fast path gives the same data as the positional parser", () => {
  for (const text of [big(), readFileSync(path.join(ROOT, "content/2024/reading.yaml"), "utf8")]) {
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
