// `npm run init`: a new workshop in one command, in every mode (co-located or standalone, in a
// place, online or both, one day or several), built and checked like any site; refusing to
// replace uncommitted work.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { initWorkshop, InitError, type InitOptions } from "../../scripts/init.ts";
import { loadSite } from "../../src/content/load.ts";
import { fixture, ROOT } from "../helpers.ts";
import { checkLinks, walk } from "./links.ts";

const git = (cwd: string, ...args: string[]) => execFileSync("git", ["-c", "user.email=test@example.org", "-c", "user.name=Test", ...args], { cwd, encoding: "utf8" });

/** A git repository holding a committed copy of the llm4code fixture as content/ and assets/. */
function repository(): { root: string; content: string; assets: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), "colloquy-init-"));
  cpSync(fixture().content, path.join(root, "content"), { recursive: true });
  cpSync(fixture().assets, path.join(root, "assets"), { recursive: true });
  git(root, "init", "-q");
  git(root, "add", "-A");
  git(root, "commit", "-qm", "example content");
  return { root, content: path.join(root, "content"), assets: path.join(root, "assets") };
}

const BASE: Omit<InitOptions, "contentDir" | "assetsDir"> = {
  shortName: "MLSys",
  name: "Workshop on Machine Learning for Systems",
  year: 2026,
  date: "2026-12-12",
  zone: "America/Los_Angeles",
  url: "https://mlsys-workshop.github.io",
  today: "2026-09-01",
};

const MODES: Record<string, Partial<InitOptions>> = {
  "co-located, in a place": { conference: { name: "NeurIPS 2026", url: "https://neurips.cc/" }, place: { city: "San Diego", country: "United States" } },
  "standalone, online, two days": { online: true, endDate: "2026-12-13", language: "en-US" },
  "co-located, hybrid": { conference: { name: "NeurIPS 2026", url: "https://neurips.cc/" }, place: { city: "San Diego", country: "United States" }, online: true },
};

const allText = (dir: string) => walk(dir).filter((f) => /\.(html|xml|ics|txt|json|yaml|md|css|js)$/.test(f)).map((f) => readFileSync(f, "utf8")).join("\n");

for (const [mode, extra] of Object.entries(MODES)) {
  test(`init (${mode}) replaces the example with one edition that validates and builds, with nothing of the example left`, async () => {
    const repo = repository();
    const { files } = initWorkshop({ ...BASE, ...extra, contentDir: repo.content, assetsDir: repo.assets });
    assert.deepEqual(readdirSync(repo.content).sort(), ["2026", "people.yaml", "schemas", "site.yaml"]);
    for (const file of ["site.yaml", "people.yaml", "2026/edition.yaml", "2026/cfp.yaml", "2026/dates.yaml", "2026/committee.yaml", "2026/pages/about.md"]) {
      assert.ok(files.includes(file), `${file} is written`);
    }
    const model = loadSite({ contentDir: repo.content, assetsDir: repo.assets });
    assert.equal(model.site.short_name, "MLSys");
    assert.equal(model.editions.length, 1);
    // Every text still to be written says so.
    assert.match(readFileSync(path.join(repo.content, "2026/pages/about.md"), "utf8"), /PLACEHOLDER/);
    assert.match(readFileSync(path.join(repo.content, "2026/cfp.yaml"), "utf8"), /PLACEHOLDER/);

    const out = await buildSite({ content: repo.content, assets: repo.assets, output: path.join(repo.root, "_site"), quiet: true });
    const links = checkLinks(out, "/", BASE.url);
    assert.deepEqual(links.broken, []);
    assert.ok(existsSync(path.join(out, "call/index.html")) && existsSync(path.join(out, "2026/index.html")));
    const home = readFileSync(path.join(out, "index.html"), "utf8");
    assert.match(home, /Workshop on Machine Learning for Systems/);
    if (extra.conference) assert.match(home, /NeurIPS 2026/);
    else assert.doesNotMatch(home, /Co-located/i);
    for (const [where, text] of [["content/", allText(repo.content)], ["the built site", allText(out)]] as const) {
      const left = [...text.matchAll(/.{0,40}(llm4code|large language models for code|\bicse\b).{0,40}/gi)].map((m) => m[0]);
      assert.deepEqual(left, [], `${where} still names the example workshop`);
    }
  });
}

test("init refuses, writing nothing, when content/ has uncommitted changes, unless --force", () => {
  const repo = repository();
  const news = path.join(repo.content, "2026/news.yaml");
  writeFileSync(news, `${readFileSync(news, "utf8")}\n- date: 2026-05-01\n  text: Not yet committed.\n`);
  const before = walk(repo.content).map((f) => [f, readFileSync(f, "utf8")]);
  assert.throws(() => initWorkshop({ ...BASE, ...MODES["co-located, in a place"], contentDir: repo.content, assetsDir: repo.assets }), (error: unknown) => {
    assert.ok(error instanceof InitError);
    assert.match(error.message, /changes git has not committed:\n\s+M content\/2026\/news\.yaml/);
    assert.match(error.message, /--force/);
    return true;
  });
  assert.deepEqual(walk(repo.content).map((f) => [f, readFileSync(f, "utf8")]), before, "content/ is untouched");

  initWorkshop({ ...BASE, ...MODES["co-located, in a place"], contentDir: repo.content, assetsDir: repo.assets, force: true });
  assert.deepEqual(readdirSync(repo.content).sort(), ["2026", "people.yaml", "schemas", "site.yaml"]);
});

test("init names every missing option at once and writes nothing", () => {
  const repo = repository();
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/init.ts", `--content=${repo.content}`, `--assets=${repo.assets}`, "--short-name", "X"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(result.status, 2);
  for (const flag of ["--name", "--year", "--date", "--zone", "--url", "--online"]) assert.match(result.stderr, new RegExp(flag));
  assert.equal(git(repo.root, "status", "--porcelain"), "", "nothing changed");
});

test("init prints the next steps", () => {
  const repo = repository();
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/init.ts", `--content=${repo.content}`, `--assets=${repo.assets}`, "--short-name", "MLSys", "--name", "Workshop on ML for Systems", "--year", "2026", "--date", "2026-12-12", "--zone", "America/Los_Angeles", "--url", "https://a.github.io", "--online"],
    { cwd: ROOT, encoding: "utf8" },
  );
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /Next steps:[\s\S]*PLACEHOLDER[\s\S]*npm run build[\s\S]*npm test/);
});

test("a workshop made by init passes the site checks, in the browser too", async () => {
  const repo = repository();
  initWorkshop({ ...BASE, ...MODES["standalone, online, two days"], contentDir: repo.content, assetsDir: repo.assets });
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-site.ts", `--content=${repo.content}`, `--assets=${repo.assets}`], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SITE_CHECK_PORT: "4185" },
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(result.status, 0, `${result.stdout.slice(-4000)}\n${result.stderr.slice(-2000)}`);
  assert.match(result.stdout, /^\d+ passed, 0 failed$/m);
});
