// Content problems as GitHub annotations and as a job-summary table (src/content/report.ts).
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ContentError, type Problem } from "../../src/content/errors.ts";
import { loadSite } from "../../src/content/load.ts";
import { annotation, contentReport, escapeData, escapeProperty, markdownCell, reportFormat, summaryMarkdown } from "../../src/content/report.ts";
import { copyContent, edit } from "../helpers.ts";

/** A copy of the fixture with problems in three files: a date, an odd unknown key, an unusable page name. */
function brokenSite(): readonly Problem[] {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "2024/news.yaml"), "date: 2023-10-11\n  text: Submissions", "date: 2023-02-30\n  text: Submissions");
  edit(path.join(content, "2024/edition.yaml"), "ordinal: 1\n", 'ordinal: 1\n"odd,key: 100%\\r\\nnext": 1\n');
  writeFileSync(path.join(content, "2024/pages/50%,a:b.md"), "---\ntitle: Odd\n---\nText\n");
  try {
    loadSite({ contentDir: content, assetsDir: assets, relativeTo: root });
  } catch (error) {
    assert.ok(error instanceof ContentError);
    return error.problems;
  }
  assert.fail("the broken copy validated");
}

test("the problems of several files become one annotation each, escaped as workflow commands require", () => {
  assert.deepEqual(brokenSite().map(annotation), [
    "::error file=content/2024/edition.yaml,line=6,col=1,title=edition.odd%2Ckey%3A 100%25%0D%0Anext::unknown field",
    "::error file=content/2024/news.yaml,line=6,col=9,title=news[1].date::is not a real calendar date",
    '::error file=content/2024/pages/50%25%2Ca%3Ab.md::file name "50%25,a:b.md" is not a usable URL; rename it or set slug',
  ]);
});

test("escaping: % first, CR and LF everywhere, ':' and ',' only in property values", () => {
  assert.equal(escapeData("100% done\r\nnext: a, b %0A"), "100%25 done%0D%0Anext: a, b %250A");
  assert.equal(escapeProperty("100% done\r\nnext: a, b %0A"), "100%25 done%0D%0Anext%3A a%2C b %250A");
  const odd: Problem = { file: "content\\2026\\a%,b:c.yaml", line: 3, column: 7, path: "x,y:z%", message: "50% done\r\nnext: a, b" };
  assert.equal(annotation(odd), "::error file=content/2026/a%25%2Cb%3Ac.yaml,line=3,col=7,title=x%2Cy%3Az%25::50%25 done%0D%0Anext: a, b");
  // A problem of a whole file (no line) and one without a field name.
  assert.equal(annotation({ file: "./content/people.yaml", line: 0, column: 0, path: "", message: "is missing" }), "::error file=content/people.yaml::is missing");
  assert.equal(
    annotation({ file: "content/2026/news.yaml", line: 12, column: 5, path: "news[3].date", message: "is not a real calendar date" }),
    "::error file=content/2026/news.yaml,line=12,col=5,title=news[3].date::is not a real calendar date",
  );
});

test("the job summary is a Markdown table of every problem, with a heading and the count", () => {
  assert.equal(
    summaryMarkdown(brokenSite(), { command: "npm run check" }),
    [
      "### Content problems found by `npm run check`",
      "",
      "3 problems; nothing was written.",
      "",
      "| Where | Field | Problem |",
      "| --- | --- | --- |",
      "| content/2024/edition.yaml:6:1 | edition.odd,key: 100%<br>next | unknown field |",
      "| content/2024/news.yaml:6:9 | news\\[1\\].date | is not a real calendar date |",
      '| content/2024/pages/50%,a:b.md |  | file name "50%,a:b.md" is not a usable URL; rename it or set slug |',
      "",
    ].join("\n"),
  );
  const one = summaryMarkdown([{ file: "content/site.yaml", line: 2, column: 1, path: "site.a|b", message: "x | y\nz <b>&amp;</b> `c` *d* _e_ ~f~ $g$ \\" }], { command: "npm run build" });
  assert.match(one, /^### Content problems found by `npm run build`\n\n1 problem; nothing was written\.\n/);
  assert.ok(one.endsWith("| content/site.yaml:2:1 | site.a\\|b | x \\| y<br>z \\<b\\>\\&amp;\\</b\\> \\`c\\` \\*d\\* \\_e\\_ \\~f\\~ \\$g\\$ \\\\ |\n"), one);
});

test("table cells: the separator and line breaks never split a row", () => {
  assert.equal(markdownCell("a|b\r\nc\rd\ne"), "a\\|b<br>c<br>d<br>e");
  assert.equal(markdownCell("content/2024/news.yaml:4:9"), "content/2024/news.yaml:4:9");
});

test("the format: --format wins, else github inside GitHub Actions, else plain; anything else is refused", () => {
  assert.equal(reportFormat(undefined, false), "plain");
  assert.equal(reportFormat(undefined, true), "github");
  assert.equal(reportFormat("plain", true), "plain");
  assert.equal(reportFormat("github", false), "github");
  assert.throws(() => reportFormat("json", true), /--format must be plain or github, not "json"/);
});

test("the plain report is the ContentError text as before; the github one adds the annotations on stdout", () => {
  const problems = brokenSite();
  const text = new ContentError(problems).message;
  const after = ["Nothing was written. Fix the problems above and build again."];
  const plain = contentReport(problems, { format: "plain", command: "npm run build", text, after });
  assert.equal(plain.stdout, "");
  assert.equal(plain.stderr, `${text}\n${after[0]}\n`);
  assert.match(plain.stderr, /^Content has 3 problems:\ncontent\/2024\/edition\.yaml:6:1 edition\.odd,key: 100%\r\nnext: unknown field\ncontent\/2024\/news\.yaml:6:9 news\[1\]\.date: is not a real calendar date\n/);
  const github = contentReport(problems, { format: "github", command: "npm run build", text, after });
  assert.equal(github.stderr, plain.stderr);
  assert.equal(github.stdout, problems.map((p) => `${annotation(p)}\n`).join(""));
  assert.equal(github.summary, summaryMarkdown(problems, { command: "npm run build" }));
});
