/**
 * `npm run changes -- --base <dir> --head <dir> [--summary <file>] [--json <file>]
 *   [--screenshots <dir>] [--max-screenshots 40] [--site-url <url>] [--prefix /repo/]`
 *
 * What a change does to the built site: compares two output folders of `npm run build` (the base
 * before the change, the head after it) and lists the pages the head adds, removes and changes,
 * and the other files that differ (src/lib/site-changes.ts says what is normalised away).
 *
 * - stdout: the report as plain text.
 * - `--summary FILE`: the report in Markdown, appended (a GitHub job summary, `$GITHUB_STEP_SUMMARY`).
 * - `--json FILE`: the result as JSON.
 * - `--screenshots DIR`: full-page screenshots of the head, light scheme, desktop (1280×800) and
 *   phone (390×844), of every added or changed page (and, when a stylesheet, script or font
 *   changed, of the home page of each edition), at most `--max-screenshots` pages (default 40),
 *   served from a local server over the head folder under `--prefix` (the path prefix the head
 *   was built with; by default read from its home page's stylesheet link, else `/`).
 * - `--site-url URL`: where the head is published (a preview); pages become links to it.
 *
 * Exits with 0 whatever changed (it reports, it does not judge), 2 on a wrong invocation.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  compareSites,
  isRedirectPage,
  markdownReport,
  pagePath,
  screenshotName,
  screenshotPlan,
  textReport,
  type BuiltSite,
  type ScreenshotReport,
  type SiteChanges,
} from "../src/lib/site-changes.ts";
import { normalizePrefix } from "../src/lib/urls.ts";
import { PLAYWRIGHT_ARGS, findChromium, LOCAL_ONLY_ARGS } from "./chromium.ts";
import { option } from "./cli.ts";
import { createSiteServer } from "./serve.ts";

/** A built site's folder, read on demand. */
export function siteFolder(dir: string): BuiltSite {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
  return { files, read: (file) => readFileSync(path.join(dir, file)) };
}

/**
 * The path prefix a site was built with, read from its home page's stylesheet link
 * (`/llm4code/css/site.css` → `/llm4code/`); `/` when that cannot be told.
 */
export function builtPrefix(dir: string): string {
  const home = path.join(dir, "index.html");
  if (!existsSync(home)) return "/";
  const link = /<link rel="stylesheet" href="([^"]*?)css\/site[^"/]*\.css"/.exec(readFileSync(home, "utf8"));
  return normalizePrefix(link?.[1] ?? "/");
}

/** The two screen sizes, as in the browser tests. */
export const DEVICES = {
  desktop: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
  mobile: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

/**
 * Full-page screenshots of `pages` (site paths) of the built site in `dir`, served under `prefix`,
 * into `outDir` as `<name>.desktop.png` and `<name>.mobile.png`. Light scheme; locale, time zone
 * and reduced motion pinned like the browser tests; no request leaves the machine.
 */
export async function takeScreenshots(dir: string, pages: readonly string[], outDir: string, prefix = "/"): Promise<ScreenshotReport["shots"]> {
  mkdirSync(outDir, { recursive: true });
  const shots = pages.map((page) => ({ page, desktop: `${screenshotName(page)}.desktop.png`, mobile: `${screenshotName(page)}.mobile.png` }));
  if (pages.length === 0) return shots;
  const base = normalizePrefix(prefix);
  const server = createSiteServer({ dir, prefix: base });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Loaded only when screenshots are asked for: the comparison alone needs no browser.
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: await findChromium(), args: [...PLAYWRIGHT_ARGS, ...LOCAL_ONLY_ARGS] });
  try {
    for (const name of ["desktop", "mobile"] as const) {
      const context = await browser.newContext({
        ...DEVICES[name],
        deviceScaleFactor: 1,
        colorScheme: "light",
        locale: "en-GB",
        timezoneId: "UTC",
        reducedMotion: "reduce",
        serviceWorkers: "block",
      });
      const tab = await context.newPage();
      for (const shot of shots) {
        await tab.goto(`${origin}${base}${shot.page.slice(1)}`, { waitUntil: "load" });
        await tab.evaluate(() => document.fonts.ready);
        await tab.screenshot({ path: path.join(outDir, shot[name]), fullPage: true, animations: "disabled" });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
    server.closeAllConnections();
  }
  return shots;
}

export interface ChangedPagesOptions {
  base: string;
  head: string;
  summary?: string;
  json?: string;
  screenshots?: string;
  maxScreenshots?: number;
  siteUrl?: string;
  prefix?: string;
}

export interface ChangedPagesResult {
  changes: SiteChanges;
  screenshots?: ScreenshotReport;
  text: string;
  markdown: string;
}

/** Compares the two builds, takes the screenshots, and writes the reports asked for. */
export async function changedPages(options: ChangedPagesOptions): Promise<ChangedPagesResult> {
  const head = siteFolder(options.head);
  const changes = compareSites(siteFolder(options.base), head);
  let screenshots: ScreenshotReport | undefined;
  if (options.screenshots) {
    const headPages = new Map(head.files.filter((f) => f.endsWith(".html")).map((f) => [pagePath(f), f]));
    const edited = [...changes.pages.added, ...changes.pages.changed];
    const redirects = new Set(edited.filter((p) => isRedirectPage(new TextDecoder().decode(head.read(headPages.get(p)!)))));
    const plan = screenshotPlan(changes, [...headPages.keys()], options.maxScreenshots ?? 40, redirects);
    const shots = await takeScreenshots(options.head, plan.pages, options.screenshots, options.prefix ?? builtPrefix(options.head));
    screenshots = { plan, shots };
  }
  const text = textReport(changes, screenshots);
  const markdown = markdownReport(changes, { siteUrl: options.siteUrl, screenshots });
  if (options.summary) appendFileSync(options.summary, `${markdown}\n`);
  if (options.json) {
    const result = { base: options.base, head: options.head, ...changes, ...(screenshots ? { screenshots: { dir: options.screenshots, ...screenshots } } : {}) };
    writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
  }
  return { changes, screenshots, text, markdown };
}

const USAGE =
  "Usage: npm run changes -- --base <dir> --head <dir> [--summary <file>] [--json <file>] [--screenshots <dir>] [--max-screenshots <n>] [--site-url <url>] [--prefix <path>]";

async function main(args: string[]): Promise<void> {
  const base = option(args, "base");
  const head = option(args, "head");
  const max = option(args, "max-screenshots");
  const problems: string[] = [];
  for (const [name, dir] of [["--base", base], ["--head", head]] as const) {
    if (!dir) problems.push(`${name} is required.`);
    else if (!existsSync(dir) || !statSync(dir).isDirectory()) problems.push(`${name} ${dir}: no such folder (build the site into it first).`);
  }
  if (max !== undefined && !/^\d+$/.test(max)) problems.push(`--max-screenshots ${max}: not a whole number.`);
  if (problems.length > 0) {
    console.error([...problems, USAGE].join("\n"));
    process.exitCode = 2;
    return;
  }
  const result = await changedPages({
    base: base!,
    head: head!,
    summary: option(args, "summary"),
    json: option(args, "json"),
    screenshots: option(args, "screenshots"),
    maxScreenshots: max === undefined ? undefined : Number(max),
    siteUrl: option(args, "site-url"),
    prefix: option(args, "prefix"),
  });
  process.stdout.write(result.text);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) await main(process.argv.slice(2));
