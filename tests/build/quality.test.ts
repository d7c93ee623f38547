// Publishing quality of a whole built site: valid HTML, byte-identical rebuilds, the
// Content-Security-Policy, link-preview metadata and share images, sitemap.xml and robots.txt,
// structured data, and safe external links.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import sharp from "sharp";
import { buildSite } from "../../scripts/build.ts";
import { fixture, ROOT } from "../helpers.ts";
import { eventProblems } from "../json-ld-shapes.ts";
import { walk } from "./links.ts";

const ORIGIN = "https://llm4code.github.io";
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "colloquy-quality-"));
let first = "";
let second = "";
let prefixed = "";

before(async () => {
  first = await buildSite({ ...fixture(), output: path.join(tmp(), "site"), quiet: true });
  second = await buildSite({ ...fixture(), output: path.join(tmp(), "site"), quiet: true });
  prefixed = await buildSite({ ...fixture(), output: path.join(tmp(), "site"), pathPrefix: "/llm4code/", quiet: true });
});

const htmlPages = (dir: string) => walk(dir).filter((f) => f.endsWith(".html")).sort();
const rel = (dir: string, file: string) => path.relative(dir, file).split(path.sep).join("/");
const read = (file: string) => readFileSync(file, "utf8");
const headOf = (text: string) => text.slice(0, text.indexOf("</head>"));
const attr = (head: string, selector: RegExp) => selector.exec(head)?.[1]?.replace(/&amp;/g, "&").replace(/&#39;/g, "'").replace(/&quot;/g, '"');
const meta = (head: string, key: string) => attr(head, new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, "\\$&")}" content="([^"]*)">`));

/** The built file a site URL is served from (`https://origin/prefix/2024/` → `2024/index.html`). */
function fileFor(dir: string, url: string, prefix = "/"): string | undefined {
  const { pathname } = new URL(url);
  if (!pathname.startsWith(prefix)) return undefined;
  const inside = pathname.slice(prefix.length);
  const file = path.join(dir, inside.endsWith("/") || inside === "" ? `${inside}index.html` : inside);
  return existsSync(file) ? file : undefined;
}

test("html-validate finds no error on any built page (root and prefixed builds)", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  let pages = 0;
  for (const dir of [first, prefixed]) {
    for (const file of htmlPages(dir)) {
      pages++;
      // Validate the text under the repository's config (the file itself lives in a temp folder).
      const report = await validator.validateString(read(file), path.join(ROOT, "_site", rel(dir, file)));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${rel(dir, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  assert.ok(pages >= 18, `only ${pages} pages validated`);
  assert.deepEqual(errors, []);
});

test("html-validate does catch broken markup (the check can fail)", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const report = await validator.validateString(`<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>x</div></p><img src="a.png"></body></html>`, path.join(ROOT, "_site", "x.html"));
  assert.equal(report.valid, false);
  assert.ok(report.results[0]!.messages.some((m) => m.ruleId === "wcag/h37"), "an image without alt is reported");
});

test("two builds of the same content are byte-identical", () => {
  const a = walk(first).map((f) => rel(first, f)).sort();
  const b = walk(second).map((f) => rel(second, f)).sort();
  assert.deepEqual(a, b, "the same files");
  const differing = a.filter((f) => !readFileSync(path.join(first, f)).equals(readFileSync(path.join(second, f))));
  assert.deepEqual(differing, [], "files whose bytes differ between two builds");
  assert.ok(a.length > 50, `only ${a.length} files compared`);
});

test("every page carries the strict Content-Security-Policy before anything it governs", () => {
  for (const file of htmlPages(first)) {
    const head = headOf(read(file));
    const policy = attr(head, /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    assert.ok(policy, `${rel(first, file)}: no CSP meta`);
    const directives = new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    // Pages with the papers search may compile its WebAssembly index reader, nothing more.
    const search = /<script src="[^"]*\/js\/paper-search\.js"/.test(head);
    assert.deepEqual(directives.get("script-src"), search ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"], "scripts: own files only");
    assert.deepEqual(directives.get("style-src"), ["'self'"], "styles: own files only");
    assert.deepEqual(directives.get("default-src"), ["'self'"]);
    assert.deepEqual(directives.get("object-src"), ["'none'"]);
    assert.deepEqual(directives.get("base-uri"), ["'none'"]);
    assert.equal(/'unsafe-(inline|eval|hashes)'|\*|https?:/.test(policy), false, `${rel(first, file)}: the policy allows too much: ${policy}`);
    const cspAt = head.indexOf('http-equiv="Content-Security-Policy"');
    const firstGoverned = head.search(/<(script|link|style|img)\b/);
    assert.ok(cspAt > 0 && cspAt < firstGoverned, `${rel(first, file)}: the CSP comes after a script, link or style`);
  }
});

test("every indexable page has a title, description, canonical URL, Open Graph and Twitter tags and a 1200×630 share image", async () => {
  const images = new Set<string>();
  for (const file of htmlPages(first)) {
    const name = rel(first, file);
    const head = headOf(read(file));
    const title = attr(head, /<title>([^<]+)<\/title>/);
    assert.ok(title && title.length <= 70, `${name}: title missing or longer than 70 characters`);
    assert.ok((meta(head, "description") ?? "").length > 20, `${name}: description`);
    if (/<meta name="robots" content="noindex">/.test(head)) {
      assert.ok(name === "404.html" || /<meta http-equiv="refresh"/.test(head), `${name}: only the 404 page and redirects are kept out of search engines`);
      continue;
    }
    // Root pages are the current edition (2026); every other page belongs to the edition of its folder.
    const year = /^(\d{4})\//.exec(name)?.[1] ?? "2026";
    const canonical = attr(head, /<link rel="canonical" href="([^"]+)">/) ?? "";
    assert.ok(canonical.startsWith(`${ORIGIN}/${year}/`), `${name}: canonical ${canonical} is not the permanent /${year}/ URL`);
    assert.ok(fileFor(first, canonical), `${name}: canonical ${canonical} is not a built page`);
    assert.equal(meta(head, "og:url"), canonical);
    assert.equal(meta(head, "og:title"), title);
    assert.equal(meta(head, "og:description"), meta(head, "description"));
    assert.equal(meta(head, "og:type"), /^\d{4}\/papers\/[^/]+\/index\.html$/.test(name) ? "article" : "website");
    assert.equal(meta(head, "twitter:card"), "summary_large_image");
    assert.equal(meta(head, "twitter:title"), title);
    const image = meta(head, "og:image") ?? "";
    assert.ok(image.startsWith(`${ORIGIN}/${year}/img/share-${year}-`), `${name}: og:image ${image}`);
    assert.equal(meta(head, "twitter:image"), image);
    assert.equal(meta(head, "og:image:width"), "1200");
    assert.equal(meta(head, "og:image:height"), "630");
    assert.ok((meta(head, "og:image:alt") ?? "").length > 5);
    images.add(image);
  }
  // One image per edition page: the root copy and the /2026/ copy of a page share it.
  // (one per paper pages reuse their section's image, so a build never makes one image per paper).
  const perPaper = /^\d{4}\/papers\/(?!page\/)[^/]+\/index\.html$/;
  const pages = htmlPages(first).filter((f) => /^\d{4}\//.test(rel(first, f)) && !perPaper.test(rel(first, f)) && !read(f).includes('http-equiv="refresh"'));
  assert.equal(images.size, pages.length, "one share image per edition page");
  // Each paper's page uses its edition's papers page image; this is the first build of the process.
  for (const file of htmlPages(first).filter((f) => perPaper.test(rel(first, f)))) {
    const year = rel(first, file).slice(0, 4);
    const list = meta(headOf(read(path.join(first, year, "papers/index.html"))), "og:image");
    assert.equal(meta(headOf(read(file)), "og:image"), list, `${rel(first, file)}: not the papers page's image`);
  }
  for (const image of images) {
    const file = fileFor(first, image);
    assert.ok(file, `${image} was not written`);
    const info = await sharp(file).metadata();
    assert.deepEqual([info.format, info.width, info.height], ["png", 1200, 630], image);
  }
});

test("the share image of a prefixed build is served from under the prefix", () => {
  const head = headOf(read(path.join(prefixed, "papers/index.html")));
  const image = meta(head, "og:image")!;
  assert.match(image, /^https:\/\/llm4code\.github\.io\/llm4code\/2026\/img\/share-2026-papers-[0-9a-f]{10}-1200\.png$/);
  assert.ok(fileFor(prefixed, image, "/llm4code/"));
});

function sitemapUrls(dir: string): string[] {
  const xml = read(path.join(dir, "sitemap.xml"));
  assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">\n/);
  assert.match(xml, /<\/urlset>\n$/);
  return [...xml.matchAll(/<url><loc>([^<]+)<\/loc><\/url>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

test("sitemap.xml lists exactly the canonical URLs, each a built page, once", () => {
  const urls = sitemapUrls(first);
  const canonicals = new Set(
    htmlPages(first)
      .map((f) => attr(headOf(read(f)), /<link rel="canonical" href="([^"]+)">/))
      .filter((u): u is string => Boolean(u)),
  );
  assert.deepEqual(urls, [...canonicals].sort());
  assert.equal(new Set(urls).size, urls.length, "no duplicates");
  for (const url of urls) {
    const file = fileFor(first, url);
    assert.ok(file, `${url} is not a built page`);
    assert.equal(attr(headOf(read(file)), /<link rel="canonical" href="([^"]+)">/), url, `${url} is not its own canonical URL`);
  }
  assert.ok(urls.includes(`${ORIGIN}/2024/`) && urls.includes(`${ORIGIN}/2024/papers/`));
  assert.ok(urls.includes(`${ORIGIN}/2026/`) && urls.includes(`${ORIGIN}/2025/papers/`));
  assert.equal(urls.some((u) => /\/404|^\/(call|papers)\/$|\/date\/$/.test(new URL(u).pathname)), false, "no root duplicates, no redirects, no 404");
});

test("robots.txt points at the sitemap by its absolute, base-path-aware URL", () => {
  assert.equal(read(path.join(first, "robots.txt")), `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
  assert.match(read(path.join(prefixed, "robots.txt")), /\nSitemap: https:\/\/llm4code\.github\.io\/llm4code\/sitemap\.xml\n$/);
  const urls = sitemapUrls(prefixed);
  assert.ok(urls.length > 5 && urls.every((u) => /^https:\/\/llm4code\.github\.io\/llm4code\/\d{4}\//.test(u) && fileFor(prefixed, u, "/llm4code/")));
});

test("the home page describes the workshop as a schema.org Event", () => {
  for (const [page, year, date, city] of [
    ["index.html", "2026", "2026-04-14", "Rio de Janeiro"],
    ["2026/index.html", "2026", "2026-04-14", "Rio de Janeiro"],
    ["2024/index.html", "2024", "2024-04-20", "Lisbon"],
  ] as const) {
    const blocks = [...read(path.join(first, page)).matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    assert.equal(blocks.length, 1, `${page}: one JSON-LD block`);
    const event = blocks[0];
    assert.deepEqual(eventProblems(event), [], page);
    assert.equal(event.startDate, date);
    assert.equal(event.location.address.addressLocality, city);
    assert.equal(event.url, `${ORIGIN}/${year}/`);
    assert.ok(fileFor(first, event.image[0]), "the Event image exists");
  }
});

test("links that open a new window cannot reach back (rel=noopener noreferrer)", () => {
  for (const file of htmlPages(first)) {
    for (const m of read(file).matchAll(/<a\b[^>]*>/g)) {
      if (!/\starget="_blank"/.test(m[0])) continue;
      const relValue = /\srel="([^"]*)"/.exec(m[0])?.[1]?.split(/\s+/) ?? [];
      assert.ok(relValue.includes("noopener") && relValue.includes("noreferrer"), `${rel(first, file)}: ${m[0]}`);
    }
  }
});
