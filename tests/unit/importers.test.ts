import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parse as parseYaml } from "yaml";
import { importPapers } from "../../scripts/import-papers.ts";
import { loadSite } from "../../src/content/load.ts";
import { splitAuthors } from "../../src/importers/csv.ts";
import { parseHotcrp } from "../../src/importers/hotcrp.ts";
import { dedupe, normaliseTitle, slugify } from "../../src/importers/merge.ts";
import { runImport } from "../../src/importers/run.ts";
import { parseText } from "../../src/importers/text.ts";
import { ImportError, isAccepted } from "../../src/importers/types.ts";
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
