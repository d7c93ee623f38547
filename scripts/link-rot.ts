// `npm run links -- [--site _site] [--report FILE.md] [--json FILE] [--summary FILE] [--retries 3]
// [--timeout 15000] [--concurrency 10] [--origin URL] [--skip REGEX]…`: checks every external link
// of a built site (every edition) and reports the dead ones with every page they appear on.
//
// The links are read from the built HTML here, with htmlparser2 (the parser linkinator itself uses):
// linkinator reports a working link on the first page it finds it only, and loses the other pages
// of a link it retries. Each distinct link is then handed to linkinator, on one generated page, to
// check (HEAD, then GET; redirects followed; timeouts, 5xx, 429 and network errors retried with
// exponential backoff; 404 and 410 final at once). Internal links are the build tests' and site
// checks' concern and are not requested; neither is any URL on the site's own origin.
//
// Exit status 0 whenever the check ran, dead links or not (they are a finding, not a failure of
// the check); 1 when it could not run (no built site, a bad option).
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Parser } from "htmlparser2";
import { LinkChecker } from "linkinator";
import { html } from "../src/lib/html.ts";
import { buildReport, classify, counts, type LinkRotReport, type Outcome, reportJson, reportMarkdown } from "./link-rot-report.ts";

export interface FindOptions {
  /** The site's own origin; also taken from every page's canonical link. */
  origin?: string;
  /** Links matching any of these are neither checked nor reported. */
  skip?: readonly RegExp[];
}

export interface CheckOptions {
  /** Retries of a link that timed out, answered 5xx or 429, or could not be reached (default 3). */
  retries?: number;
  /** Milliseconds allowed per request (default 15000). */
  timeout?: number;
  /** Requests at a time (default 10). */
  concurrency?: number;
  /** Up to this many random milliseconds added to each backoff (default 3000, linkinator's). */
  jitter?: number;
}

// Where a page refers to another resource. Under the site's CSP only links lead elsewhere, but a
// `src` to another origin would be a link to check too.
const HREF_ELEMENTS = new Set(["a", "area", "link"]);
// Relative URLs resolve against this base, and so never look external.
const LOCAL = "http://colloquy.invalid";

/** The site path a built file is served at: `2024/index.html` → `/2024/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  return `/${file.split(path.sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

/** Every external http(s) link of every HTML page of a built site: URL (without #fragment) → the pages it is on. */
export function findExternalLinks(site: string, { origin, skip = [] }: FindOptions = {}): { pages: number; links: Map<string, Set<string>> } {
  if (!existsSync(site)) throw new Error(`No built site in ${site}: run \`npm run build\` first, or give its folder with --site.`);
  const files = (readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith(".html")).sort();
  const own = new Set(origin ? [new URL(origin).origin] : []);
  const found: Array<[string, URL]> = [];
  for (const file of files) {
    const page = pagePath(file);
    const base = `${LOCAL}${page}`;
    const add = (value: string | undefined) => {
      if (!value) return;
      let url: URL;
      try {
        url = new URL(value.trim(), base);
      } catch {
        return; // not a URL at all; the build tests catch those
      }
      // Which origin is the site's own is known once every canonical link is read.
      if ((url.protocol === "http:" || url.protocol === "https:") && url.origin !== LOCAL) found.push([page, url]);
    };
    const parser = new Parser({
      onopentag(name, attributes) {
        if (HREF_ELEMENTS.has(name)) add(attributes.href);
        add(attributes.src);
        if (name === "link" && attributes.rel?.split(/\s+/).includes("canonical") && attributes.href) {
          own.add(new URL(attributes.href, base).origin);
        }
      },
    });
    parser.write(readFileSync(path.join(site, file), "utf8"));
    parser.end();
  }
  if (files.length > 0 && own.size === 0) throw new Error(`No page in ${site} names its canonical URL; give the site's origin with --origin.`);
  const links = new Map<string, Set<string>>();
  for (const [page, url] of found) {
    if (own.has(url.origin)) continue;
    url.hash = "";
    if (skip.some((re) => re.test(url.href))) continue;
    let pages = links.get(url.href);
    if (!pages) links.set(url.href, (pages = new Set()));
    pages.add(page);
  }
  return { pages: files.length, links };
}

/** Check distinct absolute URLs with linkinator; resolves to each URL's outcome. */
export async function checkUrls(urls: readonly string[], { retries = 3, timeout = 15_000, concurrency = 10, jitter = 3000 }: CheckOptions = {}): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  if (urls.length === 0) return outcomes;
  // linkinator checks the links of a page it is given: one page that links to each URL once.
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-links-"));
  const page = path.join(dir, "links.html");
  writeFileSync(page, html`<!doctype html><html lang="en"><title>External links</title>${urls.map((u) => html`<a href="${u}">${u}</a>\n`)}</html>`.toString());
  const retried = new Map<string, number>();
  const redirected = new Map<string, string>();
  const checker = new LinkChecker();
  checker.on("retry", (r) => retried.set(r.url, (retried.get(r.url) ?? 0) + 1));
  checker.on("redirect", (r) => {
    if (r.targetUrl) redirected.set(r.url, r.targetUrl);
  });
  try {
    const { links } = await checker.check({
      path: page,
      recurse: false,
      timeout,
      concurrency,
      redirects: "warn", // followed and accepted, with an event that names where they lead
      // Every transient failure, 429 included, goes through the bounded retries with backoff
      // (2 s, 2 s, 4 s, 8 s… plus jitter); `retry` would wait out any Retry-After, however long.
      retry: false,
      retryErrors: retries > 0,
      // linkinator retries once more than its count says.
      retryErrorsCount: retries - 1,
      retryErrorsJitter: jitter,
    });
    const wanted = new Set(urls);
    for (const result of links) {
      if (!wanted.has(result.url)) continue;
      outcomes.set(result.url, classify(result, { retries: retried.get(result.url), redirectedTo: redirected.get(result.url), timeout }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return outcomes;
}

/** Find and check the external links of the site built in `site`. */
export async function linkRot(site: string, options: FindOptions & CheckOptions & { log?: (line: string) => void } = {}): Promise<LinkRotReport> {
  const { pages, links } = findExternalLinks(site, options);
  options.log?.(`Checking ${links.size} external links found on ${pages} pages…`);
  const outcomes = await checkUrls([...links.keys()], options);
  return buildReport(pages, links, outcomes);
}

function integer(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      site: { type: "string", default: "_site" },
      report: { type: "string" },
      json: { type: "string" },
      summary: { type: "string" },
      retries: { type: "string" },
      timeout: { type: "string" },
      concurrency: { type: "string" },
      origin: { type: "string" },
      skip: { type: "string", multiple: true },
    },
  });
  const report = await linkRot(values.site, {
    retries: integer(values.retries, "retries", 0),
    timeout: integer(values.timeout, "timeout", 1),
    concurrency: integer(values.concurrency, "concurrency", 1),
    origin: values.origin,
    skip: (values.skip ?? []).map((s) => new RegExp(s)),
    log: (line) => console.error(line),
  });
  const markdown = reportMarkdown(report);
  if (values.report) writeFileSync(values.report, markdown);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(reportJson(report), null, 2)}\n`);
  // A GitHub job summary is a file each step appends to.
  if (values.summary) appendFileSync(values.summary, markdown);
  console.log(markdown);
  const n = counts(report);
  console.error(`${n.dead} dead, ${n.unverified} not verified, ${n.ok} OK.`);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
