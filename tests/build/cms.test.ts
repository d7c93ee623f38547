// The browser editor end to end: a copy of the llm4code fixture as a git repository, Decap's
// local backend (decap-server) on it, a build of the copy with that backend served locally, and
// Chromium adding a news item through the editor's interface. The copy's news.yaml gains the item
// and still validates; the page loads under its own policy with no violation.
import assert from "node:assert/strict";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { chromium, type Browser } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { buildSite } from "../../scripts/build.ts";
import { PLAYWRIGHT_ARGS, DEFAULT_CHROMIUM_PATH, LOCAL_ONLY_ARGS } from "../../scripts/chromium.ts";
import { createSiteServer } from "../../scripts/serve.ts";
import { loadSite } from "../../src/content/load.ts";
import { copyContent, ROOT } from "../helpers.ts";

const SCREENSHOT = path.join(os.tmpdir(), "cms-news.png");

async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let site: ReturnType<typeof copyContent>;
let out: string;
let decap: ChildProcess;
let web: ReturnType<typeof createSiteServer>;
let webUrl: string;
let browser: Browser;

before(async () => {
  site = copyContent("llm4code");
  appendFileSync(path.join(site.content, "site.yaml"), "editor:\n  repo: example/workshop\n  pull_requests: false\n");
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Editor", "-c", "user.email=editor@example.org", ...args], { cwd: site.root, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "content");

  const port = await freePort();
  decap = spawn(process.execPath, [path.join(ROOT, "node_modules/decap-server/dist/index.js")], {
    env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", MODE: "git", GIT_REPO_DIRECTORY: site.root, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("decap-server did not start")), 30_000);
    decap.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    decap.on("exit", (code) => reject(new Error(`decap-server exited with ${code}`)));
  });

  out = mkdtempSync(path.join(os.tmpdir(), "colloquy-cms-site-"));
  await buildSite({ content: site.content, assets: site.assets, output: out, quiet: true, cmsLocalBackend: `http://127.0.0.1:${port}/api/v1` });
  web = createSiteServer({ dir: out });
  await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
  webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH, args: [...PLAYWRIGHT_ARGS, ...LOCAL_ONLY_ARGS] });
});

after(async () => {
  await browser?.close();
  web?.close();
  decap?.kill();
  if (site) rmSync(site.root, { recursive: true, force: true });
  if (out) rmSync(out, { recursive: true, force: true });
});

test("the editor is published at /admin/ with its configuration, kept out of the sitemap", async () => {
  assert.ok(existsSync(path.join(out, "admin/index.html")));
  assert.ok(existsSync(path.join(out, "admin/decap-cms.js")));
  assert.match(readFileSync(path.join(out, "admin/config.yml"), "utf8"), /file: content\/2026\/news\.yaml/);
  const page = readFileSync(path.join(out, "admin/index.html"), "utf8");
  assert.match(page, /<meta name="robots" content="noindex">/);
  assert.doesNotMatch(page, /<script>|<style>| style="/);
  assert.doesNotMatch(readFileSync(path.join(out, "sitemap.xml"), "utf8"), /admin/);
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(page, path.join(ROOT, "_site", "admin/index.html"));
  assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)), []);
});

test("a news item added in the editor lands in the edition's news.yaml, which still validates", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1" && url.protocol !== "data:" && url.protocol !== "blob:") foreign.push(request.url());
  });

  await page.goto(`${webUrl}/admin/`);
  await page.getByRole("button", { name: /login/i }).click();
  await page.goto(`${webUrl}/admin/#/collections/news/entries/2026`);
  await page.getByRole("button", { name: /add entries/i }).first().click();
  const date = page.locator("input[id^='date-field']").last();
  await date.fill("2026-12-01");
  const text = page.locator("[data-slate-editor='true']").last();
  await text.click();
  await page.keyboard.type("The proceedings are online.");
  await page.screenshot({ path: SCREENSHOT });
  await page.getByRole("button", { name: /^publish$/i }).click();
  await page.getByRole("menuitem", { name: /publish now/i }).click();

  const newsFile = path.join(site.content, "2026/news.yaml");
  const deadline = Date.now() + 30_000;
  while (!readFileSync(newsFile, "utf8").includes("The proceedings are online.") && Date.now() < deadline) await page.waitForTimeout(250);
  const saved = readFileSync(newsFile, "utf8");
  assert.match(saved, /The proceedings are online\./, "news.yaml was not saved");
  assert.match(saved, /^# yaml-language-server: \$schema=\.\.\/schemas\/news\.schema\.json/, "the file's leading comment is kept");

  const model = loadSite({ contentDir: site.content, assetsDir: site.assets });
  const edition = model.editions.find((e) => e.year === 2026)!;
  const added = edition.news.find((item) => item.text.includes("The proceedings are online."));
  assert.deepEqual(added, { date: "2026-12-01", text: "The proceedings are online." });
  assert.deepEqual(problems, [], "no error in the console (no CSP violation, no missing file)");
  assert.deepEqual(foreign, [], "no request leaves the machine");
  await page.close();
});

test("a day picked in the editor's date field is saved as YYYY-MM-DD and validates", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/admin/`);
  await page.getByRole("button", { name: /login/i }).click();
  await page.goto(`${webUrl}/admin/#/collections/dates/entries/2026`);
  await page.getByRole("button", { name: /add entries/i }).first().click();
  await page.locator("input[id^='id-field']").last().fill("proceedings");
  await page.locator("input[id^='label-field']").last().fill("Proceedings online");
  const day = page.locator("input[id^='date-field']").last();
  await day.fill("2026-12-01");
  await page.locator("input[id^='zone-field']").last().fill("AoE");
  await page.getByRole("button", { name: /^publish$/i }).click();
  await page.getByRole("menuitem", { name: /publish now/i }).click();
  const datesFile = path.join(site.content, "2026/dates.yaml");
  const deadline = Date.now() + 30_000;
  while (!readFileSync(datesFile, "utf8").includes("proceedings") && Date.now() < deadline) await page.waitForTimeout(250);
  const edition = loadSite({ contentDir: site.content, assetsDir: site.assets }).editions.find((e) => e.year === 2026)!;
  const added = edition.dates.find((d) => d.id === "proceedings");
  assert.deepEqual(added && { date: added.date, zone: added.zone, label: added.label }, { date: "2026-12-01", zone: "AoE", label: "Proceedings online" });
  // The dates nobody touched are written back as they were.
  assert.match(readFileSync(datesFile, "utf8"), /- id: submission\n  label: Paper submission\n  date: 2025-10-31\n  time: "23:59"/);
  await page.close();
});

test("a Markdown page made in the editor is a valid page of its edition", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/admin/`);
  await page.getByRole("button", { name: /login/i }).click();
  await page.goto(`${webUrl}/admin/#/collections/pages-2026/new`);
  await page.locator("input[id^='title-field']").fill("Travel grants");
  await page.locator("input[id^='description-field']").fill("Who can apply for a travel grant.");
  await page.locator("[data-slate-editor='true']").last().click();
  await page.keyboard.type("Students may apply until March.");
  await page.getByRole("button", { name: /^publish$/i }).click();
  await page.getByRole("menuitem", { name: /publish now/i }).click();
  const file = path.join(site.content, "2026/pages/travel-grants.md");
  const deadline = Date.now() + 30_000;
  while (!existsSync(file) && Date.now() < deadline) await page.waitForTimeout(250);
  assert.ok(existsSync(file), "the page was not saved");
  const edition = loadSite({ contentDir: site.content, assetsDir: site.assets }).editions.find((e) => e.year === 2026)!;
  const made = edition.pages.find((p) => p.slug === "travel-grants");
  assert.deepEqual(made?.front, { title: "Travel grants", description: "Who can apply for a travel grant." });
  assert.equal(made?.body.trim(), "Students may apply until March.");
  await page.close();
});

test("with cms: sveltia the page loads Sveltia CMS from the site's files, without 'unsafe-eval', and offers token sign-in", async () => {
  const copy = copyContent("llm4code");
  const built = mkdtempSync(path.join(os.tmpdir(), "colloquy-cms-sveltia-"));
  try {
    appendFileSync(path.join(copy.content, "site.yaml"), "editor:\n  cms: sveltia\n  repo: example/workshop\n");
    await buildSite({ content: copy.content, assets: copy.assets, output: built, quiet: true, pathPrefix: "/workshop/" });
    const html = readFileSync(path.join(built, "admin/index.html"), "utf8");
    assert.match(html, /<script src="\/workshop\/admin\/cms\.js"><\/script>\s*<script src="\/workshop\/admin\/sveltia-cms\.js"><\/script>/);
    assert.doesNotMatch(html, /unsafe-eval/);
    assert.match(readFileSync(path.join(built, "admin/config.yml"), "utf8"), /site_url: https:\/\/llm4code\.github\.io\/workshop\//);
    const server = createSiteServer({ dir: built, prefix: "/workshop/" });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/.test(message.text())) refused.push(message.text());
    });
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/workshop/admin/`);
      await page.getByRole("button", { name: /access token/i }).waitFor();
      // Only Sveltia's own calls to CDNs and status pages are refused, never a script of the CMS.
      assert.deepEqual(refused.filter((text) => /script-src|unsafe-eval/.test(text)), []);
    } finally {
      await page.close();
      server.close();
    }
  } finally {
    rmSync(copy.root, { recursive: true, force: true });
    rmSync(built, { recursive: true, force: true });
  }
});
