// `npm run changes`: what a change of content does to the built site. Two copies of the llm4code
// fixture are built, the head with a news item and a paper more than the base; a third build of
// the base's content must report nothing. The CSS change is made in the head's built stylesheet:
// `/css/site.css` is assembled from src/styles/ (src/config/assets.ts), and the build has no option
// for another folder of styles, so the test edits the file the build wrote, as a change to
// src/styles/ would have.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import sharp from "sharp";
import { buildSite } from "../../scripts/build.ts";
import { builtPrefix, changedPages } from "../../scripts/changed-pages.ts";
import { copyContent, edit, ROOT } from "../helpers.ts";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "colloquy-changes-"));
const PAPER = "a-new-paper-on-code-review";
let base = "";
let again = "";
let head = "";

before(async () => {
  const before = copyContent();
  const after = copyContent();
  edit(path.join(after.content, "2026/news.yaml"), "- date: 2026-04\n", "- date: 2026-04-10\n  text: The program is online.\n- date: 2026-04\n");
  appendFileSync(
    path.join(after.content, "2026/papers.yaml"),
    `- id: ${PAPER}\n  title: A New Paper on Code Review\n  authors:\n  - {given: Ada, family: Lovelace}\n  type: research\n`,
  );
  base = await buildSite({ content: before.content, assets: before.assets, output: path.join(tmp(), "site"), quiet: true });
  again = await buildSite({ content: before.content, assets: before.assets, output: path.join(tmp(), "site"), quiet: true });
  head = await buildSite({ content: after.content, assets: after.assets, output: path.join(tmp(), "site"), quiet: true });
  appendFileSync(path.join(head, "css/site.css"), "\n.news__list { border-inline-start: 2px solid var(--accent); }\n");
});

const pageCount = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".html")).length;

test("two builds of the same content report no change", async () => {
  const { changes, markdown, text } = await changedPages({ base, head: again });
  assert.deepEqual(changes.pages, { added: [], removed: [], changed: [], unchanged: pageCount(base) });
  assert.deepEqual(changes.files, { added: [], removed: [], changed: [] });
  assert.equal(markdown, "## What this change does to the site\n\n**No page changes**, and no other file changed.\n");
  assert.equal(text, "No page changes.\nNo other file changed.\n");
});

test("a news item, a paper and a stylesheet change: the exact pages and files", async () => {
  const { changes } = await changedPages({ base, head });
  assert.deepEqual(changes.pages, {
    added: [`/2026/papers/${PAPER}/`],
    removed: [],
    // The home page shows the news, at the root and at the edition's own prefix; the papers list too.
    changed: ["/", "/2026/", "/2026/papers/", "/papers/"],
    unchanged: pageCount(base) - 4,
  });
  assert.deepEqual(changes.files, {
    added: [{ path: `/2026/papers/${PAPER}/${PAPER}.bib`, kind: "BibTeX" }],
    removed: [],
    changed: [
      { path: "/2026/feed.xml", kind: "feed" },
      { path: "/2026/papers/search/", kind: "search index" },
      { path: "/css/site.css", kind: "stylesheet" },
      { path: "/feed.xml", kind: "feed" },
      { path: "/sitemap.xml", kind: "sitemap" },
    ],
  });
  assert.equal(changes.lookChanged, true);
  // The calendars differ only in DTSTAMP (the day of the newest news item), which is no change.
  assert.notEqual(readFileSync(path.join(base, "2026/dates.ics"), "utf8"), readFileSync(path.join(head, "2026/dates.ics"), "utf8"));
});

test("the command appends the Markdown report to the summary, writes the JSON and prints the text", () => {
  const dir = tmp();
  const summary = path.join(dir, "summary.md");
  const json = path.join(dir, "changes.json");
  writeFileSync(summary, "# Checks\n\n");
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/changed-pages.ts", "--base", base, "--head", head, "--summary", summary, "--json", json, "--site-url", "https://preview.example.org/"],
    { cwd: ROOT, encoding: "utf8" },
  );
  assert.equal(run.status, 0, run.stderr);
  const unchanged = pageCount(base) - 4;
  assert.equal(
    readFileSync(summary, "utf8"),
    `# Checks

## What this change does to the site

| | added | removed | changed | unchanged |
| --- | ---: | ---: | ---: | ---: |
| pages | 1 | 0 | 4 | ${unchanged} |
| other files | 1 | 0 | 5 | |

A stylesheet, script or font changed: any page may look different although its HTML did not change.

### Pages added (1)

- [/2026/papers/${PAPER}/](https://preview.example.org/2026/papers/${PAPER}/)

### Pages changed (4)

- [/](https://preview.example.org/)
- [/2026/](https://preview.example.org/2026/)
- [/2026/papers/](https://preview.example.org/2026/papers/)
- [/papers/](https://preview.example.org/papers/)

### Other files (6)

- \`/2026/feed.xml\` (feed, changed)
- \`/2026/papers/${PAPER}/${PAPER}.bib\` (BibTeX, added)
- \`/2026/papers/search/\` (search index, changed)
- \`/css/site.css\` (stylesheet, changed)
- \`/feed.xml\` (feed, changed)
- \`/sitemap.xml\` (sitemap, changed)

`,
  );
  const result = JSON.parse(readFileSync(json, "utf8"));
  assert.deepEqual(result.pages.added, [`/2026/papers/${PAPER}/`]);
  assert.equal(result.pages.unchanged, unchanged);
  assert.equal(result.lookChanged, true);
  assert.match(run.stdout, new RegExp(`^Pages: 1 added, 0 removed, 4 changed, ${unchanged} unchanged\\.\\n  added   /2026/papers/${PAPER}/\\n  changed /\\n`));

  const wrong = spawnSync(process.execPath, ["--import", "tsx", "scripts/changed-pages.ts", "--base", base, "--head", path.join(dir, "missing")], { cwd: ROOT, encoding: "utf8" });
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /--head .*missing: no such folder/);
});

test("only a stylesheet changed: no page changes, the stylesheet listed and the look noted", async () => {
  const styled = path.join(tmp(), "site");
  cpSync(again, styled, { recursive: true });
  appendFileSync(path.join(styled, "css/site.css"), "\nmain { outline: 1px solid; }\n");
  const { markdown } = await changedPages({ base, head: styled });
  assert.equal(
    markdown,
    `## What this change does to the site

**No page changes.**

| | added | removed | changed | unchanged |
| --- | ---: | ---: | ---: | ---: |
| pages | 0 | 0 | 0 | ${pageCount(base)} |
| other files | 0 | 0 | 1 | |

A stylesheet, script or font changed: any page may look different although its HTML did not change.

### Other files (1)

- \`/css/site.css\` (stylesheet, changed)
`,
  );
});

test("screenshots: the editions' home pages as a sample and then the new paper's page, desktop and phone, capped", async () => {
  const shots = path.join(tmp(), "shots");
  const { screenshots, markdown } = await changedPages({ base, head, screenshots: shots, maxScreenshots: 5 });
  assert.deepEqual(screenshots?.plan.pages, ["/", "/2024/", "/2025/", "/2026/", `/2026/papers/${PAPER}/`]);
  assert.deepEqual(screenshots?.plan.sampled, ["/2024/", "/2025/"]);
  assert.equal(screenshots?.plan.wanted, 7);
  const files = readdirSync(shots).sort();
  assert.deepEqual(files, ["2024", "2025", "2026", `2026_papers_${PAPER}`, "index"].flatMap((n) => [`${n}.desktop.png`, `${n}.mobile.png`]).sort());
  for (const file of files) {
    const { format, width, height } = await sharp(path.join(shots, file)).metadata();
    assert.equal(format, "png", file);
    const mobile = file.endsWith(".mobile.png");
    assert.equal(width, mobile ? 390 : 1280, file);
    assert.ok(height! >= (mobile ? 844 : 800), `${file} is a full page (${height} px high)`);
  }
  assert.match(markdown, /### Screenshots\n\nFull-page screenshots of the head build, light scheme, desktop \(1280×800\) and phone \(390×844\), of 5 pages\.\n/);
  assert.match(markdown, /included as a sample of the pages whose HTML did not change: `\/2024\/`, `\/2025\/`\.\nOnly the first 5 of 7 pages are shown \(the limit\)\.\n/);
  assert.match(markdown, new RegExp(`\\| \`/2026/papers/${PAPER}/\` \\| \`2026_papers_${PAPER}\\.desktop\\.png\` \\| \`2026_papers_${PAPER}\\.mobile\\.png\` \\|\\n$`));
});

test("the screenshots are served under the path prefix the head was built with", () => {
  assert.equal(builtPrefix(head), "/");
  const prefixed = path.join(tmp(), "site");
  mkdirSync(prefixed);
  writeFileSync(path.join(prefixed, "index.html"), readFileSync(path.join(head, "index.html"), "utf8").replace(/href="\/css\/site\.css"/, 'href="/llm4code/css/site.css"'));
  assert.equal(builtPrefix(prefixed), "/llm4code/");
  assert.equal(builtPrefix(path.join(prefixed, "nothing-here")), "/");
});
