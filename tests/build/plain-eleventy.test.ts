// A plain Eleventy run of .eleventy.ts builds exactly what `npm run build` builds: the build's
// options reach the plugins as one Build object, never through the environment or module state.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { copyContent, edit, ROOT } from "../helpers.ts";

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string, relative = ""): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true })
    .flatMap((entry) => {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, child) : [child];
    })
    .sort();
}

test("Eleventy run directly on .eleventy.ts writes the same bytes as the build script", async () => {
  // A project folder with the fixture's content where Colloquy keeps its own: the engine, the
  // configuration and the cache are the repository's.
  const { root, content, assets } = copyContent("vera");
  // Something a module-level cache of an earlier build in this process could hide.
  edit(path.join(content, "site.yaml"), /^name: .*$/m, "name: Built Twice Workshop");
  for (const name of ["src", "node_modules", "package.json", ".eleventy.ts", ".cache"]) {
    if (name === ".cache") mkdirSync(path.join(ROOT, ".cache"), { recursive: true });
    symlinkSync(path.join(ROOT, name), path.join(root, name));
  }
  const out = mkdtempSync(path.join(os.tmpdir(), "colloquy-plain-"));
  const scripted = await buildSite({ content, assets, output: path.join(out, "scripted"), quiet: true });

  const eleventy = path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");
  const run = spawnSync(process.execPath, ["--import", "tsx", eleventy, "--config=.eleventy.ts", `--output=${path.join(out, "plain")}`, "--quiet"], { cwd: root, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);

  const plain = path.join(out, "plain");
  const files = filesUnder(scripted);
  assert.deepEqual(filesUnder(plain), files, "the same files");
  assert.ok(files.length > 40, `a whole site (${files.length} files)`);
  for (const file of files) assert.ok(readFileSync(path.join(plain, file)).equals(readFileSync(path.join(scripted, file))), `${file} differs`);
  assert.match(readFileSync(path.join(plain, "index.html"), "utf8"), /Built Twice Workshop/);
});

test("npm run build runs the engine compiled to JavaScript, and writes the same bytes as its TypeScript sources", async () => {
  const { content, assets } = copyContent("vera");
  const out = mkdtempSync(path.join(os.tmpdir(), "colloquy-compiled-"));
  const cache = path.join(out, "cache");
  const sources = await buildSite({ content, assets, cache, output: path.join(out, "sources"), quiet: true });
  const run = spawnSync(process.execPath, ["scripts/run.js", "build", `--content=${content}`, `--assets=${assets}`, `--cache=${cache}`, `--output=${path.join(out, "compiled")}`, "--quiet"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const compiled = path.join(out, "compiled");
  const files = filesUnder(sources);
  assert.deepEqual(filesUnder(compiled), files, "the same files");
  for (const file of files) assert.ok(readFileSync(path.join(compiled, file)).equals(readFileSync(path.join(sources, file))), `${file} differs`);
  // It ran from the compiled engine: JavaScript pages under .cache/engine/, no TypeScript loader.
  const engines = readdirSync(path.join(ROOT, ".cache/engine")).filter((name) => !name.includes(".partial-"));
  assert.ok(engines.some((name) => readdirSync(path.join(ROOT, ".cache/engine", name, "src/pages")).includes("index.11ty.js")), engines.join(", "));
});

test("scripts/run.js names the commands it runs when given none it knows", () => {
  const run = spawnSync(process.execPath, ["scripts/run.js", "no-such-command"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /scripts\/<command>\.ts exists \(not no-such-command\)/);
});

test("a build in a log prints one line per long stage, with its count; --quiet prints only its last line", () => {
  const { content, assets } = copyContent("vera");
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-progress-")), "site");
  const script = path.join(ROOT, "scripts/build.ts");
  const run = (...flags: string[]) => spawnSync(process.execPath, ["--import", "tsx", script, `--content=${content}`, `--assets=${assets}`, `--output=${out}`, ...flags], { cwd: ROOT, encoding: "utf8" });
  const loud = run();
  assert.equal(loud.status, 0, loud.stderr);
  const lines = loud.stderr.trim().split("\n");
  const images = lines.filter((line) => line.startsWith("images: "));
  assert.equal(images.length, 1, loud.stderr);
  const [, done, total, encoded, stored] = /^images: (\d+) of (\d+) in [\d.]+ s \((\d+) encoded, (\d+) from the store\)$/.exec(images[0]!) ?? [];
  assert.equal(done, total);
  assert.equal(Number(encoded) + Number(stored), Number(total));
  assert.match(loud.stderr, /^paper pages: (\d+) of \1 in [\d.]+ s \(\d+ unchanged files linked from the store\)$/m);
  assert.ok(!loud.stderr.includes("\r"), "no terminal redraws in a log");
  assert.match(loud.stdout, /^\[11ty\] Wrote \d+ files/m);
  const quiet = run("--quiet");
  assert.equal(quiet.status, 0, quiet.stderr);
  assert.equal(quiet.stderr, "");
  assert.match(quiet.stdout, /^Built \S+ in [\d.]+ s\n$/, "nothing but the closing line");
});
