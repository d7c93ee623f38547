/**
 * The pages of the built site (`_site`) that the browser suites visit.
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
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SITE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../_site");
export const MISSING_PATH = "colloquy-no-such-page/";

/** Per-item pages visited as samples of their template: one paper's page. */
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

function htmlFiles(dir: string, relative = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...htmlFiles(dir, child));
    else if (entry.isFile() && entry.name.endsWith(".html")) files.push(child);
  }
  return files;
}

/** The current edition's year, read from the root home page's canonical URL. */
function currentYear(): string {
  const home = readFileSync(path.join(SITE_DIR, "index.html"), "utf8");
  const year = /<link rel="canonical" href="[^"]*\/(\d{4})\/">/.exec(home)?.[1];
  if (!year) throw new Error("The root home page names no /<year>/ canonical URL");
  return year;
}

const PER_ITEM = /^\d{4}\/papers\/(?!page\/)[^/]+\/$/;

export function discoverPages(): SitePage[] {
  let files: string[];
  try {
    files = htmlFiles(SITE_DIR);
  } catch {
    throw new Error(`No built site in ${SITE_DIR}: run \`npm run build\` first (npm test does it for you).`);
  }
  const current = currentYear();
  const isRedirect = (file: string) => readFileSync(path.join(SITE_DIR, file), "utf8").includes('http-equiv="refresh"');
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
    const sample = SAMPLE_PAGES.includes(url);
    if (PER_ITEM.test(url) && !sample) continue;
    if (year === current && !home && !sample) continue;
    const name = url === "" ? "home" : url.replace(/\.html$/, "").replace(/\/$/, "").replace(/[^A-Za-z0-9_-]+/g, "-");
    pages.push({ name, url, status: 200, snapshot: !year || home || sample });
  }
  return pages;
}
