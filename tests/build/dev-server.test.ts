// `npm start` on a copy of a fixture site: an edit of the news reaches the disk, only the files it
// affects are rewritten (the others keep their inode and mtime), the server serves the new page
// with its live-reload client and no inline script, and invalid content is reported at its
// file:line:col without stopping the server, which recovers once the content is fixed.
import assert from "node:assert/strict";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import path from "node:path";
import { after, before, test } from "node:test";
import { DevServerProcess, rewritten, stamps, type FileStamps } from "../../scripts/dev-server-process.ts";
import { copyContent, ROOT } from "../helpers.ts";

const site = copyContent("llm4code");
const folders = { content: site.content, assets: site.assets, cache: path.join(ROOT, ".cache"), output: path.join(site.root, "site") };
const news = path.join(site.content, "2026", "news.yaml");
const homes = [path.join(folders.output, "index.html"), path.join(folders.output, "2026", "index.html")];
let server: DevServerProcess;

/** Resolves once every file holds `text` (the rebuild is done) and the server has said so `writes` times. */
async function onDisk(files: string[], text: string, writes: number): Promise<void> {
  await server.waitFor((log) => log.split("[colloquy] Wrote").length - 1 >= writes, 120_000, `rebuild ${writes}`);
  for (const file of files) assert.ok(readFileSync(file, "utf8").includes(text), `${file} shows "${text}"`);
}

before(async () => {
  server = await DevServerProcess.start(folders, { cwd: ROOT });
  await server.waitFor((log) => log.includes("Search index up to date."), 120_000, "the first search index");
});

after(async () => {
  await server?.stop();
});

let stampsAfterEdit: FileStamps;

test("a news edit rewrites the pages that show it, and no other file", async () => {
  const before = stamps(folders.output);
  const writes = server.count("[colloquy] Wrote");
  await server.change(news, () => appendFileSync(news, '\n- date: "2025-08"\n  text: The venue map is online.\n'));
  await onDisk(homes, "The venue map is online.", writes + 1);
  await server.waitFor((log) => log.split("Search index up to date.").length - 1 >= 2, 120_000, "the search index after the edit");
  stampsAfterEdit = stamps(folders.output);
  const { changed, removed } = rewritten(before, stampsAfterEdit);
  // The edition's home page (at the root and at /2026/) and its news feeds show the news.
  for (const file of ["index.html", "2026/index.html", "feed.xml", "2026/feed.xml"]) assert.ok(changed.includes(file), `${file} was rewritten`);
  // Another edition's pages, the stylesheet, scripts, images, per-paper pages and search indexes were not.
  for (const file of ["2024/index.html", "2025/index.html", "2026/papers/index.html", "2026/program/index.html", "css/site.css", "js/theme.js", "sitemap.xml", "admin/index.html"]) {
    assert.ok(before.has(file), `${file} is part of the site`);
    assert.ok(!changed.includes(file), `${file} was not rewritten`);
  }
  assert.ok(!changed.some((file) => file.startsWith("2024/") || file.startsWith("2025/") || /\/(img|search)\//.test(file)), `only the current edition's news pages changed: ${changed.join(", ")}`);
  assert.ok(changed.length <= 6, `a handful of files, not the site: ${changed.join(", ")}`);
  assert.deepEqual(removed, []);
});

test("the server serves the new page with the live-reload client and no inline script", async () => {
  // As a browser navigates (the server adds its client to pages only then; fetch() cannot say so).
  const page = await new Promise<string>((resolve, reject) => {
    get(`http://localhost:${server.port}/2026/`, { headers: { "sec-fetch-mode": "navigate" } }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve(body));
    }).on("error", reject);
  });
  assert.ok(page.includes("The venue map is online."));
  // Eleventy's dev server adds its reload client as a script file; the page itself brings none inline.
  const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.some(([, attributes]) => /src="[^"]*reload-client\.js"/.test(attributes!)), "the live-reload client is loaded");
  for (const [tag, attributes, body] of scripts) {
    if (/type="application\/ld\+json"/.test(attributes!)) continue;
    assert.ok(/\bsrc=/.test(attributes!) && body!.trim() === "", `no inline script: ${tag!.slice(0, 120)}`);
  }
});

test("invalid content is reported at its file:line:col and field, the server goes on, and a fix recovers", async () => {
  const good = readFileSync(news, "utf8");
  const writes = server.count("[colloquy] Wrote");
  const logged = server.log.length;
  await server.change(news, () => appendFileSync(news, '- date: "2026-13"\n  text: A month that is not one.\n'));
  const line = good.split("\n").length;
  await server.waitFor((log) => log.slice(logged).includes("news.yaml:"), 120_000, "the content problem");
  const report = server.log.slice(logged);
  assert.match(report, new RegExp(`2026/news\\.yaml:${line}:\\d+ news\\[\\d+\\]\\.date: `), report);
  assert.equal(server.child.exitCode, null, "the server is still running");
  // Nothing of the broken edit reached the pages.
  assert.ok(!readFileSync(homes[0]!, "utf8").includes("A month that is not one."));
  assert.deepEqual(rewritten(stampsAfterEdit, stamps(folders.output)).changed, [], "no file was written");

  await server.change(news, () => writeFileSync(news, `${good}- date: "2026-03"\n  text: Registration is open.\n`));
  await onDisk(homes, "Registration is open.", writes + 1);
});
