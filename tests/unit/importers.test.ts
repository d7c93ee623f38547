import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parse as parseYaml, parseDocument } from "yaml";
import { importPapers } from "../../scripts/import-papers.ts";
import { loadSite } from "../../src/content/load.ts";
import writeXlsxFile from "write-excel-file/node";
import { cmtSheetFromText, parseCmt, splitCmtAuthors } from "../../src/importers/cmt.ts";
import { splitAuthors } from "../../src/importers/csv.ts";
import { parseHotcrp } from "../../src/importers/hotcrp.ts";
import { dedupe, merge, normaliseTitle, slugify, uniqueSlug } from "../../src/importers/merge.ts";
import { parseOpenReview } from "../../src/importers/openreview.ts";
import { runImport } from "../../src/importers/run.ts";
import { parseText } from "../../src/importers/text.ts";
import { ImportError, importedMarkdown, isAccepted } from "../../src/importers/types.ts";
import { copyContent, ROOT } from "../helpers.ts";

const FIXTURES = path.join(ROOT, "tests/fixtures/import");
const fixture = (name: string) => path.join(FIXTURES, name);
const read = (name: string) => readFileSync(fixture(name), "utf8");
const TYPES = [
  { id: "research", name: "Research paper" },
  { id: "position", name: "Position paper" },
];
/** Everything private in hotcrp.json; none of it may be written anywhere. */
export const PRIVATE = ["private-mail.test", "SECRET-REVIEW-TEXT", "collaborator", "sha2-deadbeef", "contact"];

/** Run the command, capturing its output. */
async function run(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await importPapers(args, (s) => out.push(s), (s) => err.push(s));
  return { status, out: out.join("\n"), err: err.join("\n") };
}

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ImportError, String(error));
    return error.message.split("\n").slice(1);
  }
  assert.fail("expected an ImportError");
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const f = path.join(d, name);
      if (statSync(f).isDirectory()) walk(f);
      else files[path.relative(dir, f)] = readFileSync(f, "utf8");
    }
  };
  walk(dir);
  return files;
}

test("HotCRP: keeps accepted submissions only, copies allow-listed fields only", () => {
  const { records, skipped } = parseHotcrp(read("hotcrp.json"), "hotcrp.json");
  assert.deepEqual(records.map((r) => r.id), ["7", "9"]);
  assert.deepEqual(records[0], {
    label: "submission 1 (pid 7)",
    id: "7",
    title: "Teaching Models to Read Stack Traces",
    authors: [
      { given: "Maya", family: "Okafor", affiliation: "Lakeside University" },
      { given: "Jun", family: "Tanaka" },
    ],
    type: "Research paper",
    archival: true,
    abstract: "We study how language models use stack traces when repairing crashes.",
  });
  assert.equal(records[1]!.archival, false, "options.archival is read");
  assert.equal(records[1]!.type, "position");
  assert.deepEqual(skipped, [
    { label: "submission 2 (pid 8)", reason: 'decision is "Rejected"' },
    { label: "submission 4 (pid 10)", reason: "has no decision" },
  ]);
  const json = JSON.stringify(records);
  for (const secret of PRIVATE) assert.ok(!json.includes(secret), `${secret} leaked`);
});

test("HotCRP: bad files name the record and the field", () => {
  assert.deepEqual(problems(() => parseHotcrp(read("hotcrp-bad.json"), "hotcrp-bad.json")), [
    "submission 2 (pid 2) title: is required",
    "submission 3 (pid 3) authors: must list at least one author",
  ]);
  assert.match(problems(() => parseHotcrp("[{", "broken.json"))[0]!, /^broken\.json: is not valid JSON/);
  assert.deepEqual(problems(() => parseHotcrp('{"pid": 1}', "object.json")), ["object.json: must be a JSON array of submissions (HotCRP's JSON export)"]);
});

test("CSV: BOM, quoted fields with commas, quotes and new lines, decisions, affiliations", () => {
  const result = runImport(undefined, [{ file: "papers.csv", text: read("papers.csv") }], { format: "csv", into: "papers", paperTypes: TYPES });
  const papers = parseYaml(result.text) as Record<string, unknown>[];
  assert.deepEqual(papers, [
    {
      id: 21,
      title: "Code Review Bots, Revisited",
      authors: [
        { given: "Ana", family: "Lima", affiliation: "Universidade Exemplo" },
        { given: "Tom", family: "Berg" },
        { given: "Ravi", family: "Shah" },
      ],
      type: "research",
      archival: true,
      abstract: 'A study of bots that review code; "quoted" words and two lines.',
    },
    { id: 22, title: "Prompting for Proofs", authors: [{ given: "Ola", family: "Nordmann" }], type: "position", archival: false },
  ]);
  assert.deepEqual(result.report.skipped, [{ label: "row 4", reason: 'decision is "reject"' }]);
  assert.deepEqual(splitAuthors("A B; C D (X, Y)"), ["A B", "C D (X, Y)"]);
  assert.deepEqual(["Accepted", "accept (short paper)", "ACCEPT", "Not accepted", "Rejected", "", undefined].map(isAccepted), [true, true, true, false, false, false, false]);
});

test("CSV: --map names other columns; new papers get ids from their titles", () => {
  const result = runImport(undefined, [{ file: "mapped.csv", text: read("mapped.csv") }], {
    format: "csv",
    into: "papers",
    paperTypes: TYPES,
    map: { title: "Paper Title", authors: "Author list", type: "Kind" },
  });
  const [paper] = parseYaml(result.text) as Record<string, unknown>[];
  assert.equal(paper!.id, "renamed-columns-work");
  assert.deepEqual(paper!.authors, [{ given: "Eva", family: "Stone" }, { given: "Ian", family: "Frost", affiliation: "Somewhere Lab" }]);
});

test("CSV: bad files name the record and the field", () => {
  assert.match(problems(() => runImport(undefined, [{ file: "bad.csv", text: read("bad.csv") }], { format: "csv", into: "papers", paperTypes: TYPES }))[0]!, /^bad\.csv: is not valid CSV/);
  assert.deepEqual(problems(() => runImport(undefined, [{ file: "untitled.csv", text: read("untitled.csv") }], { format: "csv", into: "papers", paperTypes: TYPES })), ["row 2 title: is required"]);
  assert.deepEqual(
    problems(() => runImport(undefined, [{ file: "mapped.csv", text: read("mapped.csv") }], { format: "csv", into: "papers", paperTypes: TYPES, map: { title: "Headline" } })),
    ["mapped.csv title: no column \"Headline\" in the header (Paper Title, Author list, Kind)"],
  );
  assert.deepEqual(
    problems(() => runImport(undefined, [{ file: "papers.csv", text: read("papers.csv").replace(",Research,yes,accept", ",Keynote,yes,accept") }], { format: "csv", into: "papers", paperTypes: TYPES })),
    ['row 2 type: "Keynote" is not a paper type of cfp.yaml (research, position)'],
  );
});

test("text: title and abstract lines, page furniture dropped, glued 'Subscribe' removed", () => {
  const { records } = parseText(read("reading.txt"), "reading.txt");
  assert.deepEqual(records.map((r) => r.title), ["Repair by Example: Learning Fixes from Commit History", "Benchmarks That Age Well"]);
  assert.ok(records.every((r) => r.abstract && r.abstract.length > 250));
  assert.equal(records[0]!.label, "reading.txt line 7");
  assert.deepEqual(problems(() => parseText(read("reading-bad.txt"), "reading-bad.txt")), [
    "reading-bad.txt line 3 title: is missing: this line is 230 characters long and reads as an abstract without a title line before it",
  ]);
  assert.deepEqual(problems(() => parseText("Subscribe\nnew\n", "empty.txt")), ["empty.txt: holds no title lines"]);
});

test("text: duplicates across files are merged, not doubled", () => {
  const result = runImport(undefined, [
    { file: "reading.txt", text: read("reading.txt") },
    { file: "reading-2.txt", text: read("reading-2.txt") },
  ], { format: "text", into: "reading", paperTypes: TYPES });
  const items = parseYaml(result.text) as { id: string; title: string }[];
  assert.deepEqual(items.map((i) => i.id), ["repair-by-example-learning-fixes-from-commit-history", "benchmarks-that-age-well", "fresh-eyes-on-flaky-tests"]);
  assert.deepEqual(result.report.skipped, [{ label: "reading-2.txt line 1", reason: "duplicate of reading.txt line 12, merged into it" }]);
  assert.equal(normaliseTitle("Benchmarks that age well"), normaliseTitle("Benchmarks  That Age Well!"));
  assert.equal(slugify("Ünïcode & Äccents: A Study"), "unicode-accents-a-study");
  assert.equal(dedupe([{ label: "a", id: "1", title: "X" }, { label: "b", id: "1", title: "Y", abstract: "z" }]).records[0]!.abstract, "z");
});

test("an unknown format names the option and writes nothing", async () => {
  const { content } = copyContent();
  const before = snapshot(content);
  const r = await run([fixture("papers.csv"), "--format", "xlsx", "--edition", "2024", "--content", content]);
  assert.equal(r.status, 1);
  assert.match(r.err, /--format: unknown format "xlsx"; use hotcrp, csv, text/);
  assert.match(r.err, /Nothing was written\./);
  assert.deepEqual(snapshot(content), before);
});

test("re-import merges: hand-edited links, award and session stay; matched by id or by title", async () => {
  const { content, assets } = copyContent();
  const file = path.join(content, "2024/papers.yaml");
  // Paper 5 has an award and a PDF link by hand; add a session too. Paper 18 is matched by title only.
  const existing = readFileSync(file, "utf8").replace("  award: best-presentation\n", "  award: best-presentation\n  session: Teaching and learning\n");
  writeFileSync(file, existing);
  const csv = [
    "#,Title,Authors,Track,Archival",
    '5,"Applying Large Language Models to Enhance the Assessment of Parallel Functional Programming Assignments","Skyler Grandel, Douglas Schmidt, Kevin Leach (Vanderbilt University)",Research,yes',
    '999,"An empirical study on usage and perceptions of LLMs in a software engineering project","Sanka Rasnayaka, Wang Guanlin, Ridwan Shariffdeen, Ganesh Neelakanta Iyer",Research,yes',
    '300,"A Brand New Paper","New Author",Position,no',
  ].join("\n");
  const csvFile = path.join(content, "..", "import.csv");
  writeFileSync(csvFile, csv);

  const dry = await run([csvFile, "--format", "csv", "--edition", "2024", "--content", content, "--dry-run"]);
  assert.equal(dry.status, 0, dry.err);
  assert.match(dry.out, /^added: 1\n  300: A Brand New Paper$/m);
  assert.match(dry.out, /^updated: 2\n  5: Applying .* \(authors\)\n  18: An empirical study .* \(title\)$/m, "18 is matched by its title although the id differs");
  assert.match(dry.out, /^unchanged: 0$/m);
  assert.match(dry.out, /Dry run: .*papers\.yaml was not written\./);
  assert.equal(readFileSync(file, "utf8"), existing, "a dry run writes nothing");

  const wet = await run([csvFile, "--format", "csv", "--edition", "2024", "--content", content]);
  assert.equal(wet.status, 0, wet.err);
  const papers = parseYaml(readFileSync(file, "utf8")) as Record<string, unknown>[];
  const five = papers.find((p) => p.id === 5)!;
  assert.equal(five.award, "best-presentation");
  assert.equal(five.session, "Teaching and learning");
  assert.deepEqual(five.links, { pdf: "https://llm4code.github.io/2024/assets/pdf/papers/5.pdf" });
  assert.deepEqual((five.authors as unknown[]).at(-1), { given: "Kevin", family: "Leach", affiliation: "Vanderbilt University" });
  assert.equal(papers.filter((p) => String(p.title).toLowerCase().startsWith("an empirical study on usage")).length, 1, "matched by title, not doubled");
  assert.equal(papers.find((p) => p.id === 18)!.title, "An empirical study on usage and perceptions of LLMs in a software engineering project");
  assert.equal(papers.length, 25);
  assert.match(readFileSync(file, "utf8"), /^# yaml-language-server: \$schema=\.\.\/schemas\/papers\.schema\.json\n/, "the header comment stays");
  assert.deepEqual(readdirSync(path.dirname(file)).filter((f) => f.endsWith(".tmp")), [], "no temporary file is left");
  // The written file is valid content.
  assert.equal(loadSite({ contentDir: content, assetsDir: assets }).editions.find((e) => e.year === 2024)!.papers.length, 25);

  const again = await run([csvFile, "--format", "csv", "--edition", "2024", "--content", content]);
  assert.match(again.out, /^added: 0$/m);
  assert.match(again.out, /is already up to date\./);
});

test("HotCRP import into an edition: private fields reach no file; bad input writes nothing", async () => {
  const { content } = copyContent();
  const file = path.join(content, "2024/papers.yaml");
  const r = await run([fixture("hotcrp.json"), "--format", "hotcrp", "--edition", "2024", "--content", content]);
  assert.equal(r.status, 0, r.err);
  const text = readFileSync(file, "utf8");
  assert.match(text, /title: Teaching Models to Read Stack Traces/);
  for (const secret of PRIVATE) assert.ok(!text.includes(secret), `${secret} leaked into papers.yaml`);

  const before = snapshot(content);
  const bad = await run([fixture("hotcrp-bad.json"), "--format", "hotcrp", "--edition", "2024", "--content", content]);
  assert.equal(bad.status, 1);
  assert.match(bad.err, /submission 2 \(pid 2\) title: is required/);
  assert.deepEqual(snapshot(content), before);
  const missingType = await run([fixture("mapped.csv"), "--format", "csv", "--edition", "2024", "--content", content, "--map", "title=Paper Title,authors=Author list"]);
  assert.equal(missingType.status, 1);
  assert.match(missingType.err, /row 2 type: is required \(give the input a type column, or pass --type ID\)/);
  assert.deepEqual(snapshot(content), before);
});

// OpenReview and CMT.

const PRESENTATIONS = [
  { id: "oral", name: "Oral" },
  { id: "spotlight", name: "Spotlight" },
  { id: "poster", name: "Poster" },
];
const LABELS = { paperTypes: TYPES, awards: [{ id: "best-paper", name: "Best paper" }], presentations: PRESENTATIONS };
/** An e-mail address, or an OpenReview profile id such as `~Zoë_Ångström1`. */
const EMAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[a-z]{2,}/i;
const PROFILE_ID = /~\p{L}[\p{L}\p{M}_.-]*\d+/u;
/** Text of the fixtures that must never be copied. */
const NEVER_COPIED = ["private-uni.test", "cmt-private.test", "SECRET-REVIEW-TEXT", "DECISION-COMMENT-TEXT", "TLDR-NOT-COPIED", "/attachment/", "REJECTED-TITLE", "WITHDRAWN-TITLE", "OTHER-VENUE-TITLE", "Reviewer_", "Program_Chairs", "Submission12/Authors", "Hidden_Author", "bibtex"];

function assertNothingPrivate(text: string, where: string): void {
  assert.doesNotMatch(text, EMAIL, `an e-mail address in ${where}`);
  assert.doesNotMatch(text, PROFILE_ID, `a profile id in ${where}`);
  for (const secret of NEVER_COPIED) assert.ok(!text.includes(secret), `${secret} leaked into ${where}`);
}

test("OpenReview: accepted notes of the workshop only, allow-listed fields only, kinds become presentations", () => {
  const { records, skipped } = parseOpenReview(read("openreview.json"), "openreview.json", { labels: LABELS });
  assert.deepEqual(records.map((r) => [r.id, r.presentation]), [["12", "oral"], ["13", "spotlight"], ["14", "poster"], ["NoNumber_1", "poster"]]);
  assert.deepEqual(records[0], {
    label: "note 1 (number 12)",
    id: "12",
    title: "Ranking Patches <script>alert('title')</script> with Small Models",
    authors: [
      { given: "Zoë", family: "Ångström" },
      { given: "Đặng Thị", family: "Hồng" },
      { given: "José María", family: "García-López" },
    ],
    presentation: "oral",
    abstract: "We rank candidate patches in $O(n^2)$ time, where $x\\_i \\* y\\_j$ scores a pair.\n\n\\# Not a heading\n\n**Results** show a 12% gain; see [the appendix](javascript:alert(1)).",
    keywords: ["program repair", "patch ranking"],
    links: { forum: "https://openreview.net/forum?id=Or7aBc12De", pdf: "https://openreview.net/pdf?id=Or7aBc12De" },
  });
  assert.equal(records[2]!.links, undefined, "a note not readable by everyone gets no links");
  assert.deepEqual(records[3]!.links, { forum: "https://openreview.net/forum?id=NoNumber_1" }, "no pdf field, no PDF link; no number, the forum is the id");
  assert.deepEqual(skipped, [
    { label: "note 5 (number 15)", reason: 'rejected (venueid "ICLR.cc/2026/Workshop/CodeLM/Rejected_Submission")' },
    { label: "note 6 (number 16)", reason: 'withdrawn (venueid "ICLR.cc/2026/Workshop/CodeLM/Withdrawn_Submission")' },
    { label: "note 7 (number 17)", reason: 'desk rejected (venueid "ICLR.cc/2026/Workshop/CodeLM/Desk_Rejected_Submission")' },
    { label: "note 8 (number 18)", reason: 'venueid "ICLR.cc/2026/Conference" is not the workshop\'s ("ICLR.cc/2026/Workshop/CodeLM")' },
  ]);
  assertNothingPrivate(JSON.stringify(records), "the records");
});

test("OpenReview: a bare array, --venue-id, and --map to presentations, types and awards", () => {
  const notes = (JSON.parse(read("openreview.json")) as { notes: unknown[] }).notes;
  const bare = parseOpenReview(JSON.stringify(notes), "bare.json", { labels: LABELS });
  assert.equal(bare.records.length, 4);
  const main = parseOpenReview(JSON.stringify(notes), "bare.json", { labels: LABELS, venueId: "ICLR.cc/2026/Conference" });
  assert.deepEqual(main.records.map((r) => [r.id, r.presentation]), [["18", "poster"]], "the venue name comes from the venue ids' own notes");
  const mapped = parseOpenReview(read("openreview.json"), "openreview.json", { labels: LABELS, map: { Oral: "oral+award:best-paper", spotlight: "type:position", Poster: "research" } });
  assert.deepEqual(
    mapped.records.map((r) => [r.id, r.presentation, r.type, r.award]),
    [["12", "oral", undefined, "best-paper"], ["13", undefined, "position", undefined], ["14", undefined, "research", undefined], ["NoNumber_1", undefined, "research", undefined]],
  );
  const clash = { ...LABELS, paperTypes: [...TYPES, { id: "poster", name: "Poster paper" }] };
  assert.deepEqual(problems(() => parseOpenReview(read("openreview.json"), "openreview.json", { labels: clash, map: { Poster: "poster", Oral: "keynote" } })), [
    '--map Poster: "poster" is both a presentation and a type id; write presentation:poster or type:poster',
    '--map Oral: "keynote" is not a presentation, paper type or award id of cfp.yaml (presentations: oral, spotlight, poster; paper types: research, position, poster; awards: best-paper)',
  ]);
});

test("OpenReview: bad files name the record and the field", () => {
  assert.deepEqual(problems(() => parseOpenReview(read("openreview-bad.json"), "openreview-bad.json", { labels: LABELS })), [
    "note 2 (number 2) content.title: is required",
    'note 3 (number 3) content.venue: "DL4C 2026 Lightning": the presentation kind "Lightning" is not mapped; add --map "Lightning=<id>" (presentations: oral, spotlight, poster; paper types: research, position; awards: best-paper)',
    'note 4 (number 4) content.title: must be { "value": … } as OpenReview\'s API v2 gives it',
    "note 4 (number 4) content.authors[0]: is an e-mail address or a profile id, not a name",
  ]);
  assert.match(problems(() => parseOpenReview('{"notes": [', "broken.json", { labels: LABELS }))[0]!, /^broken\.json: is not valid JSON/);
  assert.deepEqual(problems(() => parseOpenReview('{"count": 0}', "object.json", { labels: LABELS })), ['object.json: must be a JSON array of notes or { "notes": [...] } (OpenReview API v2)']);
  const twoVenues = JSON.stringify([
    { number: 1, content: { title: { value: "A B" }, authors: { value: ["A B"] }, venueid: { value: "X/2026/Workshop" } } },
    { number: 2, content: { title: { value: "C D" }, authors: { value: ["C D"] }, venueid: { value: "Y/2026/Workshop" } } },
  ]);
  assert.deepEqual(problems(() => parseOpenReview(twoVenues, "two.json", { labels: LABELS })), ['two.json venueid: "X/2026/Workshop" and "Y/2026/Workshop" are equally common; pass --venue-id']);
});

test("imported Markdown: LaTeX kept as written, no accidental headings or lists, paragraphs kept", () => {
  assert.equal(importedMarkdown("Costs $O(n^2)$ and $a_1 * b_2$, not $5 or $6."), "Costs $O(n^2)$ and $a\\_1 \\* b\\_2$, not $5 or $6.");
  assert.equal(importedMarkdown("# One\n\n- two\n\n3. three\n\n> four"), "\\# One\n\n\\- two\n\n3\\. three\n\n\\> four");
  assert.equal(importedMarkdown("  a\n b  \n\n\n c "), "a b\n\nc");
});

test("CMT: a CSV with a BOM, quoted semicolons, Accept (Oral)/(Poster), tracks as types; no e-mail read", () => {
  const { records, skipped } = parseCmt([cmtSheetFromText(read("cmt.csv"), "cmt.csv")], "cmt.csv", { labels: LABELS });
  assert.deepEqual(records.map((r) => [r.id, r.type, r.presentation]), [["3", "research", "oral"], ["4", "position", "poster"], ["6", "research", undefined]]);
  assert.deepEqual(records[0]!.authors, [
    { given: "Ana", family: "Lima", affiliation: "Universidade Exemplo; Lab X" },
    { given: "Tom", family: "Berg" },
  ]);
  assert.equal(records[0]!.abstract, 'A study of bots that review code; "quoted" words, $O(n^2)$ checks and two lines.');
  assert.deepEqual(records[0]!.keywords, ["Software Engineering -> Code review", "Human factors", "Bots"]);
  assert.deepEqual(records[1]!.authors, [{ given: "Jürgen", family: "Groß", affiliation: "TU Beispiel" }]);
  assert.deepEqual(skipped, [
    { label: "cmt.csv row 4 (Paper ID 5)", reason: 'Status is "Reject"' },
    { label: "cmt.csv row 6 (Paper ID 7)", reason: 'Status is "Withdrawn"' },
  ]);
  assertNothingPrivate(JSON.stringify(records), "the records");
  assert.deepEqual(splitCmtAuthors("A B (X; Y)*; C D*"), ["A B (X; Y)", "C D"]);
  // Saved by a spreadsheet set to another locale: semicolons between cells, or tabs.
  const semicolons = "sep=;\nPaper ID;Paper Title;Author Names;Author Emails;Status\n9;Semis;\"Eva Stone; Ian Frost\";eva@cmt-private.test;Accept\n";
  assert.deepEqual(parseCmt([cmtSheetFromText(semicolons, "semi.csv")], "semi.csv", { labels: LABELS }).records[0]!.authors, [{ given: "Eva", family: "Stone" }, { given: "Ian", family: "Frost" }]);
  const tabs = "Paper ID\tPaper Title\tAuthor Names\tStatus\n10\tTabs, Too\tEva Stone\tAccept (Spotlight)\n";
  assert.deepEqual(parseCmt([cmtSheetFromText(tabs, "tabs.txt")], "tabs.txt", { labels: LABELS }).records.map((r) => [r.title, r.presentation]), [["Tabs, Too", "spotlight"]]);
});

test("CMT: problems name the row and the column", () => {
  const bad = [
    "Paper ID,Paper Title,Author Names,Status",
    "1,,Ada Lovelace,Accept",
    "2,Lightning Fast,Grace Hopper,Accept (Lightning)",
    "3,Mailed,grace@cmt-private.test,Accept",
    "4,Also Fine,Alan Turing,Reject",
  ].join("\n");
  assert.deepEqual(problems(() => parseCmt([cmtSheetFromText(bad, "bad.csv")], "bad.csv", { labels: LABELS })), [
    "bad.csv row 2 (Paper ID 1) Paper Title: is required",
    'bad.csv row 3 (Paper ID 2) Status: "Accept (Lightning)": the presentation kind "Lightning" is not mapped; add --map "Lightning=<id>" (presentations: oral, spotlight, poster; paper types: research, position; awards: best-paper)',
    "bad.csv row 4 (Paper ID 3) Author Names: holds an e-mail address; only names (and affiliations in brackets) are imported",
  ]);
  assert.deepEqual(problems(() => parseCmt([cmtSheetFromText("Paper ID,Title,Status\n1,X,Accept\n", "t.csv")], "t.csv", { labels: LABELS })), [
    't.csv Paper Title: no "Paper Title" column in the header (Paper ID, Title, Status)',
  ]);
});

test("merge: an id taken by another paper (another system's numbering) is not overwritten", () => {
  const existing = [{ id: 13, title: "Can It Edit?", authors: [{ given: "Federico", family: "Cassano" }, "arjun-guha"], type: "research" }];
  const { entries, report } = merge(existing, [{ label: "note 2", id: "13", title: "Tests as Specifications", authors: [{ given: "Li", family: "Xiaolong" }] }], uniqueSlug);
  assert.equal(entries[0]!.title, "Can It Edit?");
  assert.equal(entries[1]!.id, "tests-as-specifications");
  assert.deepEqual(report.added, [{ id: "tests-as-specifications", title: "Tests as Specifications", note: 'id 13 is taken by "Can It Edit?", another paper' }]);
  // The same paper, retitled, keeps its entry: an author in common (a person id counts).
  const retitled = merge(existing, [{ label: "row 2", id: "13", title: "Can It Edit? (Extended)", authors: [{ given: "Arjun", family: "Guha" }] }], uniqueSlug);
  assert.equal(retitled.entries.length, 1);
  assert.deepEqual(retitled.report.updated.map((u) => u.fields), [["title", "authors"]]);
});

/** A CMT export as Excel makes it: one sheet per track, the e-mail columns included. */
async function cmtWorkbook(file: string, withTitle = true): Promise<void> {
  const header = ["Paper ID", "Created", withTitle ? "Paper Title" : "Title", "Abstract", "Primary Contact Author Email", "Author Names", "Author Emails", "Track Name", "Primary Subject Area", "Status"];
  const cells = (rows: (string | number)[][]) => [header, ...rows].map((row) => row.map((value) => ({ value })));
  const research = cells([
    [31, "1/12/2026", "Spreadsheets All the Way Down", "Cells, $A_1 + B_1$, and **formulas**.", "ana@cmt-private.test", "Ana Lima (Universidade Exemplo; Lab X); Tom Berg", "ana@cmt-private.test; tom@cmt-private.test", "Research Track", "Spreadsheets", "Accept (Oral)"],
    [32, "1/12/2026", "Not Accepted Here", "No.", "x@cmt-private.test", "Pat Doe", "x@cmt-private.test", "Research Track", "Testing", "Reject"],
  ]);
  const position = cells([[33, "1/13/2026", "Positions on Posters", "A position.", "o@cmt-private.test", "Ola Nordmann", "o@cmt-private.test", "Position Track", "Posters", "Accept (Poster)"]]);
  const buffer = await writeXlsxFile([{ data: research, sheet: "Research Track" }, { data: position, sheet: "Position Track" }]).toBuffer();
  writeFileSync(file, buffer);
}

test("CMT .xlsx into an edition: every track's sheet, no e-mail; a workbook without the title column writes nothing", async () => {
  const { content, root } = copyContent();
  const file = path.join(content, "2024/papers.yaml");
  const xlsx = path.join(root, "cmt-export.xlsx");
  await cmtWorkbook(xlsx);
  const r = await run([xlsx, "--format", "cmt", "--edition", "2024", "--content", content]);
  assert.equal(r.status, 0, r.err);
  assert.match(r.out, /^added: 2\n  31: Spreadsheets All the Way Down\n  33: Positions on Posters$/m);
  assert.match(r.out, /cmt-export\.xlsx sheet "Research Track" row 3 \(Paper ID 32\): Status is "Reject"/);
  const text = readFileSync(file, "utf8");
  assertNothingPrivate(text, "papers.yaml");
  const papers = parseYaml(text) as Record<string, unknown>[];
  const spreadsheets = papers.find((p) => p.id === 31)!;
  assert.deepEqual([spreadsheets.type, spreadsheets.presentation, spreadsheets.keywords], ["research", "oral", ["Spreadsheets"]]);
  assert.equal(spreadsheets.abstract, "Cells, $A\\_1 + B\\_1$, and **formulas**.");
  assert.deepEqual([papers.find((p) => p.id === 33)!.type, papers.find((p) => p.id === 33)!.presentation], ["position", "poster"]);

  const before = snapshot(content);
  const untitled = path.join(root, "untitled.xlsx");
  await cmtWorkbook(untitled, false);
  const bad = await run([untitled, "--format", "cmt", "--edition", "2024", "--content", content]);
  assert.equal(bad.status, 1);
  assert.match(bad.err, /^untitled\.xlsx sheet "Research Track" Paper Title: no "Paper Title" column in the header \(Paper ID, Created, Title, /m);
  assert.match(bad.err, /^untitled\.xlsx sheet "Position Track" Paper Title: no "Paper Title" column/m);
  writeFileSync(path.join(root, "fake.xlsx"), "Paper ID,Paper Title\n");
  const fake = await run([path.join(root, "fake.xlsx"), "--format", "cmt", "--edition", "2024", "--content", content]);
  assert.match(fake.err, /^fake\.xlsx: is not a readable \.xlsx workbook/m);
  assert.deepEqual(snapshot(content), before);
});

test("OpenReview into an edition after a CSV: matched by title, hand-added links and awards kept, nothing private written", async () => {
  const { content } = copyContent();
  const file = path.join(content, "2024/papers.yaml");
  const first = await run([fixture("papers.csv"), "--format", "csv", "--edition", "2024", "--content", content]);
  assert.equal(first.status, 0, first.err);
  // By hand: an award and a slides link on the CSV's paper (its id 21 was taken by a shipped paper).
  const byHand = (edit: (doc: ReturnType<typeof parseDocument>, at: (title: string) => number) => void) => {
    const doc = parseDocument(readFileSync(file, "utf8"));
    const at = (title: string) => (doc.toJS() as { title: string }[]).findIndex((p) => p.title === title);
    edit(doc, at);
    writeFileSync(file, doc.toString());
    return readFileSync(file, "utf8");
  };
  let text = byHand((doc, at) => {
    doc.setIn([at("Code Review Bots, Revisited"), "award"], "best-paper");
    doc.setIn([at("Code Review Bots, Revisited"), "links"], { slides: "https://example.org/slides.pdf" });
  });
  assert.match(first.out, /^ {2}code-review-bots-revisited: Code Review Bots, Revisited \(id 21 is taken by "Semantically Aligned/m);
  const args = [fixture("openreview.json"), "--format", "openreview", "--edition", "2024", "--content", content, "--type", "research"];

  const dry = await run([...args, "--dry-run"]);
  assert.equal(dry.status, 0, dry.err);
  assert.match(dry.out, /^added: 3\n {2}12: Ranking Patches <script>alert\('title'\)<\/script> with Small Models\n {2}tests-as-specifications-for-code-models: Tests as Specifications for Code Models \(id 13 is taken by "Can It Edit\? .*", another paper\)\n {2}NoNumber_1: Prompting for Proofs, at Scale$/m);
  assert.match(dry.out, /^updated: 1\n {2}code-review-bots-revisited: Code Review Bots, Revisited \(authors, abstract, presentation\)$/m, "the CSV's paper is found by its title");
  assert.match(dry.out, /^ {2}note 5 \(number 15\): rejected/m);
  assert.equal(readFileSync(file, "utf8"), text, "a dry run writes nothing");

  const wet = await run(args);
  assert.equal(wet.status, 0, wet.err);
  text = readFileSync(file, "utf8");
  assertNothingPrivate(text, "papers.yaml");
  const papers = parseYaml(text) as Record<string, unknown>[];
  assert.equal(papers.filter((p) => p.title === "Code Review Bots, Revisited").length, 1, "not doubled");
  const bots = papers.find((p) => p.title === "Code Review Bots, Revisited")!;
  assert.equal(bots.award, "best-paper");
  assert.deepEqual(bots.links, { slides: "https://example.org/slides.pdf" });
  assert.equal(bots.presentation, "poster");
  assert.equal(papers.find((p) => p.id === 13)!.title, "Can It Edit? Evaluating the Ability of Large Language Models to Follow Code Editing Instructions", "the shipped paper 13 is another paper and stays");
  const ranking = papers.find((p) => p.id === 12)!;
  assert.deepEqual(ranking.keywords, ["program repair", "patch ranking"]);
  assert.equal(ranking.type, "research");
  assert.equal(ranking.presentation, "oral");

  // Hand edits on an OpenReview paper survive the next import.
  byHand((doc, at) => {
    doc.setIn([at(String(ranking.title)), "links", "pdf"], "https://example.org/camera-ready.pdf");
    doc.setIn([at(String(ranking.title)), "links", "code"], "https://example.org/code");
    doc.setIn([at(String(ranking.title)), "award"], "best-paper");
  });
  const again = await run(args);
  assert.equal(again.status, 0, again.err);
  assert.match(again.out, /^added: 0$/m);
  const twelve = (parseYaml(readFileSync(file, "utf8")) as Record<string, unknown>[]).find((p) => p.id === 12)!;
  assert.deepEqual(twelve.links, { forum: "https://openreview.net/forum?id=Or7aBc12De", pdf: "https://example.org/camera-ready.pdf", code: "https://example.org/code" });
  assert.equal(twelve.award, "best-paper");
  assert.deepEqual(readdirSync(path.dirname(file)).filter((f) => f.endsWith(".tmp")), []);
});

test("OpenReview bad input writes nothing and names the record and the field", async () => {
  const { content, root } = copyContent();
  const before = snapshot(content);
  const base = ["--format", "openreview", "--edition", "2024", "--content", content, "--type", "research"];
  const invalid = path.join(root, "invalid.json");
  writeFileSync(invalid, '{ "notes": [ { "id": ');
  const cases: [string, RegExp][] = [
    [invalid, /^invalid\.json: is not valid JSON/m],
    [fixture("openreview-bad.json"), /^note 2 \(number 2\) content\.title: is required$/m],
    [fixture("openreview-bad.json"), /^note 3 \(number 3\) content\.venue: "DL4C 2026 Lightning": the presentation kind "Lightning" is not mapped/m],
  ];
  for (const [file, message] of cases) {
    const r = await run([file, ...base]);
    assert.equal(r.status, 1);
    assert.match(r.err, message);
    assert.match(r.err, /Nothing was written\./);
  }
  const unknownMap = await run([fixture("openreview.json"), ...base, "--map", "Oral=plenary"]);
  assert.match(unknownMap.err, /^--map Oral: "plenary" is not a presentation, paper type or award id of cfp\.yaml/m);
  const asHotcrp = await run([fixture("openreview.json"), ...base.slice(0, 1), "hotcrp", ...base.slice(2)]);
  assert.match(asHotcrp.err, /^openreview\.json: must be a JSON array of submissions/m, "the wrong format is refused too");
  assert.deepEqual(snapshot(content), before);
});
