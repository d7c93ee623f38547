// What a change does to the built site: the pages one build adds, removes and changes compared
// with another, and the other files (stylesheets, scripts, feeds, calendars, images, search
// indexes) that differ. Pure: the two builds come in as file lists with a reader, so the
// comparison can be tested on files made in memory; scripts/changed-pages.ts reads the folders.
//
// What differs between two builds of the same content is no change: the content hashes in image
// and asset names (`banner-2026-light-desktop-20669d7848-800.avif`, `site.3f2a9c01.css`, `?v=…`),
// which move when the image pipeline's version changes although the page says the same; the
// whitespace between tags; and the DTSTAMP of calendar files, which says when a calendar was made,
// not what it holds. A page whose HTML differs only in such a name still changed when the file it
// names did (a new speaker photo under the same name).

/** A built site: every file as a path relative to its folder ("/" separators), and a reader. */
export interface BuiltSite {
  readonly files: readonly string[];
  read(file: string): Uint8Array;
}

/** What kind of file a changed file is, for the report. */
export type FileKind = "stylesheet" | "script" | "font" | "image" | "search index" | "feed" | "sitemap" | "calendar" | "BibTeX" | "other";

export interface FileChange {
  /** Site path: `/css/site.css`, or a search index's folder `/2026/papers/search/`. */
  path: string;
  kind: FileKind;
}

export interface SiteChanges {
  pages: {
    /** Site paths of pages only the head has (`/2026/papers/new-paper/`), sorted. */
    added: string[];
    /** Site paths of pages only the base has, sorted. */
    removed: string[];
    /**
     * Site paths of pages both have whose normalised HTML differs, or that show an image (a file
     * named by its hash) whose content changed, sorted.
     */
    changed: string[];
    /** Pages both have with the same normalised HTML. */
    unchanged: number;
  };
  /** Every other file, by site path (a search index counts as one file). */
  files: { added: FileChange[]; removed: FileChange[]; changed: FileChange[] };
  /**
   * A file every page loads (stylesheet, script or font) was added, removed or changed: any page
   * may look different although its HTML is the same.
   */
  lookChanged: boolean;
}

/** The site path a page file is served at: `index.html` → `/`, `2026/news/index.html` → `/2026/news/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

const isPage = (file: string) => file.endsWith(".html");

// A content hash in a file name: 8 to 64 hex digits with at least one digit and one letter (so a
// date or a word is never one), or 10 or more digits (a hash that happens to have no letter, or a
// time stamp), between separators, before the file's extension.
const HASHED_NAME = /(?<=[-._])(?:(?=[0-9]*[a-f])(?=[a-f]*[0-9])[0-9a-f]{8,64}|[0-9]{10,64})(?=(?:[-._][\w-]*)*\.(?:avif|webp|png|jpe?g|gif|svg|ico|css|js|mjs|woff2?|pf_\w+)\b)/gi;
// A cache-busting version in a query string: `site.css?v=1a2b3c`.
const VERSION_QUERY = /([?&](?:amp;)?)v=[\w.-]+/g;

/** Replaces content hashes in asset names and `?v=` versions in URLs with `#`. */
export function normalizeAssetNames(text: string): string {
  return text.replace(HASHED_NAME, "#").replace(VERSION_QUERY, "$1v=#");
}

// Elements whose whitespace is part of what they show or do.
const WHITESPACE_KEPT = /<(pre|textarea|script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

// Runs of whitespace become one space, none between tags (a piece's ends are next to a kept element).
const collapse = (text: string) => text.replace(/\s+/g, " ").replace(/> </g, "><").replace(/> $/, ">").replace(/^ </, "<");

/**
 * A page's HTML with what does not change between builds of the same content taken out: content
 * hashes in asset names (and `?v=` versions), and runs of whitespace, collapsed to one space and
 * dropped between tags (except inside `pre`, `textarea`, `script` and `style`).
 */
export function normalizeHtml(html: string): string {
  const text = normalizeAssetNames(html);
  let out = "";
  let last = 0;
  for (const match of text.matchAll(WHITESPACE_KEPT)) {
    out += collapse(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return (out + collapse(text.slice(last))).trim();
}

const TEXT_FILES = /\.(css|js|mjs|json|xml|ics|txt|webmanifest|bib|svg|map)$/i;

/** Another file's bytes as compared: text files with asset hashes normalised, calendars without DTSTAMP. */
export function normalizeFile(file: string, bytes: Uint8Array): Uint8Array | string {
  if (!TEXT_FILES.test(file)) return bytes;
  let text = normalizeAssetNames(decoder.decode(bytes));
  if (file.endsWith(".ics")) text = text.replace(/^DTSTAMP[:;][^\r\n]*(?:\r?\n[ \t][^\r\n]*)*\r?\n?/gm, "");
  return text;
}

const decoder = new TextDecoder();

/** The kind of a file, by its name. */
export function fileKind(file: string): FileKind {
  const name = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
  if (name.endsWith(".css")) return "stylesheet";
  if (/\.m?js$/.test(name)) return "script";
  if (/\.(woff2?|ttf|otf)$/.test(name)) return "font";
  if (/\.(avif|webp|png|jpe?g|gif|svg|ico)$/.test(name)) return "image";
  if (name === "sitemap.xml") return "sitemap";
  if (/\.(xml|atom|rss)$/.test(name)) return "feed";
  if (name.endsWith(".ics")) return "calendar";
  if (name.endsWith(".bib")) return "BibTeX";
  return "other";
}

/** Kinds of file that every page loads: a change to one may change the look of any page. */
const LOOK_KINDS: ReadonlySet<FileKind> = new Set(["stylesheet", "script", "font"]);

// A Pagefind search index is a folder of files named by their content: adding one paper renames
// dozens of them. The folder is compared and reported as one file.
const SEARCH_ENTRY = "pagefind-entry.json";

function searchFolders(files: readonly string[]): string[] {
  return files.filter((f) => f === SEARCH_ENTRY || f.endsWith(`/${SEARCH_ENTRY}`)).map((f) => f.slice(0, -SEARCH_ENTRY.length));
}

/** One unit compared: a page, another file, or a search index folder with its files. */
interface Unit {
  files: string[];
}

/** The site's other files by key: their names with hashes normalised (the file's own name when two share a key). */
function otherUnits(site: BuiltSite, folders: readonly string[]): Map<string, Unit> {
  const units = new Map<string, Unit>();
  const byKey = new Map<string, string[]>();
  for (const file of site.files) {
    if (isPage(file)) continue;
    const folder = folders.find((f) => file.startsWith(f));
    if (folder !== undefined) {
      const unit = units.get(`/${folder}`) ?? { files: [] };
      unit.files.push(file);
      units.set(`/${folder}`, unit);
      continue;
    }
    const key = `/${normalizeAssetNames(file)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), file]);
  }
  for (const [key, files] of byKey) {
    if (files.length === 1) units.set(key, { files });
    else for (const file of files) units.set(`/${file}`, { files: [file] });
  }
  return units;
}

function sameBytes(a: Uint8Array | string, b: Uint8Array | string): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameUnit(base: BuiltSite, head: BuiltSite, a: Unit, b: Unit, folder: boolean): boolean {
  if (folder) {
    // Names inside a search index are its content hashes: the same names with the same bytes.
    const names = (unit: Unit) => [...unit.files].sort();
    const [left, right] = [names(a), names(b)];
    if (left.join("\n") !== right.join("\n")) return false;
    return left.every((file) => sameBytes(base.read(file), head.read(file)));
  }
  const [fa, fb] = [a.files[0]!, b.files[0]!];
  const [ra, rb] = [base.read(fa), head.read(fb)];
  return sameBytes(ra, rb) || sameBytes(normalizeFile(fa, ra), normalizeFile(fb, rb));
}

const sorted = (items: Iterable<string>) => [...items].sort();

/** Compares two builds of a site: the head (after the change) with the base (before it). */
export function compareSites(base: BuiltSite, head: BuiltSite): SiteChanges {
  const folders = [...new Set([...searchFolders(base.files), ...searchFolders(head.files)])];
  const baseUnits = otherUnits(base, folders);
  const headUnits = otherUnits(head, folders);
  const kindOf = (key: string) => (key.endsWith("/") ? "search index" : fileKind(key));
  // A file is reported by the name it has in the head (the base's when it was removed).
  const shown = (key: string, unit: Unit) => (key.endsWith("/") ? key : `/${unit.files[0]!}`);
  const files: SiteChanges["files"] = { added: [], removed: [], changed: [] };
  // Files named by a hash whose content changed: a page that names one changed, though only a name differs.
  const rehashed: string[] = [];
  for (const key of sorted(new Set([...baseUnits.keys(), ...headUnits.keys()]))) {
    const [a, b] = [baseUnits.get(key), headUnits.get(key)];
    if (!a) files.added.push({ path: shown(key, b!), kind: kindOf(key) });
    else if (!b) files.removed.push({ path: shown(key, a), kind: kindOf(key) });
    else if (!sameUnit(base, head, a, b, key.endsWith("/"))) {
      files.changed.push({ path: shown(key, b), kind: kindOf(key) });
      if (key.includes("#")) rehashed.push(key.slice(1));
    }
  }
  const lookChanged = [...files.added, ...files.removed, ...files.changed].some((f) => LOOK_KINDS.has(f.kind));

  const basePages = new Set(base.files.filter(isPage));
  const headPages = new Set(head.files.filter(isPage));
  const pages: SiteChanges["pages"] = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const file of headPages) {
    if (!basePages.has(file)) pages.added.push(pagePath(file));
  }
  for (const file of basePages) {
    if (!headPages.has(file)) {
      pages.removed.push(pagePath(file));
      continue;
    }
    const [a, b] = [base.read(file), head.read(file)];
    if (sameBytes(a, b)) {
      pages.unchanged++;
      continue;
    }
    const after = normalizeHtml(decoder.decode(b));
    const same = normalizeHtml(decoder.decode(a)) === after && !rehashed.some((key) => after.includes(key));
    if (same) pages.unchanged++;
    else pages.changed.push(pagePath(file));
  }
  pages.added = sorted(pages.added);
  pages.removed = sorted(pages.removed);
  pages.changed = sorted(pages.changed);
  return { pages, files, lookChanged };
}

/** Which pages of the head to screenshot, in this order, at most `limit`. */
export interface ScreenshotPlan {
  pages: string[];
  /** Pages included only because the look changed (the home page of each edition). */
  sampled: string[];
  /** Added or changed pages left out because they only redirect to another page. */
  redirects: string[];
  /** How many pages there were to screenshot before the limit. */
  wanted: number;
  limit: number;
}

/** True for a page that only sends the browser on to another (an old address kept working). */
export function isRedirectPage(html: string): boolean {
  return /<meta\s+http-equiv=["']?refresh["']?/i.test(html);
}

/**
 * The pages to screenshot: when the look changed, first the home page of every edition (`/` and
 * `/<year>/`) as a sample of the unchanged pages, then the added and the changed pages, except
 * `redirects` (pages that only redirect); at most `limit`.
 */
export function screenshotPlan(changes: SiteChanges, headPages: readonly string[], limit: number, redirects: ReadonlySet<string> = new Set()): ScreenshotPlan {
  const edited = [...changes.pages.added, ...changes.pages.changed];
  const sample = changes.lookChanged ? sorted(headPages.filter((p) => p === "/" || /^\/\d{4}\/$/.test(p))) : [];
  const all = [...new Set([...sample, ...edited])].filter((p) => !redirects.has(p));
  const pages = all.slice(0, Math.max(0, limit));
  const sampled = sample.filter((p) => !edited.includes(p) && pages.includes(p));
  return { pages, sampled, redirects: edited.filter((p) => redirects.has(p)), wanted: all.length, limit };
}

/** The screenshots taken, for the report: one pair of files per page. */
export interface ScreenshotReport {
  plan: ScreenshotPlan;
  shots: { page: string; desktop: string; mobile: string }[];
}

/** The file name stem of a page's screenshots: `/` → `index`, `/2026/papers/x/` → `2026_papers_x`. */
export function screenshotName(page: string): string {
  const stem = page.replace(/^\/|\/$/g, "").replace(/\.html$/, "").replace(/\//g, "_");
  return stem === "" ? "index" : stem;
}

export interface ReportOptions {
  /** The address the head is served at; pages become links to it. Without it, paths are shown as code. */
  siteUrl?: string;
  screenshots?: ScreenshotReport;
  /** At most this many entries per list in the Markdown (the job summary is limited in size). */
  listLimit?: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function pageLink(page: string, siteUrl: string | undefined): string {
  if (!siteUrl) return `\`${page}\``;
  return `[${page}](${siteUrl.replace(/\/+$/, "")}${encodeURI(page)})`;
}

function capped<T>(items: readonly T[], limit: number, line: (item: T) => string): string[] {
  const lines = items.slice(0, limit).map((item) => `- ${line(item)}`);
  if (items.length > limit) lines.push(`- … and ${items.length - limit} more`);
  return lines;
}

const LOOK_NOTE = "A stylesheet, script or font changed: any page may look different although its HTML did not change.";

/** The report in Markdown, for a GitHub job summary. */
export function markdownReport(changes: SiteChanges, options: ReportOptions = {}): string {
  const { pages, files } = changes;
  const limit = options.listLimit ?? 200;
  const pageCount = pages.added.length + pages.removed.length + pages.changed.length;
  const fileCount = files.added.length + files.removed.length + files.changed.length;
  const lines = ["## What this change does to the site"];
  if (pageCount === 0) lines.push("", fileCount === 0 ? "**No page changes**, and no other file changed." : "**No page changes.**");
  if (pageCount > 0 || fileCount > 0) {
    lines.push(
      "",
      "| | added | removed | changed | unchanged |",
      "| --- | ---: | ---: | ---: | ---: |",
      `| pages | ${pages.added.length} | ${pages.removed.length} | ${pages.changed.length} | ${pages.unchanged} |`,
      `| other files | ${files.added.length} | ${files.removed.length} | ${files.changed.length} | |`,
    );
  }
  if (changes.lookChanged) lines.push("", LOOK_NOTE);
  const section = (title: string, list: string[]) => {
    if (list.length === 0) return;
    lines.push("", `### ${title} (${list.length})`, "", ...capped(list, limit, (p) => pageLink(p, options.siteUrl)));
  };
  section("Pages added", pages.added);
  section("Pages removed", pages.removed);
  section("Pages changed", pages.changed);
  const other = [
    ...files.added.map((f) => ({ ...f, how: "added" })),
    ...files.removed.map((f) => ({ ...f, how: "removed" })),
    ...files.changed.map((f) => ({ ...f, how: "changed" })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (other.length > 0) {
    lines.push("", `### Other files (${other.length})`, "", ...capped(other, limit, (f) => `\`${f.path}\` (${f.kind}, ${f.how})`));
  }
  const shots = options.screenshots;
  if (shots) lines.push("", ...screenshotSection(shots));
  return `${lines.join("\n")}\n`;
}

function screenshotSection({ plan, shots }: ScreenshotReport): string[] {
  const lines = ["### Screenshots", ""];
  const redirects = plan.redirects.length > 0 ? [`Not shown, as they only redirect: ${plan.redirects.map((p) => `\`${p}\``).join(", ")}.`] : [];
  if (plan.wanted === 0) return [...lines, "No page to screenshot.", ...redirects];
  lines.push(`Full-page screenshots of the head build, light scheme, desktop (1280×800) and phone (390×844), of ${plural(shots.length, "page")}.`);
  if (plan.sampled.length > 0) {
    lines.push(`A stylesheet, script or font changed, so the home page of each edition is included as a sample of the pages whose HTML did not change: ${plan.sampled.map((p) => `\`${p}\``).join(", ")}.`);
  }
  lines.push(...redirects);
  if (plan.wanted > plan.pages.length) lines.push(`Only the first ${plan.limit} of ${plan.wanted} pages are shown (the limit).`);
  lines.push("", "| page | desktop | phone |", "| --- | --- | --- |");
  for (const shot of shots) lines.push(`| \`${shot.page}\` | \`${shot.desktop}\` | \`${shot.mobile}\` |`);
  return lines;
}

/** The report as plain text, for people at a terminal. */
export function textReport(changes: SiteChanges, screenshots?: ScreenshotReport): string {
  const { pages, files } = changes;
  const lines: string[] = [];
  const pageCount = pages.added.length + pages.removed.length + pages.changed.length;
  lines.push(
    pageCount === 0
      ? "No page changes."
      : `Pages: ${pages.added.length} added, ${pages.removed.length} removed, ${pages.changed.length} changed, ${pages.unchanged} unchanged.`,
  );
  for (const [label, list] of [["added", pages.added], ["removed", pages.removed], ["changed", pages.changed]] as const) {
    for (const page of list) lines.push(`  ${label.padEnd(8)}${page}`);
  }
  const fileCount = files.added.length + files.removed.length + files.changed.length;
  lines.push(fileCount === 0 ? "No other file changed." : `Other files: ${files.added.length} added, ${files.removed.length} removed, ${files.changed.length} changed.`);
  for (const [label, list] of [["added", files.added], ["removed", files.removed], ["changed", files.changed]] as const) {
    for (const file of list) lines.push(`  ${label.padEnd(8)}${file.path} (${file.kind})`);
  }
  if (changes.lookChanged) lines.push(LOOK_NOTE);
  if (screenshots) {
    const { plan, shots } = screenshots;
    lines.push(`Screenshots: ${plural(shots.length, "page")} (desktop and phone)${plan.wanted > plan.pages.length ? `, the first ${plan.limit} of ${plan.wanted}` : ""}${plan.sampled.length > 0 ? `, with ${plan.sampled.length} edition home pages as a sample` : ""}.`);
  }
  return `${lines.join("\n")}\n`;
}
