// A site built after OpenReview and CMT imports: nothing private anywhere in it (the search index
// included), keywords on the paper's page and in the search, and the papers list grouped by
// presentation kind (2024), by session (2025) and by type (2026, the default).
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { parse, parseDocument } from "yaml";
import { buildSite } from "../../scripts/build.ts";
import { importPapers } from "../../scripts/import-papers.ts";
import { copyContent, edit, ROOT } from "../helpers.ts";
import { walk } from "./links.ts";

const fixture = (name: string) => path.join(ROOT, "tests/fixtures/import", name);
/** What the fixtures hold that must never be published: e-mail domains, profile ids, reviews, decisions, rejected papers. */
const NEVER_PUBLISHED = [
  "private-uni.test",
  "cmt-private.test",
  "~Zoë_Ångström1",
  "~José_María_García-López2",
  "~Xiaolong_Li3",
  "~Ana_Lima1",
  "~Hidden_Author1",
  "~Sam_Reyes1",
  "~Max_Muster1",
  "SECRET-REVIEW-TEXT",
  "DECISION-COMMENT-TEXT",
  "TLDR-NOT-COPIED",
  "REJECTED-TITLE",
  "WITHDRAWN-TITLE",
  "OTHER-VENUE-TITLE",
  "CMT-REJECTED-TITLE",
  "CMT-WITHDRAWN-TITLE",
  "Reviewer_aB3x",
  "Program_Chairs",
];

let site = "";
let root = "";
const page = (rel: string) => readFileSync(path.join(site, rel), "utf8");
/** The headings of the papers list, in order: `id: text`. */
const headings = (html: string) => [...html.matchAll(/<h2 id="(group-[^"]+)">([^<]*)<span class="count">\((\d+)\)/g)].map((m) => `${m[1]}: ${m[2]!.trim()} (${m[3]})`);

before(async () => {
  const copy = copyContent();
  root = copy.root;
  const run = async (args: string[]) => {
    const messages: string[] = [];
    const status = await importPapers([...args, "--content", copy.content], (s) => messages.push(s), (s) => messages.push(s));
    assert.equal(status, 0, messages.join("\n"));
  };
  await run([fixture("openreview.json"), "--format", "openreview", "--edition", "2024", "--type", "research"]);
  await run([fixture("cmt.csv"), "--format", "cmt", "--edition", "2024"]);
  edit(path.join(copy.content, "2024/cfp.yaml"), /^awards:/m, "group_by: presentation\nawards:");

  // 2025 by session: two papers in a program slot, two with a session named by hand.
  edit(path.join(copy.content, "2025/cfp.yaml"), /^awards:/m, "group_by: session\nawards:");
  writeFileSync(
    path.join(copy.content, "2025/program.yaml"),
    [
      "zone: America/Toronto",
      "days:",
      "  - date: 2025-05-03",
      "    slots:",
      '      - { id: papers-security, start: "10:30", end: "11:30", kind: paper-session, title: "Papers: security", papers: [automating-the-detection-of-code, cweval-outcome-driven-evaluation] }',
      "",
    ].join("\n"),
  );
  const papersFile = path.join(copy.content, "2025/papers.yaml");
  const doc = parseDocument(readFileSync(papersFile, "utf8"));
  const ids = (doc.toJS() as { id: string }[]).map((p) => p.id);
  assert.ok(ids.includes("cweval-outcome-driven-evaluation"), "the program names papers of 2025");
  for (const id of ["analysis-of-student-llm-interaction", "are-large-language-models-memorizing"]) doc.setIn([ids.indexOf(id), "session"], "Education & Benchmarks");
  writeFileSync(papersFile, doc.toString());

  site = await buildSite({ output: path.join(root, "site"), content: copy.content, assets: copy.assets, quiet: true });
});

after(() => rmSync(root, { recursive: true, force: true }));

test("nothing private from OpenReview or CMT reaches any file of the built site, the search index included", () => {
  let searched = 0;
  const fragments: string[] = [];
  for (const file of walk(site)) {
    let bytes = readFileSync(file);
    // Pagefind's index files are gzip-compressed: look inside them.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const text = bytes.toString("utf8");
    if (file.includes(`${path.sep}2024${path.sep}papers${path.sep}search${path.sep}fragment${path.sep}`)) fragments.push(text);
    for (const secret of NEVER_PUBLISHED) assert.ok(!text.includes(secret), `${secret} found in ${path.relative(site, file)}`);
    searched++;
  }
  assert.ok(searched > 100);
  // The index was looked into: it holds the imported papers, their keywords and presentation kinds.
  const ranking = fragments.find((f) => f.includes("Ranking Patches"));
  assert.ok(ranking, "the OpenReview paper is in the search index");
  assert.match(ranking, /patch ranking/);
  assert.match(ranking, /"presentation":"Oral"/);
  assert.ok(fragments.some((f) => f.includes("Ünïcode Identifiers Considered Harmful")), "the CMT paper is in the search index");
});

test("an imported paper's page: escaped title, LaTeX as written, keywords, presentation, public links only", () => {
  const html = page("2024/papers/12/index.html");
  assert.match(html, /<h1[^>]*>Ranking Patches &lt;script&gt;alert\(&#39;title&#39;\)&lt;\/script&gt; with Small Models<\/h1>/);
  assert.ok(!html.includes("<script>alert"), "the title's tag is text");
  assert.match(html, /\$O\(n\^2\)\$ time, where \$x_i \* y_j\$ scores a pair\./, "LaTeX comes out as written");
  assert.match(html, /<p># Not a heading<\/p>/);
  assert.match(html, /<strong>Results<\/strong>/, "Markdown from the abstract is still Markdown");
  assert.ok(!/href="javascript:/i.test(html), "no javascript: link");
  assert.match(html, /<p class="paper-page__keywords"><span class="paper-page__keywords-label">Keywords:<\/span> program repair, patch ranking<\/p>/);
  assert.match(html, /<meta name="citation_keywords" content="program repair; patch ranking">/);
  assert.match(html, /<li class="badge badge--presentation">Oral<\/li>/);
  assert.match(html, /<a href="https:\/\/openreview\.net\/forum\?id=Or7aBc12De">Forum<span class="visually-hidden">/);
  assert.match(html, /<a href="https:\/\/openreview\.net\/pdf\?id=Or7aBc12De">PDF/);
  assert.match(html, /Zoë Ångström.*Đặng Thị Hồng.*José María García-López/s);
  assert.match(page("2024/papers/12/12.bib"), /keywords = \{program repair, patch ranking\}/);
  const spotlight = page("2024/papers/tests-as-specifications-for-code-models/index.html");
  assert.match(spotlight, /Keywords:<\/span> testing, &lt;img src=x onerror=alert\(1\)&gt;<\/p>/);
  assert.ok(!spotlight.includes("<img src=x"), "a keyword's tag is text");
  // A note only the venue can read gets no links that would lead visitors nowhere.
  const poster = page("2024/papers/index.html");
  const bots = poster.slice(poster.indexOf("Code Review Bots, Revisited"));
  assert.ok(!bots.slice(0, bots.indexOf("</li>\n")).includes("openreview.net"));
});

test("the papers list grouped by presentation kind, by session and by type, with headings in order", () => {
  const byKind = page("2024/papers/index.html");
  const kinds = headings(byKind);
  assert.deepEqual(kinds.slice(0, 3), ["group-presentation-oral: Orals (2)", "group-presentation-spotlight: Spotlights (1)", "group-presentation-poster: Posters (2)"]);
  assert.match(kinds[3]!, /^group-presentation-other: Other papers \(\d+\)$/);
  assert.equal(kinds.length, 4);
  const orals = byKind.slice(byKind.indexOf('id="group-presentation-oral"'), byKind.indexOf('id="group-presentation-spotlight"'));
  assert.ok(orals.includes("Code Review Bots, Revisited"), "the CMT import made the OpenReview poster an oral: the same paper, matched by title");
  assert.ok(orals.includes("Ranking Patches") && !orals.includes("Tests as Specifications"));
  assert.match(byKind, /<section class="paper-group" aria-labelledby="group-presentation-oral">/);
  assert.match(byKind, /listed by presentation and then by title/);
  assert.match(byKind, /<select id="search-presentation" name="presentation"><option value="">All presentations<\/option><option value="oral">Orals<\/option>/);
  assert.match(byKind, /Titles, authors, keywords and abstracts/);
  // The legend explains the presentation kinds used.
  assert.match(byKind, /<dt><span class="badge badge--presentation">Spotlight<\/span><\/dt><dd>Presented as a short talk and a poster\.<\/dd>/);

  const bySession = page("2025/papers/index.html");
  const sessions = headings(bySession);
  assert.deepEqual(sessions.slice(0, 2), ["group-session-papers-security: Papers: security (2)", "group-session-education-benchmarks: Education &amp; Benchmarks (2)"]);
  assert.match(sessions[2]!, /^group-session-other: Not yet scheduled \(25\)$/);
  const security = bySession.slice(bySession.indexOf('id="group-session-papers-security"'), bySession.indexOf('id="group-session-education-benchmarks"'));
  assert.deepEqual([...security.matchAll(/<h3 class="paper__title"><a [^>]*>([^<]*)</g)].map((m) => m[1]), [
    "Automating the Detection of Code Vulnerabilities by Analyzing GitHub Issues",
    "CWEval: Outcome-driven Evaluation on Functionality and Security of LLM Code Generation",
  ]);

  const byType = page("2026/papers/index.html");
  // The default: one heading per paper type, in cfp.yaml's order.
  const types = (parse(readFileSync(path.join(ROOT, "tests/fixtures/sites/llm4code/content/2026/cfp.yaml"), "utf8")) as { paper_types: { id: string; name: string }[] }).paper_types;
  const typeHeadings = headings(byType).map((h) => h.replace(/ \(\d+\)$/, ""));
  assert.ok(typeHeadings.length > 0);
  assert.deepEqual(typeHeadings, types.map((t) => `group-${t.id}: ${t.name}s`).filter((h) => typeHeadings.includes(h)));
  assert.match(byType, /listed by type and then by title/);
  assert.ok(!byType.includes('id="search-presentation"'), "no presentation filter where no paper has a kind");
});
