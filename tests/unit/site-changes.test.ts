// The comparison of two built sites (src/lib/site-changes.ts), on sites made in memory.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  compareSites,
  fileKind,
  isRedirectPage,
  markdownReport,
  normalizeAssetNames,
  normalizeHtml,
  pagePath,
  screenshotName,
  screenshotPlan,
  textReport,
  type BuiltSite,
  type SiteChanges,
} from "../../src/lib/site-changes.ts";

/** A built site from a map of file → text. */
function site(files: Record<string, string>): BuiltSite {
  const bytes = new Map(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]));
  return {
    files: [...bytes.keys()].sort(),
    read: (file) => {
      const found = bytes.get(file);
      if (!found) throw new Error(`read of a file the site does not have: ${file}`);
      return found;
    },
  };
}

const page = (body: string, image = "/2026/img/banner-2026-light-desktop-20669d7848-800.avif") =>
  `<!doctype html>\n<html lang="en">\n<head>\n<link rel="stylesheet" href="/css/site.css">\n</head>\n<body>\n  <img src="${image}" alt="">\n  <main>${body}</main>\n</body>\n</html>\n`;

const calendar = (stamp: string, summary = "Paper submission") =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:2026-date-submission@example.org\r\nSEQUENCE:0\r\nDTSTAMP:${stamp}\r\nSUMMARY:${summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;

test("a page file's site path", () => {
  assert.equal(pagePath("index.html"), "/");
  assert.equal(pagePath("2026/news/index.html"), "/2026/news/");
  assert.equal(pagePath("2026/papers/x/index.html"), "/2026/papers/x/");
  assert.equal(pagePath("404.html"), "/404.html");
});

test("content hashes in asset names and ?v= versions are normalised; years, dates, words and folders are not", () => {
  assert.equal(normalizeAssetNames("/2026/img/banner-2026-light-desktop-20669d7848-800.avif"), "/2026/img/banner-2026-light-desktop-#-800.avif");
  assert.equal(normalizeAssetNames(`href="/brand/favicon-a418f9be6b-32.png"`), `href="/brand/favicon-#-32.png"`);
  assert.equal(normalizeAssetNames("/css/site.3f2a9c01.css /js/theme-0a1b2c3d4e.js"), "/css/site.#.css /js/theme-#.js");
  assert.equal(normalizeAssetNames("/2026/img/speaker-2026-ada-0123456789-400.webp"), "/2026/img/speaker-2026-ada-#-400.webp", "a hash without a letter");
  assert.equal(normalizeAssetNames("search/pagefind.en_16f7bb43a3.pf_meta"), "search/pagefind.en_#.pf_meta");
  assert.equal(normalizeAssetNames(`<link href="/css/site.css?v=1a2b3c">`), `<link href="/css/site.css?v=#">`);
  for (const kept of ["/2026/img/speaker-2026-20260414.png", "/img/decade-facade-deadbeef.png", "/2024/papers/cafe1234/", "/2024/papers/cafe1234/cafe1234.bib", "share-2026-home-e886-1200.png"]) {
    assert.equal(normalizeAssetNames(kept), kept);
  }
});

test("normalised HTML ignores whitespace between tags and hashes, keeps what a reader sees and pre-formatted text", () => {
  const a = page("<h1>News</h1>\n    <p>The   program is online.</p>");
  const b = page("<h1>News</h1><p>The program is online.</p>", "/2026/img/banner-2026-light-desktop-ffffffff00-800.avif").replace(/\n/g, "\n\n");
  assert.equal(normalizeHtml(a), normalizeHtml(b));
  assert.notEqual(normalizeHtml(a), normalizeHtml(page("<h1>News</h1><p>The program is offline.</p>")));
  assert.notEqual(normalizeHtml("<pre>@inproceedings{x,\n  title = {A}\n}</pre>"), normalizeHtml("<pre>@inproceedings{x,\n title = {A}\n}</pre>"));
  assert.equal(normalizeHtml("<p>a</p>\n<pre>  x\n</pre>\n<p>b   c</p>"), "<p>a</p><pre>  x\n</pre><p>b c</p>");
});

test("file kinds", () => {
  assert.deepEqual(
    ["/css/site.css", "/js/theme.js", "/fonts/a.woff2", "/2026/img/a-1.png", "/sitemap.xml", "/2026/feed.xml", "/2026/dates.ics", "/2026/papers/x/x.bib", "/robots.txt"].map(fileKind),
    ["stylesheet", "script", "font", "image", "sitemap", "feed", "calendar", "BibTeX", "other"],
  );
});

const BASE = {
  "index.html": page("<p>Home</p>"),
  "2026/index.html": page("<p>Home</p>"),
  "2026/papers/index.html": page("<ul><li>One</li></ul>"),
  "2026/papers/one/index.html": page("<h1>One</h1>"),
  "2026/old/index.html": page("<p>Old</p>"),
  "2026/speakers/index.html": page("<h1>Keynotes</h1>", "/2026/img/speaker-2026-ada-0123456789-400.webp"),
  "404.html": page("<p>Not found</p>"),
  "css/site.css": "body { color: black; }\n",
  "js/theme.js": "(()=>{})();\n",
  "2026/img/speaker-2026-ada-0123456789-400.webp": "ada",
  "2026/img/share-2026-home-aaaaaaaaa1-1200.png": "share",
  "2026/dates.ics": calendar("20260401T000000Z"),
  "2026/program.ics": calendar("20260401T000000Z", "Opening"),
  "2026/papers/search/pagefind-entry.json": `{"version":"1"}`,
  "2026/papers/search/fragment/en_1111111.pf_fragment": "one",
  "2026/papers/search/pagefind.en_aaaa111111.pf_meta": "meta",
  "2024/papers/search/pagefind-entry.json": `{"version":"1"}`,
  "2024/papers/search/fragment/en_2222222.pf_fragment": "old",
  "sitemap.xml": "<urlset><url><loc>/</loc></url></urlset>",
};

test("two builds of the same content, or builds differing only in hashes, whitespace and calendar stamps, report no change", () => {
  const same = compareSites(site(BASE), site(BASE));
  assert.deepEqual(same, { pages: { added: [], removed: [], changed: [], unchanged: 7 }, files: { added: [], removed: [], changed: [] }, lookChanged: false });

  const rebuilt = { ...BASE } as Record<string, string>;
  // The image pipeline's version moved: new names, the same bytes; the pages name the new files.
  delete rebuilt["2026/img/speaker-2026-ada-0123456789-400.webp"];
  rebuilt["2026/img/speaker-2026-ada-9876543210-400.webp"] = "ada";
  rebuilt["index.html"] = page("<p>Home</p>", "/2026/img/banner-2026-light-desktop-99999999aa-800.avif").replace(/\n/g, "\n  ");
  rebuilt["2026/speakers/index.html"] = page("<h1>Keynotes</h1>", "/2026/img/speaker-2026-ada-9876543210-400.webp");
  rebuilt["2026/dates.ics"] = calendar("20260410T000000Z");
  const changes = compareSites(site(BASE), site(rebuilt));
  assert.deepEqual(changes.pages, { added: [], removed: [], changed: [], unchanged: 7 });
  assert.deepEqual(changes.files, { added: [], removed: [], changed: [] });
});

test("pages added, removed and changed; other files by kind; a search index is one file; a stylesheet change changes the look", () => {
  const head = { ...BASE } as Record<string, string>;
  head["index.html"] = page("<p>Home</p><ul><li>News!</li></ul>");
  head["2026/papers/index.html"] = page("<ul><li>One</li><li>Two</li></ul>");
  head["2026/papers/two/index.html"] = page("<h1>Two</h1>");
  head["2026/papers/two/two.bib"] = "@inproceedings{two}";
  delete head["2026/old/index.html"];
  head["css/site.css"] = "body { color: navy; }\n";
  // Another image under a new hash with other bytes: changed, named as in the head.
  delete head["2026/img/share-2026-home-aaaaaaaaa1-1200.png"];
  head["2026/img/share-2026-home-bbbbbbbbb2-1200.png"] = "another share image";
  head["2026/program.ics"] = calendar("20260401T000000Z", "Opening and welcome");
  // A new photo under the same file name: the speakers page names it by its new hash only.
  delete head["2026/img/speaker-2026-ada-0123456789-400.webp"];
  head["2026/img/speaker-2026-ada-fedcba9876-400.webp"] = "another photo of ada";
  head["2026/speakers/index.html"] = page("<h1>Keynotes</h1>", "/2026/img/speaker-2026-ada-fedcba9876-400.webp");
  delete head["2026/papers/search/fragment/en_1111111.pf_fragment"];
  head["2026/papers/search/fragment/en_3333333.pf_fragment"] = "one, two";
  head["sitemap.xml"] = "<urlset><url><loc>/</loc></url><url><loc>/2026/papers/two/</loc></url></urlset>";
  const changes = compareSites(site(BASE), site(head));
  assert.deepEqual(changes.pages, {
    added: ["/2026/papers/two/"],
    removed: ["/2026/old/"],
    changed: ["/", "/2026/papers/", "/2026/speakers/"],
    unchanged: 3,
  });
  assert.deepEqual(changes.files, {
    added: [{ path: "/2026/papers/two/two.bib", kind: "BibTeX" }],
    removed: [],
    changed: [
      { path: "/2026/img/share-2026-home-bbbbbbbbb2-1200.png", kind: "image" },
      { path: "/2026/img/speaker-2026-ada-fedcba9876-400.webp", kind: "image" },
      { path: "/2026/papers/search/", kind: "search index" },
      { path: "/2026/program.ics", kind: "calendar" },
      { path: "/css/site.css", kind: "stylesheet" },
      { path: "/sitemap.xml", kind: "sitemap" },
    ],
  });
  assert.equal(changes.lookChanged, true);
  assert.equal(compareSites(site(BASE), site({ ...BASE, "sitemap.xml": "changed" })).lookChanged, false, "a sitemap does not change the look");
  assert.equal(compareSites(site(BASE), site({ ...BASE, "js/theme.js": "(()=>{1})();" })).lookChanged, true, "a script does");
});

const CHANGES: SiteChanges = {
  pages: { added: ["/2026/papers/two/"], removed: ["/2026/old/"], changed: ["/", "/2026/", "/2026/papers/"], unchanged: 40 },
  files: { added: [{ path: "/2026/papers/two/two.bib", kind: "BibTeX" }], removed: [], changed: [{ path: "/css/site.css", kind: "stylesheet" }] },
  lookChanged: true,
};
const HEAD_PAGES = ["/", "/2024/", "/2024/papers/", "/2025/", "/2026/", "/2026/papers/", "/2026/papers/two/", "/2026/date/", "/404.html"];

test("screenshots: the editions' home pages first when the look changed, then added and changed pages, no redirect, at most the limit", () => {
  const plan = screenshotPlan(CHANGES, HEAD_PAGES, 40);
  assert.deepEqual(plan, { pages: ["/", "/2024/", "/2025/", "/2026/", "/2026/papers/two/", "/2026/papers/"], sampled: ["/2024/", "/2025/"], redirects: [], wanted: 6, limit: 40 });
  const capped = screenshotPlan(CHANGES, HEAD_PAGES, 3);
  assert.deepEqual(capped.pages, ["/", "/2024/", "/2025/"]);
  assert.equal(capped.wanted, 6);
  const unstyled = screenshotPlan({ ...CHANGES, pages: { ...CHANGES.pages, added: ["/2026/papers/two/", "/2026/date/"] }, lookChanged: false }, HEAD_PAGES, 40, new Set(["/2026/date/"]));
  assert.deepEqual(unstyled, { pages: ["/2026/papers/two/", "/", "/2026/", "/2026/papers/"], sampled: [], redirects: ["/2026/date/"], wanted: 4, limit: 40 });
  assert.equal(isRedirectPage(`<meta http-equiv="refresh" content="0; url=/2026/dates/">`), true);
  assert.equal(isRedirectPage(page("<p>x</p>")), false);
  assert.deepEqual(["/", "/2026/", "/2026/papers/two/", "/404.html"].map(screenshotName), ["index", "2026", "2026_papers_two", "404"]);
});

test("the Markdown report: counts, links to the preview, other files, the look note and the screenshots", () => {
  const plan = screenshotPlan(CHANGES, HEAD_PAGES, 5);
  const shots = plan.pages.map((p) => ({ page: p, desktop: `${screenshotName(p)}.desktop.png`, mobile: `${screenshotName(p)}.mobile.png` }));
  assert.equal(
    markdownReport(CHANGES, { siteUrl: "https://preview.example.org/ws/", screenshots: { plan, shots } }),
    `## What this change does to the site

| | added | removed | changed | unchanged |
| --- | ---: | ---: | ---: | ---: |
| pages | 1 | 1 | 3 | 40 |
| other files | 1 | 0 | 1 | |

A stylesheet, script or font changed: any page may look different although its HTML did not change.

### Pages added (1)

- [/2026/papers/two/](https://preview.example.org/ws/2026/papers/two/)

### Pages removed (1)

- [/2026/old/](https://preview.example.org/ws/2026/old/)

### Pages changed (3)

- [/](https://preview.example.org/ws/)
- [/2026/](https://preview.example.org/ws/2026/)
- [/2026/papers/](https://preview.example.org/ws/2026/papers/)

### Other files (2)

- \`/2026/papers/two/two.bib\` (BibTeX, added)
- \`/css/site.css\` (stylesheet, changed)

### Screenshots

Full-page screenshots of the head build, light scheme, desktop (1280×800) and phone (390×844), of 5 pages.
A stylesheet, script or font changed, so the home page of each edition is included as a sample of the pages whose HTML did not change: \`/2024/\`, \`/2025/\`.
Only the first 5 of 6 pages are shown (the limit).

| page | desktop | phone |
| --- | --- | --- |
| \`/\` | \`index.desktop.png\` | \`index.mobile.png\` |
| \`/2024/\` | \`2024.desktop.png\` | \`2024.mobile.png\` |
| \`/2025/\` | \`2025.desktop.png\` | \`2025.mobile.png\` |
| \`/2026/\` | \`2026.desktop.png\` | \`2026.mobile.png\` |
| \`/2026/papers/two/\` | \`2026_papers_two.desktop.png\` | \`2026_papers_two.mobile.png\` |
`,
  );
});

test("the Markdown report says clearly when nothing changed, shows paths as code without a preview address, and shortens long lists", () => {
  const none: SiteChanges = { pages: { added: [], removed: [], changed: [], unchanged: 12 }, files: { added: [], removed: [], changed: [] }, lookChanged: false };
  assert.equal(markdownReport(none), "## What this change does to the site\n\n**No page changes**, and no other file changed.\n");
  const feedOnly: SiteChanges = { ...none, files: { ...none.files, changed: [{ path: "/feed.xml", kind: "feed" }] } };
  assert.match(markdownReport(feedOnly), /^## What this change does to the site\n\n\*\*No page changes\.\*\*\n\n\| \| added/);
  const many: SiteChanges = { ...none, pages: { ...none.pages, changed: ["/a/", "/b/", "/c/", "/d/"] } };
  assert.match(markdownReport(many, { listLimit: 2 }), /### Pages changed \(4\)\n\n- `\/a\/`\n- `\/b\/`\n- … and 2 more\n/);
});

test("the plain-text report", () => {
  assert.equal(
    textReport(CHANGES),
    [
      "Pages: 1 added, 1 removed, 3 changed, 40 unchanged.",
      "  added   /2026/papers/two/",
      "  removed /2026/old/",
      "  changed /",
      "  changed /2026/",
      "  changed /2026/papers/",
      "Other files: 1 added, 0 removed, 1 changed.",
      "  added   /2026/papers/two/two.bib (BibTeX)",
      "  changed /css/site.css (stylesheet)",
      "A stylesheet, script or font changed: any page may look different although its HTML did not change.",
      "",
    ].join("\n"),
  );
  assert.equal(textReport({ pages: { added: [], removed: [], changed: [], unchanged: 3 }, files: { added: [], removed: [], changed: [] }, lookChanged: false }), "No page changes.\nNo other file changed.\n");
});
