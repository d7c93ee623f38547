/**
 * The pages of a built fixture site that the browser suites visit.
 *
 * Every page of the site is checked by the build tests (links, html-validate, escaping, the
 * root copy equal to the current edition's). In the browser, each template and each edition's
 * content is visited, not every copy of it:
 *
 * - every page at the site root (the current edition) and the 404 page;
 * - every page of the archived editions (their own content, the archive notice);
 * - the home page of the current edition under its own prefix (the rest of that copy equals the
 *   root, which the build tests prove);
 * - of the pages made per item (one per paper), the samples in SAMPLE_PAGES.
 *
 * Screenshots and ARIA snapshots: the root pages, each edition's home page and the samples.
 * Redirect pages (aliases) are followed by tests/e2e/editions.spec.ts instead.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { currentYear, htmlFiles, MISSING_PATH } from "../site/pages.ts";

/** The built fixture site `name` (see playwright.config.ts: npm test builds them into E2E_SITES). */
export function siteDir(name: "llm4code" | "vera" = "llm4code"): string {
  const sites = process.env.E2E_SITES ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.test-sites");
  return path.join(sites, name);
}

export const SITE_DIR = siteDir("llm4code");
export { MISSING_PATH } from "../site/pages.ts";

/** Per-item pages visited as samples of their template: one paper's page of the llm4code fixture. */
export const SAMPLE_PAGES = ["2024/papers/5/"];

export interface SitePage {
  /** Snapshot name: "home", "call", "2024-papers-5", "404". */
  name: string;
  /** Path relative to baseURL: "", "call/", … */
  url: string;
  status: number;
  /** Take a screenshot and an ARIA snapshot (every visited page gets the axe scan and request checks). */
  snapshot: boolean;
}


const PER_ITEM = /^\d{4}\/papers\/(?!page\/)[^/]+\/$/;

export function discoverPages(dir = SITE_DIR, samples: readonly string[] = SAMPLE_PAGES): SitePage[] {
  let files: string[];
  try {
    files = htmlFiles(dir);
  } catch {
    throw new Error(`No built site in ${dir}: run \`npm test\`, which builds the fixture sites.`);
  }
  const current = currentYear(dir);
  if (!current) throw new Error("The root home page names no /<year>/ canonical URL");
  const isRedirect = (file: string) => readFileSync(path.join(dir, file), "utf8").includes('http-equiv="refresh"');
  const pages: SitePage[] = [];
  for (const file of files.sort()) {
    if (isRedirect(file)) continue;
    if (file === "404.html") {
      pages.push({ name: "404", url: MISSING_PATH, status: 404, snapshot: true });
      continue;
    }
    const url = file === "index.html" ? "" : file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
    const year = /^(\d{4})\//.exec(url)?.[1];
    const home = /^\d{4}\/$/.test(url);
    const sample = samples.includes(url);
    if (PER_ITEM.test(url) && !sample) continue;
    if (year === current && !home && !sample) continue;
    const name = url === "" ? "home" : url.replace(/\.html$/, "").replace(/\/$/, "").replace(/[^A-Za-z0-9_-]+/g, "-");
    pages.push({ name, url, status: 200, snapshot: !year || home || sample });
  }
  return pages;
}
