import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { XMLValidator } from "fast-xml-parser";
import { buildSite } from "../../scripts/build.ts";
import { ContentError } from "../../src/content/errors.ts";
import { copyContent, edit, fixture } from "../helpers.ts";
import { readFeed } from "./atom.ts";
import { checkLinks, walk } from "./links.ts";

const ORIGIN = "https://llm4code.github.io";
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "colloquy-build-"));
let rootOut = "";
let prefixedOut = "";

before(async () => {
  rootOut = await buildSite({ ...fixture(), output: path.join(tmp(), "site"), quiet: true });
  prefixedOut = await buildSite({ ...fixture(), output: path.join(tmp(), "site"), pathPrefix: "/llm4code/", quiet: true });
});

const EXPECTED_PAGES = [
  "index.html",
  "call/index.html",
  "dates/index.html",
  "papers/index.html",
  "speakers/index.html",
  "program/index.html",
  "organization/index.html",
  "pc/index.html",
  "404.html",
];

test("the default site builds every page, the feed and the images", () => {
  for (const page of EXPECTED_PAGES) assert.ok(existsSync(path.join(rootOut, page)), `${page} is missing`);
  assert.ok(existsSync(path.join(rootOut, "feed.xml")));
  const images = walk(path.join(rootOut, "2024", "img")).map((f) => path.basename(f));
  for (const variant of ["light-desktop", "dark-desktop", "light-mobile", "dark-mobile"]) {
    for (const ext of ["avif", "webp"]) {
      assert.ok(images.some((f) => f.includes(`-${variant}-`) && f.endsWith(`.${ext}`)), `banner ${variant}.${ext} is missing`);
    }
    assert.ok(!images.some((f) => f.includes(`-${variant}-`) && f.endsWith(".png")), `no browser picks a PNG banner (${variant})`);
  }
  const home = readFileSync(path.join(rootOut, "2024", "index.html"), "utf8");
  assert.match(home, /<h1[^>]*>The First International Workshop on Large Language Models for Code<\/h1>/);
  assert.match(home, /Saturday, 20 April 2024/);
  assert.equal((home.match(/<source /g) ?? []).length, 2 * (2 + 1), "per theme: mobile AVIF/WebP, desktop AVIF (its WebP is the img)");
  assert.equal((home.match(/<img [^>]*fetchpriority="high"/g) ?? []).length, 2);
});

test("every internal link, asset and fragment resolves (root build)", () => {
  const report = checkLinks(rootOut, "/", ORIGIN);
  assert.deepEqual(report.broken, []);
  assert.deepEqual(report.unprefixed, []);
  assert.ok(report.checked > 200, `only ${report.checked} links checked`);
});

test("a --pathprefix build carries the prefix on every link, image, stylesheet, script, srcset and feed URL", () => {
  const report = checkLinks(prefixedOut, "/llm4code/", ORIGIN);
  assert.deepEqual(report.unprefixed, []);
  assert.deepEqual(report.broken, []);
  const feed = readFeed(path.join(prefixedOut, "2024", "feed.xml"));
  assert.equal(feed.self, `${ORIGIN}/llm4code/2024/feed.xml`);
  assert.equal(feed.id, `${ORIGIN}/llm4code/2024/`);
  for (const entry of feed.entries) {
    assert.equal(entry.link, `${ORIGIN}/llm4code/2024/`);
    assert.ok(entry.id.startsWith(`${ORIGIN}/llm4code/2024/#news-`), entry.id);
  }
  assert.ok(feed.entries.some((entry) => entry.content.includes(`href="${ORIGIN}/llm4code/2024/papers/"`)), "a news link carries the prefix");
});

test("no inline script or style anywhere (a strict CSP can forbid them), no third-party resources", () => {
  for (const file of walk(rootOut).filter((f) => f.endsWith(".html"))) {
    const text = readFileSync(file, "utf8");
    // A JSON-LD block is data, never executed; any other <script> must load a file.
    assert.equal(/<script(?![^>]*\ssrc=)(?![^>]*\stype="application\/ld\+json")[^>]*>/.test(text), false, `${file}: inline <script>`);
    assert.equal(/<style|\sstyle="|\son[a-z]+=/i.test(text), false, `${file}: inline style or event handler`);
    for (const m of text.matchAll(/<(?:script|link|img|source)\b[^>]*\s(?:src|srcset)="(https?:[^"]*)"/g)) assert.fail(`${file}: loads ${m[1]}`);
    assert.equal(/<link rel="(?:stylesheet|preload|icon)"[^>]*href="https?:/.test(text), false, `${file}: third-party stylesheet, preload or icon`);
  }
});

test("the feed is well-formed Atom with one entry per news item, newest first", () => {
  const file = path.join(rootOut, "2024", "feed.xml");
  assert.equal(XMLValidator.validate(readFileSync(file, "utf8")), true);
  const feed = readFeed(file);
  assert.equal(feed.language, "en-GB");
  assert.equal(feed.title, "LLM4Code 2024 news");
  assert.equal(feed.subtitle, "The First International Workshop on Large Language Models for Code");
  assert.equal(feed.author, "LLM4Code organizers");
  assert.equal(feed.id, `${ORIGIN}/2024/`);
  assert.deepEqual(feed.links, [`${ORIGIN}/2024/`, `${ORIGIN}/2024/feed.xml`]);
  assert.equal(feed.updated, "2024-02-26T00:00:00.000Z", "the newest item's day");
  assert.deepEqual(
    feed.entries.map((entry) => [entry.id, entry.updated]),
    [
      [`${ORIGIN}/2024/#news-2024-02-26-3`, "2024-02-26T00:00:00.000Z"],
      [`${ORIGIN}/2024/#news-2023-10-11-2`, "2023-10-11T00:00:00.000Z"],
      [`${ORIGIN}/2024/#news-2023-10-11-1`, "2023-10-11T00:00:00.000Z"],
    ],
  );
  const [first] = feed.entries;
  assert.equal(first?.title, "The accepted papers are online — 24 of them, research and position papers alike.");
  assert.match(first?.content ?? "", /^<p>The <a href="https:\/\/llm4code\.github\.io\/2024\/papers\/">accepted papers<\/a>/);
  assert.ok(feed.entries.every((entry) => entry.link === `${ORIGIN}/2024/`));
});

test("papers page: grouped by type, sorted by title, badges and a legend from cfp.yaml", () => {
  const page = readFileSync(path.join(rootOut, "2024/papers/index.html"), "utf8");
  const groups = [...page.matchAll(/<h2 id="group-([a-z-]+)">/g)].map((m) => m[1]);
  assert.deepEqual(groups, ["research", "position"]);
  const research = page.slice(page.indexOf('id="group-research"'), page.indexOf('id="group-position"'));
  const titles = [...research.matchAll(/<h3 class="paper__title"><a href="[^"]+">([^<]+)<\/a><\/h3>/g)].map((m) => m[1]!);
  assert.equal(titles.length, 19);
  assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  assert.equal((page.match(/class="badge badge--non-archival"/g) ?? []).length, 5 + 1, "five papers plus the legend");
  assert.match(page, /<dt><span class="badge badge--award">.*Best Paper Award<\/span><\/dt><dd>Chosen by the program committee/);
  assert.equal(/[🏆💡🪧]/u.test(page), false, "no emoji typed into titles");
});

test("program committee is sorted by family name", () => {
  const page = readFileSync(path.join(rootOut, "2024/pc/index.html"), "utf8");
  const names = [...page.matchAll(/<span class="people__name"><a href="[^"]*">([^<]+)<\/a>/g)].map((m) => m[1]!);
  assert.equal(names.length, 37);
  assert.equal(names[0], "Bram Adams");
  assert.equal(names.at(-1), "Thomas Zimmermann");
});

test("invalid content stops the build before anything is written, and keeps the old output", async () => {
  const { content, assets } = copyContent();
  edit(path.join(content, "2024/news.yaml"), "- date: 2024-02-26", "- date: someday");
  const out = path.join(tmp(), "site");
  await assert.rejects(buildSite({ output: out, content, assets, quiet: true }), (error: unknown) => {
    assert.ok(error instanceof ContentError);
    assert.match(error.message, /news\.yaml:4:9 news\[0\]\.date: must be a day/);
    return true;
  });
  assert.equal(existsSync(out), false);
});

test("text from data never reaches the HTML unescaped (every free-text field)", async () => {
  const { content, assets } = copyContent();
  const payload = `<script>alert(1)</script><img src=x onerror=alert(2)>"'><svg onload=alert(3)>`;
  // Put the payload in every field whose schema accepts free text.
  const { injectEverywhere } = await import("./inject.ts");
  const count = injectEverywhere(content, payload);
  assert.ok(count > 150, `only ${count} fields injected`);
  writeFileSync(path.join(content, "2024/pages/about.md"), `---\ntitle: "${payload.replace(/"/g, '\\"')}"\n---\n\n${payload}\n\n[x](javascript:alert(4))\n`);
  const out = await buildSite({ output: path.join(tmp(), "site"), content, assets, quiet: true });
  for (const file of walk(out).filter((f) => /\.(html|xml)$/.test(f))) {
    const text = readFileSync(file, "utf8");
    assert.equal(text.includes("<script>alert"), false, `${file} has a live <script>`);
    assert.equal(/<img src=x/i.test(text), false, `${file} has a live <img onerror>`);
    assert.equal(/<svg onload/i.test(text), false, `${file} has a live <svg onload>`);
    assert.equal(/href="javascript:/i.test(text), false, `${file} has a javascript: link`);
  }
  assert.match(readFileSync(path.join(out, "papers/index.html"), "utf8"), /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});
