// Work a warm build takes from the store instead of doing again: drawn images and compiled scripts.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ScriptCompiler } from "../../src/config/assets.ts";
import { encodeDrawing, ImageEncoder } from "../../src/images/pipeline.ts";
import { monogramSvg } from "../../src/images/monogram.ts";
import { FileStore } from "../../src/lib/file-store.ts";

const temp = () => mkdtempSync(path.join(os.tmpdir(), "colloquy-stored-"));

test("a drawing is drawn once: a later build with the same recipe links its files and keeps what the drawing said", async () => {
  const store = new FileStore(temp());
  let draws = 0;
  const draw = (initials: string) => () => {
    draws++;
    return { svg: monogramSvg({ initials, seed: "x", size: 64 }), about: { initials } };
  };
  const req = { name: "m", widths: [32, 64], formats: ["png" as const] };
  const first = { outDir: temp(), encoder: new ImageEncoder(store) };
  const made = await encodeDrawing({ initials: "AB" }, draw("AB"), req, first);
  await first.encoder.settled();
  assert.equal(draws, 1);
  assert.deepEqual(first.encoder.stats, { encoded: 2, cached: 0 });

  const later = { outDir: temp(), encoder: new ImageEncoder(store) };
  const again = await encodeDrawing({ initials: "AB" }, draw("AB"), req, later);
  await later.encoder.settled();
  assert.equal(draws, 1, "not drawn again");
  assert.deepEqual(again, made);
  assert.deepEqual(later.encoder.stats, { encoded: 0, cached: 2 });
  const file = made.image.sources[0]!.files[1]!.path;
  assert.equal(statSync(path.join(later.outDir, file)).ino, statSync(path.join(first.outDir, file)).ino, "the same stored file");

  await encodeDrawing({ initials: "AC" }, draw("AC"), req, later);
  assert.equal(draws, 2, "another recipe is drawn");
});

test("browser scripts are compiled once: while every file they read is the same, the output is linked from the store", async () => {
  const dir = temp();
  const store = new FileStore(path.join(dir, "store"));
  writeFileSync(path.join(dir, "words.ts"), `export const word: string = "first";\n`);
  writeFileSync(path.join(dir, "main.ts"), `import { word } from "./words.ts";\ndocument.title = word;\n`);
  const options = { bundle: true, minify: true, format: "iife" as const, logLevel: "warning" as const, entryPoints: [path.join(dir, "main.ts")] };
  const out = (n: number) => path.join(dir, `out-${n}`);
  await new ScriptCompiler(store).compile(options, out(1));
  assert.match(readFileSync(path.join(out(1), "main.js"), "utf8"), /"first"/);
  // The output is the stored copy itself: what is written through it shows whether the next build compiles or links.
  writeFileSync(path.join(out(1), "main.js"), "kept");
  await new ScriptCompiler(store).compile(options, out(2));
  assert.equal(readFileSync(path.join(out(2), "main.js"), "utf8"), "kept", "linked from the store, not compiled again");
  // A change to a file the entry imports compiles it again.
  writeFileSync(path.join(dir, "words.ts"), `export const word: string = "second";\n`);
  await new ScriptCompiler(store).compile(options, out(3));
  assert.match(readFileSync(path.join(out(3), "main.js"), "utf8"), /"second"/);
});
