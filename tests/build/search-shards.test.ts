// A papers list split into search shards: each shard a Pagefind bundle of its own, every paper in
// exactly one, and a changed paper re-indexing only its shard while the others come from the store.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { before, test } from "node:test";
import { stringify } from "yaml";
import { runBuild } from "../../scripts/build.ts";
import { searchShardCount } from "../../src/lib/paper-urls.ts";
import { syntheticEdition } from "../helpers.ts";

const COUNT = 120;
const PER_SHARD = 50;
const SHARDS = 3;
let content = "";
let assets = "";
let out = "";
let cache = "";
let papers: Record<string, unknown>[] = [];

const papersFile = () => path.join(content, "2026/papers.yaml");
const shardDir = (i: number) => path.join(out, "2026/papers/search", String(i));
const build = () => runBuild({ content, assets, cache, output: out, quiet: true, searchShardRecords: PER_SHARD });

/** The page URLs in a shard, read from its fragments (gzip, a signature, then JSON). */
function shardUrls(i: number): string[] {
  const dir = path.join(shardDir(i), "fragment");
  return readdirSync(dir).flatMap((file) => {
    const data = JSON.parse(gunzipSync(readFileSync(path.join(dir, file))).subarray(12).toString("utf8")) as { url?: string } | Record<string, { url: string }>;
    return typeof data.url === "string" ? [data.url] : Object.values(data as Record<string, { url: string }>).map((f) => f.url);
  });
}

before(async () => {
  ({ content, assets, papers } = syntheticEdition(COUNT));
  cache = mkdtempSync(path.join(os.tmpdir(), "colloquy-cache-"));
  out = path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-shards-")), "site");
  await build();
});

test("the shard count follows the records: one shard up to a shard's worth", () => {
  assert.equal(searchShardCount(0, 50), 1);
  assert.equal(searchShardCount(50, 50), 1);
  assert.equal(searchShardCount(51, 50), 2);
  assert.equal(searchShardCount(COUNT, PER_SHARD), SHARDS);
});

test("each shard is a bundle of its own, and the form names the shards", () => {
  const search = path.join(out, "2026/papers/search");
  assert.deepEqual(readdirSync(search).sort(), ["0", "1", "2"], "only the numbered shards");
  for (let i = 0; i < SHARDS; i++) {
    const entry = JSON.parse(readFileSync(path.join(shardDir(i), "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    assert.ok(Object.values(entry.languages)[0]!.page_count > 0, `shard ${i} has pages`);
    assert.ok(existsSync(path.join(shardDir(i), "pagefind.js")));
  }
  for (const page of ["2026/papers/index.html", "papers/index.html"]) {
    const html = readFileSync(path.join(out, page), "utf8");
    assert.match(html, /data-bundle="\/2026\/papers\/search\/" data-shards="3"/);
  }
  // The related reading list is short: one bundle, where it always was.
  if (existsSync(path.join(out, "2026/reading/search"))) assert.ok(existsSync(path.join(out, "2026/reading/search/pagefind-entry.json")));
});

test("every paper is in exactly one shard", () => {
  const seen = new Map<string, number>();
  for (let i = 0; i < SHARDS; i++) for (const url of shardUrls(i)) seen.set(url, (seen.get(url) ?? 0) + 1);
  assert.equal(seen.size, COUNT);
  for (const p of papers) assert.equal(seen.get(`/2026/papers/${String(p.id)}/`), 1, `paper ${String(p.id)} once`);
});

test("a changed title re-indexes only its paper's shard; the others are linked from the store", async () => {
  const target = papers[7]!;
  const url = `/2026/papers/${String(target.id)}/`;
  const home = [0, 1, 2].find((i) => shardUrls(i).includes(url))!;
  const metas = [0, 1, 2].map((i) => readdirSync(shardDir(i)).find((f) => f.endsWith(".pf_meta")));
  writeFileSync(papersFile(), stringify(papers.map((p) => (p === target ? { ...p, title: "A Renamed Paper About Shards" } : p)), { lineWidth: 0 }));
  const { search } = await build();
  assert.equal(search.indexed, 1, "one bundle indexed");
  assert.ok(search.stored >= SHARDS - 1, "the other shards came from the store");
  for (let i = 0; i < SHARDS; i++) {
    const meta = readdirSync(shardDir(i)).find((f) => f.endsWith(".pf_meta"));
    if (i === home) assert.notEqual(meta, metas[i], "the changed shard is new");
    else {
      assert.equal(meta, metas[i], `shard ${i} unchanged`);
      assert.ok(statSync(path.join(shardDir(i), "pagefind-entry.json")).nlink >= 2, `shard ${i} linked from the store`);
    }
  }
  assert.ok(shardUrls(home).includes(url), "the paper stays in its shard");
});

test("fewer papers than a shard holds: one bundle in the search folder again, no shard left", async () => {
  writeFileSync(papersFile(), stringify(papers.slice(0, 30), { lineWidth: 0 }));
  await build();
  const search = path.join(out, "2026/papers/search");
  assert.ok(existsSync(path.join(search, "pagefind-entry.json")));
  for (let i = 0; i < SHARDS; i++) assert.ok(!existsSync(path.join(search, String(i))), `no shard ${i}`);
  assert.doesNotMatch(readFileSync(path.join(out, "2026/papers/index.html"), "utf8"), /data-shards/);
});
