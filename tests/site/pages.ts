/**
 * Which pages of a built site the site checks visit in the browser.
 *
 * Every page gets the static checks (links, assets, html-validate). In Chromium: every page but
 * the redirects (whose targets the link check proves), the 404 page at an address that does not
 * exist, the browser editor at /admin/, and of the pages made one per paper, an even sample of each edition's. The current
 * edition is published twice, at the root and at `/<year>/`, from the same templates and content:
 * the root copy is visited, and of the other only its home page.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ADMIN_DIR } from "../../src/config/editor.ts";

/** Per-paper pages visited per edition in the browser: the first, the last and some between. */
export const PAPER_SAMPLE = 3;
export const MISSING_PATH = "colloquy-no-such-page/";

export interface VisitedPage {
  /** Path relative to the site's base URL: "", "call/", "2024/papers/5/". */
  url: string;
  status: number;
}

export function htmlFiles(dir: string, relative = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...htmlFiles(dir, child));
    else if (entry.isFile() && entry.name.endsWith(".html")) files.push(child);
  }
  return files.sort();
}

const PER_PAPER = /^(\d{4})\/papers\/(?!page\/)[^/]+\/$/;

/** `count` items spread evenly over `items`, always with the first and the last. */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count === 1) return [items[0]!];
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

/** The current edition's year, from the root home page's canonical URL (`…/2026/`). */
export function currentYear(dir: string): string | undefined {
  const home = readFileSync(path.join(dir, "index.html"), "utf8");
  return /<link rel="canonical" href="[^"]*\/(\d{4})\/">/.exec(home)?.[1];
}

export function pagesToVisit(dir: string, sample = PAPER_SAMPLE): VisitedPage[] {
  const current = currentYear(dir);
  const pages: VisitedPage[] = [];
  const papers = new Map<string, string[]>();
  for (const file of htmlFiles(dir)) {
    if (readFileSync(path.join(dir, file), "utf8").includes('http-equiv="refresh"')) continue;
    // The browser editor is the CMS's own application, tested by tests/build/cms.test.ts.
    if (file === `${ADMIN_DIR}/index.html`) continue;
    if (file === "404.html") {
      pages.push({ url: MISSING_PATH, status: 404 });
      continue;
    }
    const url = file === "index.html" ? "" : file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
    const paper = PER_PAPER.exec(url);
    if (paper) papers.set(paper[1]!, [...(papers.get(paper[1]!) ?? []), url]);
    else if (!current || !url.startsWith(`${current}/`) || url === `${current}/`) pages.push({ url, status: 200 });
  }
  for (const urls of papers.values()) for (const url of evenSample(urls, sample)) pages.push({ url, status: 200 });
  return pages;
}
