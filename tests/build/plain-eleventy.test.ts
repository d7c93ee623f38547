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
