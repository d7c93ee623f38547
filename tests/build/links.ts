// Reads a built site: every page, and every URL its HTML, CSS and feeds point at. Kept rather
// than a link-checking library: see "Libraries" in README.md.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseSrcset } from "srcset";
import { readFeed } from "./atom.ts";

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Every URL in an HTML page's href, src and srcset attributes; a malformed srcset goes to `malformed` (by default, it throws). */
export function urlsInHtml(text: string, malformed: (problem: string) => void = (problem) => { throw new Error(problem); }): string[] {
  const urls: string[] = [];
  for (const m of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) urls.push(decode(m[1]!));
  for (const m of text.matchAll(/<meta http-equiv="refresh" content="\d+; url=([^"]*)">/g)) urls.push(decode(m[1]!));
  for (const m of text.matchAll(/\ssrcset="([^"]*)"/g)) {
    const value = decode(m[1]!);
    try {
      urls.push(...parseSrcset(value, { strict: true }).map((candidate) => candidate.url));
    } catch (error) {
      malformed(`malformed srcset "${value}": ${(error as Error).message}`);
    }
  }
  return urls;
}

export interface LinkReport {
  pages: string[];
  /** `page → url` for internal URLs that do not start with the prefix. */
  unprefixed: string[];
  /** `page → url` for internal URLs whose file or #fragment does not exist. */
  broken: string[];
  checked: number;
}

/** Check every internal URL of a site built under `prefix` (`/` or `/repo/`). */
export function checkLinks(outDir: string, prefix: string, origin: string): LinkReport {
  const files = walk(outDir);
  const pages = files.filter((f) => f.endsWith(".html"));
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const report: LinkReport = { pages: pages.map((p) => path.relative(outDir, p)), unprefixed: [], broken: [], checked: 0 };
  const sources = files.filter((f) => f.endsWith(".html") || path.basename(f) === "feed.xml");
  for (const file of sources) {
    const isFeed = file.endsWith(".xml");
    const text = readFileSync(file, "utf8");
    const rel = path.relative(outDir, file);
    // The site's own absolute URLs appear in feeds (the feed's and its entries' links) and
    // canonical links; elsewhere, news text included, an absolute URL is external.
    let own: string[];
    if (isFeed) {
      const feed = readFeed(file);
      own = [...feed.links, ...feed.entries.map((entry) => entry.link)];
    } else {
      own = [...text.matchAll(/<link rel="canonical" href="([^"]*)">/g)].map((m) => decode(m[1]!));
    }
    for (const url of own) {
      if (!url.startsWith(origin)) report.broken.push(`${rel} → ${url} (not on ${origin})`);
    }
    const inPage = isFeed ? [] : urlsInHtml(text, (problem) => report.broken.push(`${rel} → ${problem}`)).filter((u) => !own.includes(u));
    const urls = [...own.filter((u) => u.startsWith(origin)).map((u) => u.slice(origin.length)), ...inPage];
    for (const url of urls) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
      if (url.startsWith("#")) {
        if (url.length > 1 && !idsOf(file).has(url.slice(1))) report.broken.push(`${rel} → ${url}`);
        report.checked++;
        continue;
      }
      if (!url.startsWith(prefix)) {
        report.unprefixed.push(`${rel} → ${url}`);
        continue;
      }
      report.checked++;
      const [pathPart, fragment] = url.slice(prefix.length).split("#") as [string, string | undefined];
      const clean = pathPart.split("?")[0]!;
      let target = path.join(outDir, clean);
      if (clean === "" || clean.endsWith("/")) target = path.join(target, "index.html");
      if (!existsSync(target)) report.broken.push(`${rel} → ${url}`);
      else if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) report.broken.push(`${rel} → ${url} (no #${fragment})`);
    }
  }
  // Stylesheets: url(...) relative to the CSS file.
  for (const css of files.filter((f) => f.endsWith(".css"))) {
    for (const m of readFileSync(css, "utf8").matchAll(/url\(([^)]+)\)/g)) {
      const ref = m[1]!.replace(/["']/g, "");
      if (/^(data:|[a-z]+:)/i.test(ref)) continue;
      report.checked++;
      if (!existsSync(path.resolve(path.dirname(css), ref))) report.broken.push(`${path.relative(outDir, css)} → ${ref}`);
    }
  }
  return report;
}
