// A large edition (450 synthetic papers in the current edition): the paginated list, a page and a
// .bib per paper, and what makes rebuilds cheap: files linked from the file store, folders taken
// from the spare output, a search bundle indexed only when its papers change.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { stringify } from "yaml";
import { runBuild } from "../../scripts/build.ts";
import { FileStore } from "../../src/lib/file-store.ts";
import { syntheticEdition } from "../helpers.ts";
import { checkLinks } from "./links.ts";

const COUNT = 450;
const ORIGIN = "https://llm4code.github.io";
let content = "";
let assets = "";
let out = "";
let cache = "";
let store = "";
let papers: Record<string, unknown>[] = [];
/** Search bundles indexed by Pagefind over every build of this file. */
let indexedSoFar = 0;

const papersFile = () => path.join(content, "2026/papers.yaml");
const read = (file: string) => readFileSync(path.join(out, file), "utf8");
const build = async () => {
  const report = await runBuild({ content, assets, cache, output: out, quiet: true });
  indexedSoFar += report.search.indexed;
  return report;
};
const ino = (file: string) => statSync(file).ino;

before(async () => {
  ({ content, assets, papers } = syntheticEdition(COUNT));
  cache = mkdtempSync(path.join(os.tmpdir(), "colloquy-cache-"));
  store = path.join(cache, "store");
  out = path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-large-")), "site");
  await build();
});

test("the list is split into pages at the permanent prefix; the root copy keeps the first", () => {
  const pages = Math.ceil(COUNT / 200);
  assert.ok(existsSync(path.join(out, "papers/index.html")));
  assert.ok(!existsSync(path.join(out, "papers/page")), "no later list pages at the root");
  const seen: string[] = [];
  for (let n = 0; n < pages; n++) {
    const html = read(n === 0 ? "2026/papers/index.html" : `2026/papers/page/${n + 1}/index.html`);
    seen.push(...[...html.matchAll(/<li class="paper" id="paper-([^"]+)">/g)].map((m) => m[1]!));
  }
  assert.ok(!existsSync(path.join(out, `2026/papers/page/${pages + 1}`)));
  assert.equal(seen.length, COUNT, "every paper once");
  assert.equal(new Set(seen).size, COUNT);
  // The root's first page links the later pages at the permanent prefix.
  assert.match(read("papers/index.html"), /<a href="\/2026\/papers\/page\/2\/" rel="next">Next<\/a>/);
  assert.match(read("2026/papers/page/2/index.html"), /<a href="\/2026\/papers\/" rel="prev">Previous<\/a>/);
});

test("a page and a .bib file per paper, every link resolving, every page in the sitemap once", () => {
  const folders = readdirSync(path.join(out, "2026/papers"), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== "page" && e.name !== "search");
  assert.equal(folders.length, COUNT);
  for (const { name } of folders) assert.deepEqual(readdirSync(path.join(out, "2026/papers", name)).sort(), [`${name}.bib`, "index.html"]);
  const report = checkLinks(out, "/", ORIGIN);
  assert.deepEqual(report.broken, []);
  assert.deepEqual(report.unprefixed, []);
  const locs = [...read("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  assert.equal(new Set(locs).size, locs.length, "no URL twice");
  for (const p of papers) assert.ok(locs.includes(`${ORIGIN}/2026/papers/${String(p.id)}/`), `paper ${String(p.id)} in the sitemap`);
  assert.ok(locs.includes(`${ORIGIN}/2026/papers/page/3/`));
});

test("rebuilds link unchanged files from the store, reuse the spare's folders and the search bundle", async () => {
  const page = path.join(out, "2026/papers/7/index.html");
  const firstFolder = ino(path.dirname(page));
  const firstPapers = ino(path.join(out, "2026/papers"));
  const searchFolder = path.join(out, "2026/papers/search");
  const firstSearch = ino(searchFolder);
  const firstPage = readFileSync(page);
  assert.ok(statSync(page).nlink >= 2, "the page is a link to its stored copy");
  const { search, papers: rendering } = await build();
  assert.equal(rendering.rendered, 0, "no paper page rendered again");
  assert.ok(rendering.kept >= COUNT, `every page linked from the store (${rendering.kept})`);
  assert.ok(existsSync(`${out}.previous/2026/papers/7/index.html`), "the replaced output is kept as the spare");
  assert.equal(search.indexed, 0, "no bundle indexed again");
  assert.ok(search.stored > 0, "bundles linked from the store");
  assert.deepEqual(readFileSync(page), firstPage);

  await build();
  assert.equal(ino(path.join(out, "2026/papers")), firstPapers, "the papers folder made by the first build was moved back from the spare, whole");
  assert.equal(ino(path.dirname(page)), firstFolder);
  assert.equal(ino(searchFolder), firstSearch, "so was the unchanged search bundle, whole");
  assert.deepEqual(readFileSync(page), firstPage);
  const entry = path.join(out, "2026/papers/search/pagefind-entry.json");
  assert.ok(statSync(entry).nlink >= 2, "search files are links to the store");
});

test("what every paper page shows (here the workshop's name) renders them all again; one paper edited, only its page", async () => {
  const site = path.join(content, "site.yaml");
  const before = readFileSync(site, "utf8");
  writeFileSync(site, before.replace(/^name: .*$/m, "name: Renamed Workshop on Code"));
  try {
    const renamed = await build();
    assert.equal(renamed.papers.kept, 0);
    assert.ok(renamed.papers.rendered >= COUNT, `every paper page of every edition (${renamed.papers.rendered})`);
    assert.match(read("2026/papers/7/index.html"), /Renamed Workshop on Code/);
  } finally {
    writeFileSync(site, before);
  }
  const restored = await build();
  assert.equal(restored.papers.rendered, 0, "the earlier pages are still in the store");
  assert.doesNotMatch(read("2026/papers/7/index.html"), /Renamed Workshop on Code/);
  // Paper 7 gets another abstract: its page alone is rendered.
  const first = papers.find((p) => p.id === 7)!;
  writeFileSync(papersFile(), stringify(papers.map((p) => (p === first ? { ...p, abstract: "A new abstract, about **tests**." } : p)), { lineWidth: 0 }));
  try {
    const edited = await build();
    assert.equal(edited.papers.rendered, 1);
    assert.match(read("2026/papers/7/index.html"), /A new abstract, about <strong>tests<\/strong>\./);
  } finally {
    writeFileSync(papersFile(), stringify(papers, { lineWidth: 0 }));
  }
});

test("an edited paper gets a new page; removed papers' folders, list pages and search entries go", async () => {
  // Paper 7 renamed; paper 8 and the last 60 removed: 389 papers, so 2 list pages instead of 3.
  const edited = papers.map((p) => (p.id === 7 ? { ...p, title: "A Renamed Paper About Code Review" } : p)).filter((p) => p.id !== 8 && Number(p.id) <= 390);
  writeFileSync(papersFile(), stringify(edited, { lineWidth: 0 }));
  const indexed = indexedSoFar;
  const oldBytes = readFileSync(path.join(out, "2026/papers/7/index.html"));
  assert.ok(existsSync(path.join(out, "2026/papers/page/3/index.html")));
  // Build twice: each takes a papers folder that still holds the 450 papers from the spare.
  const fragments = () => readdirSync(path.join(out, "2026/papers/search/fragment")).length;
  await build();
  assert.equal(fragments(), edited.length, "indexed again: one search fragment per paper, none left from before");
  await build();
  assert.match(read("2026/papers/7/index.html"), /<h1[^>]*>A Renamed Paper About Code Review<\/h1>/);
  assert.match(read("2026/papers/7/7.bib"), /title = \{\{A Renamed Paper About Code Review\}\}/);
  const folders = readdirSync(path.join(out, "2026/papers"), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== "page" && e.name !== "search").map((e) => e.name);
  assert.deepEqual(folders.sort(), edited.map((p) => String(p.id)).sort(), "a folder for each paper there is, no other");
  assert.ok(!existsSync(path.join(out, "2026/papers/page/3")), "no list page past the last");
  assert.equal(fragments(), edited.length, "linked from the store: one search fragment per paper");
  assert.equal(indexedSoFar, indexed + 1, "the papers bundle was indexed once, then reused");
  // The stored copy of the old page still has its bytes: no output file was written through a link.
  const hash = FileStore.hash(oldBytes);
  assert.deepEqual(readFileSync(path.join(store, hash.slice(0, 2), hash.slice(2))), oldBytes);
  const report = checkLinks(out, "/", ORIGIN);
  assert.deepEqual(report.broken, []);
  // Put the papers back for the next test.
  writeFileSync(papersFile(), stringify(papers, { lineWidth: 0 }));
});

test("a store restored from a cache (old files nothing links to) keeps what the next build uses", async () => {
  // As after restoring .cache on a fresh CI machine: no output, every stored file old and unlinked.
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}.previous`, { recursive: true, force: true });
  const old = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
  const stored = readdirSync(store).filter((b) => /^[0-9a-f]{2}$/.test(b)).flatMap((b) => readdirSync(path.join(store, b)).map((f) => path.join(store, b, f)));
  for (const file of [...stored, path.join(store, ".swept")]) utimesSync(file, old, old);
  // An entry no build will use again.
  mkdirSync(path.join(store, "00"), { recursive: true });
  writeFileSync(path.join(store, "00", "f".repeat(62)), "unused");
  utimesSync(path.join(store, "00", "f".repeat(62)), old, old);
  const { search } = await build();
  assert.equal(search.indexed, 0, "the stored search bundle was used, not swept first");
  assert.ok(statSync(path.join(out, "2026/papers/7/index.html")).nlink >= 2);
  assert.ok(!existsSync(path.join(store, "00", "f".repeat(62))), "the sweep ran after the build and removed the unused entry");
  assert.ok(Date.now() - statSync(path.join(store, ".swept")).mtimeMs < 60_000);
});
