// The file store (content-addressed copies hard-linked into outputs) and the spare output whose
// folders a build reuses.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { FileStore } from "../../src/lib/file-store.ts";
import { SpareOutput } from "../../src/lib/spare-output.ts";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "colloquy-store-test-"));
const storedFiles = (dir: string) => readdirSync(dir).filter((b) => /^[0-9a-f]{2}$/.test(b)).flatMap((b) => readdirSync(path.join(dir, b)).map((f) => path.join(dir, b, f)));

test("a file is stored once and linked into every output that has the same bytes", async () => {
  const root = tmp();
  const store = new FileStore(path.join(root, "store"));
  const [a, b] = [path.join(root, "a"), path.join(root, "b")];
  mkdirSync(a);
  mkdirSync(b);
  await store.put(path.join(a, "index.html"), "<p>same</p>");
  await store.put(path.join(b, "index.html"), Buffer.from("<p>same</p>"));
  await store.put(path.join(b, "other.html"), "<p>other</p>");
  const stored = storedFiles(store.dir);
  assert.equal(stored.length, 2, "two distinct contents, two stored files");
  assert.equal(statSync(path.join(a, "index.html")).ino, statSync(path.join(b, "index.html")).ino);
  assert.equal(statSync(path.join(a, "index.html")).nlink, 3, "the stored copy and two outputs");
  assert.equal(readFileSync(path.join(b, "other.html"), "utf8"), "<p>other</p>");
  assert.deepEqual([store.linked, store.written], [1, 2], "new bytes are written once, the same bytes again are linked");
  // Named by the hash of the bytes.
  assert.ok(stored.some((f) => f.endsWith(FileStore.hash(Buffer.from("<p>same</p>")).slice(2))));
});

test("a file put as fresh is written without looking in the store, and is still the stored copy when the store had it", async () => {
  const root = tmp();
  const store = new FileStore(path.join(root, "store"));
  const [a, b] = [path.join(root, "a"), path.join(root, "b")];
  mkdirSync(a);
  mkdirSync(b);
  await store.put(path.join(a, "page.html"), "<p>new</p>", false, true);
  assert.deepEqual([store.linked, store.written], [0, 1]);
  assert.equal(statSync(path.join(a, "page.html")).nlink, 2, "the output is the stored copy");
  // The guess is wrong: the store already has these bytes. The output ends up as its copy all the same.
  await store.put(path.join(b, "page.html"), "<p>new</p>", false, true);
  assert.equal(readFileSync(path.join(b, "page.html"), "utf8"), "<p>new</p>");
  assert.equal(statSync(path.join(b, "page.html")).ino, statSync(path.join(a, "page.html")).ino);
  assert.equal(storedFiles(store.dir).length, 1);
  assert.deepEqual(readdirSync(b), ["page.html"], "no temporary file left behind");
});

test("replacing an output file never writes through it: the stored copy keeps its bytes", async () => {
  const root = tmp();
  const store = new FileStore(path.join(root, "store"));
  const out = path.join(root, "out");
  mkdirSync(out);
  const target = path.join(out, "index.html");
  await store.put(target, "version one");
  const [storedOne] = storedFiles(store.dir);
  await store.put(target, "version two", true);
  assert.equal(readFileSync(target, "utf8"), "version two");
  assert.equal(readFileSync(storedOne!, "utf8"), "version one", "the old stored copy is untouched");
  // Replacing without the hint works too (the link finds the file there).
  await store.put(target, "version three");
  assert.equal(readFileSync(target, "utf8"), "version three");
  // The same bytes again: the file that is there is already the stored one, and stays.
  const before = statSync(target).ino;
  await store.put(target, "version three", true);
  assert.equal(statSync(target).ino, before);
  assert.deepEqual(readdirSync(out), ["index.html"], "no temporary file left behind");
});

test("where links cannot be made (another file system), files are written instead", async (t) => {
  const shm = "/dev/shm";
  if (!existsSync(shm) || statSync(shm).dev === statSync(os.tmpdir()).dev) return t.skip("no second file system here");
  const store = new FileStore(mkdtempSync(path.join(shm, "colloquy-store-test-")));
  const out = tmp();
  t.after(() => rmSync(store.dir, { recursive: true, force: true }));
  await store.put(path.join(out, "a.html"), "across file systems");
  await store.put(path.join(out, "b.html"), "and again");
  assert.equal(readFileSync(path.join(out, "a.html"), "utf8"), "across file systems");
  assert.equal(readFileSync(path.join(out, "b.html"), "utf8"), "and again");
  assert.equal(statSync(path.join(out, "a.html")).nlink, 1);
  assert.equal(store.linked, 0);
  assert.equal(store.written, 2);
  // A folder made beside the store moves to the output by copying.
  const stage = path.join(store.dir, "staging-x");
  mkdirSync(path.join(stage, "index"), { recursive: true });
  writeFileSync(path.join(stage, "index", "chunk"), "chunk bytes");
  await store.adoptFolder(stage, ["index/chunk"], path.join(out, "bundle"), (file) => FileStore.hash(file));
  assert.equal(readFileSync(path.join(out, "bundle", "index", "chunk"), "utf8"), "chunk bytes");
});

test("adoptFolder moves a folder into place, keeps its files by the names given, and linkStored links them", async () => {
  const root = tmp();
  const store = new FileStore(path.join(root, "store"));
  const out = path.join(root, "out");
  const made = (bytes: string) => {
    const stage = path.join(store.dir, `staging-${bytes}`);
    mkdirSync(path.join(stage, "index"), { recursive: true });
    writeFileSync(path.join(stage, "index", "chunk"), `${bytes} chunk`);
    writeFileSync(path.join(stage, "entry.json"), `${bytes} entry`);
    writeFileSync(path.join(stage, "ui.js"), "left out");
    return stage;
  };
  const nameOf = (file: string) => FileStore.hash(`bundle key\0${file}`);
  const stage = made("first");
  const names = await store.adoptFolder(stage, ["index/chunk", "entry.json"], path.join(out, "bundle"), nameOf);
  assert.deepEqual(names, [nameOf("index/chunk"), nameOf("entry.json")]);
  assert.ok(!existsSync(stage), "moved, not copied");
  assert.equal(readFileSync(path.join(out, "bundle", "index", "chunk"), "utf8"), "first chunk");
  assert.ok(!existsSync(path.join(out, "bundle", "ui.js")), "a file not asked for is left out");
  assert.ok(store.isStored(path.join(out, "bundle", "entry.json"), names[1]!));
  assert.equal(await store.linkStored(names[0]!, path.join(out, "again")), true);
  assert.equal(readFileSync(path.join(out, "again"), "utf8"), "first chunk");
  // The same names again with other bytes: the store takes the new files; what an output linked
  // before keeps its own bytes.
  await store.adoptFolder(made("second"), ["index/chunk", "entry.json"], path.join(out, "bundle2"), nameOf);
  assert.ok(store.isStored(path.join(out, "bundle2", "entry.json"), names[1]!));
  assert.ok(!store.isStored(path.join(out, "bundle", "entry.json"), names[1]!));
  assert.equal(readFileSync(path.join(out, "again"), "utf8"), "first chunk");
  assert.equal(await store.linkStored(FileStore.hash("never stored"), path.join(out, "missing")), false);
  assert.ok(!existsSync(path.join(out, "missing")));
});

test("the daily sweep removes stored files no output links to, once they are an hour old", async () => {
  const root = tmp();
  const store = new FileStore(path.join(root, "store"));
  const out = path.join(root, "out");
  mkdirSync(out);
  await store.put(path.join(out, "kept.html"), "linked from an output");
  await store.put(path.join(out, "gone.html"), "its output was deleted");
  await store.put(path.join(out, "fresh.html"), "stored a moment ago");
  const byContent = (text: string) => storedFiles(store.dir).find((f) => f.endsWith(FileStore.hash(Buffer.from(text)).slice(2)))!;
  const [kept, gone, fresh] = [byContent("linked from an output"), byContent("its output was deleted"), byContent("stored a moment ago")];
  const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
  for (const file of [kept, gone]) utimesSync(file, old, old);
  // The outputs of gone.html and fresh.html are deleted: nothing links to their stored copies.
  rmSync(path.join(out, "gone.html"));
  rmSync(path.join(out, "fresh.html"));
  assert.equal(store.sweep(), 1);
  assert.ok(existsSync(kept), "still linked");
  assert.ok(!existsSync(gone), "unlinked and old");
  assert.ok(existsSync(fresh), "unlinked but recent: another build may be about to link it");
  // At most once a day.
  utimesSync(fresh, old, old);
  assert.equal(store.sweep(), 0);
  assert.equal(store.sweep(Date.now() + 25 * 60 * 60 * 1000), 1);
});

test("a build takes folders from the spare output when it has them, else makes them", () => {
  const root = tmp();
  const spare = path.join(root, "site.previous");
  const out = path.join(root, "site.partial");
  mkdirSync(path.join(spare, "2026/papers/7"), { recursive: true });
  writeFileSync(path.join(spare, "2026/papers/7/index.html"), "old page");
  const folder = statSync(path.join(spare, "2026/papers/7")).ino;
  mkdirSync(path.join(out, "2026/papers"), { recursive: true });
  const taking = new SpareOutput(spare);
  assert.equal(taking.place(out, "2026/papers/7"), true, "taken, with whatever it holds");
  assert.equal(statSync(path.join(out, "2026/papers/7")).ino, folder);
  assert.ok(!existsSync(path.join(spare, "2026/papers/7")), "moved out of the spare");
  assert.equal(taking.place(out, "2026/papers/8"), false, "not in the spare: made new and empty");
  assert.deepEqual(readdirSync(path.join(out, "2026/papers/8")), []);
  assert.equal(taking.place(out, "2026/papers/8"), true, "already there (a rebuild into the same output)");
  assert.equal(new SpareOutput(undefined).place(out, "2026/papers/9"), false, "without a spare, folders are made");
  assert.equal(new SpareOutput(path.join(root, "no-such-spare")).place(out, "2026/papers/10"), false);
});
