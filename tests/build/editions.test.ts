// Several editions in one site: every edition at its permanent prefix, the current one also at
// the root, archives that only use their own files, aliases, custom domains, and scaffolding.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { parse } from "yaml";
import { buildSite, pagesPrefix } from "../../scripts/build.ts";
import { scaffoldEdition, ScaffoldError } from "../../scripts/new-edition.ts";
import { ContentError } from "../../src/content/errors.ts";
import { copyContent, edit, fixture, ROOT } from "../helpers.ts";
import { checkLinks, urlsInHtml, walk } from "./links.ts";

const ORIGIN = "https://llm4code.github.io";
const PREFIX = "/llm4code/";
const EDITIONS = ["2024", "2025", "2026"];
const CURRENT = "2026";
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "colloquy-editions-"));
let out = "";

before(async () => {
  // As the deploy workflow builds a project site: from the base path GitHub Pages reports.
  out = await buildSite({ ...fixture(), output: path.join(tmp(), "site"), pagesBasePath: "/llm4code", quiet: true });
});

const pagesOf = (dir: string) =>
  walk(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => path.relative(dir, f));
const read = (rel: string) => readFileSync(path.join(out, rel), "utf8");
/** `2024` for a file under `2024/`, "" for the root copy of the current edition. */
const editionOfFile = (rel: string) => /^(\d{4})\//.exec(rel)?.[1] ?? "";
/** Removes the parts of a page that are meant to link across editions: the editions menu and the archive notice. */
const withoutEditionLinks = (page: string) =>
  page.replace(/<details class="editions">[\s\S]*?<\/details>/, "").replace(/<div class="archive-notice"[\s\S]*?<\/div>/, "");

test("every page of every edition is built under its permanent prefix, and all links resolve with a base path", () => {
  for (const year of EDITIONS) {
    for (const page of ["index.html", "call/index.html", "papers/index.html", "organization/index.html", "pc/index.html", "feed.xml"]) {
      assert.ok(existsSync(path.join(out, year, page)), `${year}/${page} is missing`);
    }
  }
  const report = checkLinks(out, PREFIX, ORIGIN);
  assert.deepEqual(report.broken, []);
  assert.deepEqual(report.unprefixed, []);
  assert.ok(report.pages.length >= 3 * 8 + 8, `only ${report.pages.length} pages`);
  assert.ok(report.checked > 800, `only ${report.checked} links checked`);
});

test("an edition's pages use only its own images and the site-wide files; other editions are linked only from the editions menu and the archive notice", () => {
  const siteWide = /^(css|js|fonts|brand)\//;
  const problems: string[] = [];
  for (const rel of pagesOf(out)) {
    if (rel === "404.html") continue;
    const year = editionOfFile(rel) || CURRENT;
    for (const url of urlsInHtml(withoutEditionLinks(read(rel)))) {
      if (!url.startsWith(PREFIX)) continue;
      const target = url.slice(PREFIX.length);
      const other = /^(\d{4})\//.exec(target)?.[1];
      if (siteWide.test(target)) continue;
      if (other && other !== year) problems.push(`${rel} → ${url}`);
      // Root pages are the current edition: their images live under its prefix, pages at the root.
      if (!other && /^(img|\d{4}\/img)\//.test(target)) problems.push(`${rel} → ${url} (image outside an edition)`);
    }
  }
  assert.deepEqual(problems, []);
  assert.equal(existsSync(path.join(out, "img")), false, "no images outside an edition's folder");
});

test("the root presents the current edition: each root page equals its copy under /2026/", () => {
  const rootPages = pagesOf(out).filter((rel) => !/^\d{4}\//.test(rel) && rel !== "404.html");
  assert.ok(rootPages.length >= 8);
  for (const rel of rootPages) {
    const root = read(rel);
    const permanent = read(`${CURRENT}/${rel}`);
    // The same page, once page links are read relative to where each copy lives.
    // Site paths are read as if /2026/ were the root in both copies (images, per-paper pages and
    // search indexes live only under /2026/ and both copies use them); absolute URLs such as
    // og:url name the permanent page in both.
    const normalize = (page: string) =>
      page.replace(new RegExp(`(?<=["\\s,=])${PREFIX}${CURRENT}/`, "g"), PREFIX).replace(/<link rel="canonical"[^>]*>/, "");
    assert.equal(normalize(root), normalize(permanent), `${rel} differs from ${CURRENT}/${rel}`);
    if (root.includes('http-equiv="refresh"')) continue; // a redirect's canonical is its target (tested below)
    const canonical = `${ORIGIN}${PREFIX}${CURRENT}/${rel.replace(/index\.html$/, "")}`;
    assert.ok(root.includes(`<link rel="canonical" href="${canonical}">`), `${rel}: canonical ${canonical}`);
    assert.ok(permanent.includes(`<link rel="canonical" href="${canonical}">`), `${CURRENT}/${rel}: canonical ${canonical}`);
  }
});

test("archived editions say so on every page and link to the current one; the current edition does not", () => {
  for (const rel of pagesOf(out)) {
    const page = read(rel);
    if (page.includes('http-equiv="refresh"') || rel === "404.html") continue;
    const year = editionOfFile(rel);
    const archived = year !== "" && year !== CURRENT;
    assert.equal(page.includes('class="archive-notice"'), archived, `${rel}: archive notice`);
    if (archived) assert.match(page, new RegExp(`class="archive-notice"[\\s\\S]*?<a href="${PREFIX}">Go to LLM4Code ${CURRENT}</a>`));
  }
  const menu = read("2025/index.html").match(/<details class="editions">[\s\S]*?<\/details>/)![0];
  const entries = [...menu.matchAll(/<a href="([^"]+)"( aria-current="true")?>/g)].map((m) => [m[1], Boolean(m[2])]);
  assert.deepEqual(entries, [
    [PREFIX, false],
    [`${PREFIX}2025/`, true],
    [`${PREFIX}2024/`, false],
  ]);
});

test("aliases are redirect pages at every place the edition is published", () => {
  for (const base of ["", "2024/", "2025/", "2026/"]) {
    const page = read(`${base}date/index.html`);
    assert.match(page, new RegExp(`<meta http-equiv="refresh" content="0; url=${PREFIX}${base}dates/">`));
    assert.match(page, /<meta name="robots" content="noindex">/);
    const year = base.slice(0, 4) || CURRENT;
    assert.match(page, new RegExp(`<link rel="canonical" href="${ORIGIN}${PREFIX}${year}/dates/">`));
    assert.match(page, new RegExp(`<a href="${PREFIX}${base}dates/">`));
  }
});

test("a custom domain is written to CNAME; without one there is no CNAME", async () => {
  assert.equal(existsSync(path.join(out, "CNAME")), false);
  const { content, assets } = copyContent();
  edit(path.join(content, "site.yaml"), "url: https://llm4code.github.io", "url: https://llm4code.org\ndomain: llm4code.org");
  // Even if GitHub Pages still reports a project path, a custom domain is served from "/".
  const site = await buildSite({ output: path.join(tmp(), "site"), content, assets, pagesBasePath: "/llm4code", quiet: true });
  assert.equal(readFileSync(path.join(site, "CNAME"), "utf8"), "llm4code.org\n");
  assert.match(readFileSync(path.join(site, "index.html"), "utf8"), /<link rel="canonical" href="https:\/\/llm4code\.org\/2026\/">/);
  assert.deepEqual(checkLinks(site, "/", "https://llm4code.org").broken, []);
});

test("edition content errors: an alias that hides a page or leads nowhere, a domain that is not the site's url", async () => {
  const { content, assets } = copyContent();
  edit(path.join(content, "2025/edition.yaml"), "  date/: dates/", "  date/: dates/\n  papers/: call/\n  cfp/: calls/");
  edit(path.join(content, "site.yaml"), "current_edition:", "domain: llm4code.org\ncurrent_edition:");
  await assert.rejects(buildSite({ output: path.join(tmp(), "site"), content, assets, quiet: true }), (error: unknown) => {
    assert.ok(error instanceof ContentError);
    const lines = error.message
      .split("\n")
      .filter((l) => l.includes("content/"))
      .map((l) => l.replace(/^.*?content\//, "content/"));
    assert.deepEqual(lines, [
      'content/2025/edition.yaml:33:12 edition.aliases.papers/: "papers/" is a page of the site; an alias cannot replace it',
      'content/2025/edition.yaml:34:9 edition.aliases.cfp/: leads to "calls/", which is not a page of this edition',
      "content/site.yaml:8:9 site.domain: is llm4code.org, but url is https://llm4code.github.io; make url https://llm4code.org",
    ]);
    return true;
  });
});

test("new-edition scaffolds the next edition from the newest one, never overwrites, and the result builds", async () => {
  const { content, assets } = copyContent();
  const before = new Map(walk(content).map((f) => [f, readFileSync(f, "utf8")]));
  const result = scaffoldEdition({ year: 2027, contentDir: content, assetsDir: assets });
  assert.equal(result.from, 2026);
  assert.deepEqual(result.files, ["cfp.yaml", "committee.yaml", "dates.yaml", "edition.yaml", "news.yaml", "pages/about.md", "papers.yaml", "speakers.yaml"]);
  for (const [file, text] of before) assert.equal(readFileSync(file, "utf8"), text, `${file} changed`);

  const edition = readFileSync(path.join(content, "2027/edition.yaml"), "utf8");
  assert.match(edition, /^year: 2027$/m);
  assert.match(edition, /^ordinal: 4$/m);
  assert.match(edition, /^title: The Fourth International Workshop/m);
  assert.match(edition, /name: ICSE 2027/);
  const committee = readFileSync(path.join(content, "2027/committee.yaml"), "utf8");
  assert.match(committee, /role: General Co-Chairs/);
  assert.match(committee, /program_committee: \[\]/);
  assert.match(readFileSync(path.join(content, "2027/cfp.yaml"), "utf8"), /group: LLM agents for code-related tasks/);
  for (const empty of ["news", "papers", "dates", "speakers"]) {
    assert.match(readFileSync(path.join(content, `2027/${empty}.yaml`), "utf8"), /^\[\]$/m, `${empty}.yaml is empty`);
  }
  assert.equal(existsSync(path.join(content, "2027/program.yaml")), false);
  assert.ok(existsSync(path.join(assets, "2027")));

  assert.throws(() => scaffoldEdition({ year: 2027, contentDir: content, assetsDir: assets }), ScaffoldError);
  assert.throws(() => scaffoldEdition({ year: 2028, from: 2019, contentDir: content, assetsDir: assets }), /no edition 2019/);
  assert.deepEqual(readdirSync(content).filter((d) => d.startsWith(".")), [], "no staging folder left behind");

  edit(path.join(content, "site.yaml"), "current_edition: 2026", "current_edition: 2027");
  const site = await buildSite({ output: path.join(tmp(), "site"), content, assets, quiet: true });
  assert.match(readFileSync(path.join(site, "index.html"), "utf8"), /The Fourth International Workshop on Large Language Models for Code/);
  assert.match(readFileSync(path.join(site, "2026/index.html"), "utf8"), /class="archive-notice"/);
  assert.deepEqual(checkLinks(site, "/", ORIGIN).broken, []);
});

test("the deploy workflow builds with the base path GitHub Pages reports; a custom domain wins", () => {
  assert.equal(pagesPrefix(undefined, "/llm4code"), "/llm4code/");
  assert.equal(pagesPrefix(undefined, ""), "/");
  assert.equal(pagesPrefix("llm4code.org", "/llm4code"), "/");
  const workflow = parse(readFileSync(path.join(ROOT, ".github/workflows/deploy.yml"), "utf8")) as {
    jobs: { build: { steps: { id?: string; uses?: string; run?: string; env?: Record<string, string> }[] } };
  };
  const steps = workflow.jobs.build.steps;
  const pages = steps.find((s) => s.uses?.startsWith("actions/configure-pages@"));
  assert.equal(pages?.id, "pages");
  const build = steps.find((s) => s.run?.includes("npm run build"));
  assert.match(build?.run ?? "", /npm run build -- --pages-base-path="\$BASE_PATH"/);
  assert.equal(build?.env?.BASE_PATH, "${{ steps.pages.outputs.base_path }}");
  assert.ok(steps.some((s) => s.uses?.startsWith("actions/upload-pages-artifact@")));
  // Caches from earlier runs (images, file store, parses) are restored before anything builds.
  const cache = steps.findIndex((s) => s.uses?.startsWith("actions/cache@"));
  assert.ok(cache >= 0 && cache < steps.findIndex((s) => s.run?.includes("npm run check:site")), "the cache is restored before the site checks build");
  assert.equal((steps[cache] as { with?: { path?: string } }).with?.path, ".cache");
});
