// sitemap.xml from the built pages: every page's canonical URL, once (the root copy of the current
// edition and its /<year>/ copy name the same canonical page), in a stable order, with no
// timestamps. Pages marked noindex (the 404 page) have no canonical link and are left out.
import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import path from "node:path";
import { escapeHtml } from "../lib/html.ts";

/**
 * Every `*.html` file under `dir`, as paths relative to it, sorted. `known`: files listed without
 * looking, whose folders hold no other page (the per-paper folders).
 */
export function htmlFiles(dir: string, known: ReadonlySet<string> = new Set()): string[] {
  const knownFolders = new Set([...known].map((file) => path.posix.dirname(file)));
  const out: string[] = [...known];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!knownFolders.has(child)) walk(child);
      } else if (entry.isFile() && entry.name.endsWith(".html")) out.push(child);
    }
  };
  walk("");
  return out.sort();
}

const CANONICAL = /<link rel="canonical" href="([^"]+)">/;
const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

/** The `<head>` of an HTML file, read up to `</head>` (the body of a large page is not read). */
export function readHead(file: string): string {
  const fd = openSync(file, "r");
  try {
    const chunk = Buffer.alloc(16 * 1024);
    let text = "";
    for (let read; (read = readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
      text += chunk.toString("latin1", 0, read);
      const end = text.indexOf("</head>");
      if (end >= 0) return Buffer.from(text.slice(0, end), "latin1").toString("utf8");
    }
    return Buffer.from(text, "latin1").toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * Canonical URLs of the built pages (HTML-unescaped), sorted and without duplicates. `known`: pages
 * whose canonical URL is known without reading them (file relative to `outDir` → URL).
 */
export function canonicalUrls(outDir: string, known: ReadonlyMap<string, string> = new Map()): string[] {
  const urls = new Set<string>();
  for (const file of htmlFiles(outDir, new Set(known.keys()))) {
    const url = known.get(file);
    if (url !== undefined) {
      urls.add(url);
      continue;
    }
    const head = readHead(path.join(outDir, file));
    if (NOINDEX.test(head)) continue;
    const match = CANONICAL.exec(head);
    if (match) urls.add(match[1]!.replace(/&amp;/g, "&").replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
  }
  return [...urls].sort();
}

export function sitemapXml(urls: readonly string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${escapeHtml(u)}</loc></url>`).join("\n")}
</urlset>
`;
}

/** robots.txt: everything may be crawled; the sitemap's absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
