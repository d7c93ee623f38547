// `npm run build` and `npm run check` on broken content, run as their own processes the way a
// GitHub workflow runs them: annotations on stdout, the plain text on stderr, every problem in the
// job summary, exit status 1 and nothing written. The scripts run in the copy's root, as in a
// repository, so files are named relative to it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ROOT, copyContent, edit } from "../helpers.ts";

const TSX = import.meta.resolve("tsx");

/** A copy of the fixture with three problems in news.yaml and one in site.yaml. */
function brokenRepository(): string {
  const { root, content } = copyContent();
  edit(path.join(content, "2024/news.yaml"), "date: 2023-10-11\n  text: Submissions", "date: 2023-02-30\n  text: Submissions");
  edit(path.join(content, "2024/news.yaml"), "- date: 2024-02-26\n  text:", "- date: 2024-02-26\n  txet:");
  edit(path.join(content, "site.yaml"), /^current_edition: 2026$/m, "current_edition: 2031");
  return root;
}

function run(script: string, cwd: string, args: readonly string[], env: Record<string, string | undefined>) {
  const childEnv: Record<string, string | undefined> = { ...process.env, GITHUB_ACTIONS: undefined, GITHUB_STEP_SUMMARY: undefined, ...env };
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key];
  return spawnSync(process.execPath, ["--import", TSX, path.join(ROOT, "scripts", script), ...args], { cwd, encoding: "utf8", env: childEnv as NodeJS.ProcessEnv });
}

/** What the copy's root holds, but for the parse cache of large YAML files (.cache/, never output). */
const written = (root: string) => readdirSync(root).filter((name) => name !== ".cache").sort();

const ANNOTATIONS = [
  "::error file=content/2024/news.yaml,line=4,col=3,title=news[0].text::is required",
  '::error file=content/2024/news.yaml,line=5,col=3,title=news[0].txet::unknown field (did you mean "text"?)',
  "::error file=content/2024/news.yaml,line=6,col=9,title=news[1].date::is not a real calendar date",
  "::error file=content/site.yaml,line=8,col=18,title=site.current_edition::there is no folder content/2031/",
].map((line) => `${line}\n`).join("");

const PLAIN = `Content has 4 problems:
content/2024/news.yaml:4:3 news[0].text: is required
content/2024/news.yaml:5:3 news[0].txet: unknown field (did you mean "text"?)
content/2024/news.yaml:6:9 news[1].date: is not a real calendar date
content/site.yaml:8:18 site.current_edition: there is no folder content/2031/
`;

const NOTHING_WRITTEN = "Nothing was written. Fix the problems above and build again.\n";

const SUMMARY = `### Content problems found by \`npm run build\`

4 problems; nothing was written.

| Where | Field | Problem |
| --- | --- | --- |
| content/2024/news.yaml:4:3 | news\\[0\\].text | is required |
| content/2024/news.yaml:5:3 | news\\[0\\].txet | unknown field (did you mean "text"?) |
| content/2024/news.yaml:6:9 | news\\[1\\].date | is not a real calendar date |
| content/site.yaml:8:18 | site.current\\_edition | there is no folder content/2031/ |
`;

test("inside GitHub Actions, a broken build prints an annotation per problem, fills the job summary and writes nothing", () => {
  const root = brokenRepository();
  const summary = path.join(root, "summary.md");
  writeFileSync(summary, "Earlier step's summary\n");
  const result = run("build.ts", root, [], { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary });
  assert.equal(result.status, 1, result.stderr);
  assert.equal(result.stdout, ANNOTATIONS);
  // People still read the plain text, exactly as at a terminal.
  assert.equal(result.stderr, PLAIN + NOTHING_WRITTEN);
  assert.equal(readFileSync(summary, "utf8"), `Earlier step's summary\n\n${SUMMARY}`);
  assert.deepEqual(written(root), ["assets", "content", "summary.md"], "no output, partial or spare folder");
});

test("--format plain gives the plain text alone inside GitHub Actions; --format github gives annotations anywhere", () => {
  const root = brokenRepository();
  const plain = run("build.ts", root, ["--format", "plain"], { GITHUB_ACTIONS: "true" });
  assert.equal(plain.status, 1);
  assert.equal(plain.stdout, "");
  assert.equal(plain.stderr, PLAIN + NOTHING_WRITTEN);
  const github = run("check.ts", root, ["--format=github"], {});
  assert.equal(github.status, 1);
  assert.equal(github.stdout, ANNOTATIONS);
  assert.equal(github.stderr, PLAIN);
  const local = run("check.ts", root, [], {});
  assert.equal(local.status, 1);
  assert.equal(local.stdout, "", "no annotation outside GitHub Actions");
  assert.equal(local.stderr, PLAIN);
  const wrong = run("build.ts", root, ["--format", "json"], {});
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /--format must be plain or github, not "json"/);
  assert.deepEqual(written(root), ["assets", "content"], "nothing written");
});
