// Search indexes: one Pagefind bundle per searchable list of each published edition,
// /<year>/papers/search/ and /<year>/reading/search/. Pagefind splits the index into small chunks,
// so a first query downloads a few of them, not the whole index. A list of more records than a
// shard holds (SEARCH_SHARD_RECORDS, or the build's setting) is split into shards by a hash of
// each paper's URL, a bundle each in /<year>/papers/search/0/, 1/, …, which the browser merges
// (src/client/paper-search.ts); shards are stored and indexed on their own, so a changed paper
// re-indexes its shard only, and Pagefind holds fewer records in memory. Indexing runs in
// Pagefind's own processes (up to two, one bundle at a time each), each fed from a thread of its
// own (src/config/search-worker.ts): it starts as soon as the content is loaded, beside the page
// rendering, and the build waits for it at the end.
//
// Indexing thousands of papers takes Pagefind several seconds, so a bundle is kept in the file
// store (src/lib/file-store.ts) under the hash of its records: while the papers stay the same,
// later builds link the stored bundle instead of indexing again.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { paperPath, searchIndexPath, searchShardCount, searchShardFolder } from "../lib/paper-urls.ts";
import type { RenderContext } from "../render/context.ts";
import { FileStore, filesUnder } from "../lib/file-store.ts";
import { fullName } from "../lib/people.ts";
import type { Progress } from "../lib/progress.ts";
import type { SpareOutput } from "../lib/spare-output.ts";
import { typeBadgeClass } from "../lib/theme.ts";
import type { Build } from "./build.ts";

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  sort?: Record<string, string>;
}

/** One record per paper: its text, what a result shows, and the filter values. */
export function paperRecords(ctx: RenderContext): SearchRecord[] {
  return ctx.edition.papers.map((paper) => {
    const authors = paper.authors.map(fullName).join(", ");
    const affiliations = [...new Set(paper.authors.flatMap((a) => a.affiliation ?? []))].join(", ");
    return {
      url: ctx.urls.to(ctx.permanentBase + paperPath(paper)),
      content: [paper.title, authors, affiliations, (paper.keywords ?? []).join(", "), paper.abstract ?? ""].join("\n"),
      meta: {
        title: paper.title,
        authors,
        type: paper.paperType.name,
        typeClass: typeBadgeClass(ctx.edition.cfp.paper_types, paper.paperType.id),
        ...(paper.presentationInfo ? { presentation: paper.presentationInfo.name } : {}),
        ...(paper.keywords?.length ? { keywords: paper.keywords.join(", ") } : {}),
        ...(paper.archival ? {} : { nonArchival: ctx.text.get("non_archival") }),
        ...(paper.awardInfo ? { award: paper.awardInfo.name } : {}),
      },
      filters: {
        type: [paper.paperType.id],
        archival: [paper.archival ? "yes" : "no"],
        award: paper.awardInfo ? [paper.awardInfo.id] : [],
        presentation: paper.presentationInfo ? [paper.presentationInfo.id] : [],
      },
      sort: { title: paper.title.toLowerCase() },
    };
  });
}

export function readingRecords(ctx: RenderContext): SearchRecord[] {
  return (ctx.edition.reading ?? []).map((item) => ({
    url: `${ctx.urls.to(ctx.permanentBase + "reading/")}#${item.id}`,
    content: [item.title, item.abstract ?? ""].join("\n"),
    meta: { title: item.title, ...(item.abstract ? { abstract: item.abstract } : {}), ...(item.url ? { link: item.url } : {}) },
    sort: { title: item.title.toLowerCase() },
  }));
}

/** The installed Pagefind's version: a new version makes new bundles. */
const PAGEFIND_VERSION = (() => {
  for (let dir = path.dirname(fileURLToPath(import.meta.resolve("pagefind"))); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "pagefind") return pkg.version ?? "";
  }
  return "";
})();

/** Files of Pagefind's ready-made interfaces: the site uses its own search form, so they are not shipped. */
const PAGEFIND_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** What the build's thread asks of the indexing thread. */
export type IndexerRequest =
  | { op: "index"; id: number; records: SearchRecord[]; language: string; outputPath: string }
  | { op: "close" };

/** What the indexing thread answers: progress, then done or an error. */
export type IndexerReply = { id: number; added: number } | { id: number; done: true } | { id: number; error: string } | { closed: true };

/**
 * Pagefind's index size: words per index chunk. A query downloads the chunk holding each of its
 * words from every shard, so chunks smaller than Pagefind's default keep a first search over
 * several shards small (at 10,000 papers in ten shards: 54 KB of chunks instead of about 200 KB).
 * Pagefind reads it from its environment only.
 */
const INDEX_CHUNK_SIZE = "4000";

/** What the indexing thread was asked for and has not answered yet. */
interface Waiting {
  resolve: () => void;
  reject: (error: Error) => void;
  added: (count: number) => void;
  records: number;
}

/**
 * One thread that feeds Pagefind (src/config/search-worker.ts), with its own Pagefind process.
 * The thread indexes the bundles it is handed one after the other, so it goes on to the next as
 * soon as one is written, whatever the build's thread is doing.
 */
class IndexingThread {
  private readonly worker: Worker;
  private closed: (() => void) | undefined;
  /** The thread has ended (closed, or stopped by a failure). */
  private exited = false;
  private readonly waiting = new Map<number, Waiting>();

  constructor() {
    this.worker = this.start();
  }

  /** Records handed to this thread and not yet indexed. */
  get queued(): number {
    let records = 0;
    for (const waiting of this.waiting.values()) records += waiting.records;
    return records;
  }

  /** False once the thread has ended: it takes no more bundles. */
  get alive(): boolean {
    return !this.exited;
  }

  index(id: number, records: SearchRecord[], language: string, outputPath: string, added: (count: number) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.exited) return reject(new Error("search index: the indexing thread has stopped"));
      this.waiting.set(id, { resolve, reject, added, records: records.length });
      this.worker.postMessage({ op: "index", id, records, language, outputPath } satisfies IndexerRequest);
    });
  }

  /** Stop Pagefind's process and the thread (at once when it has already ended). */
  async close(): Promise<void> {
    const worker = this.worker;
    if (this.exited) return;
    await new Promise<void>((resolve) => {
      this.closed = resolve;
      worker.once("exit", () => resolve());
      worker.postMessage({ op: "close" } satisfies IndexerRequest);
    });
    await worker.terminate();
  }

  private start(): Worker {
    // The thread's module beside this one: compiled by scripts/run.js, or a source, then loaded
    // through tsx's API (on Node 20 a thread does not take tsx from its options).
    const extension = path.extname(fileURLToPath(import.meta.url));
    const entry = new URL(`./search-worker${extension}`, import.meta.url).href;
    const env = { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: INDEX_CHUNK_SIZE };
    const source = (text: string) => JSON.stringify(text);
    const worker =
      extension === ".ts"
        ? new Worker(`import(${source(import.meta.resolve("tsx/esm/api"))}).then((tsx) => tsx.tsImport(${source(entry)}, ${source(entry)}))`, { eval: true, env })
        : new Worker(new URL(entry), { env });
    worker.on("message", (reply: IndexerReply) => {
      if ("closed" in reply) return this.closed?.();
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      if ("added" in reply) return waiting.added(reply.added);
      this.waiting.delete(reply.id);
      if ("error" in reply) waiting.reject(new Error(`search index: ${reply.error}`));
      else waiting.resolve();
    });
    const stopped = (why: string) => {
      for (const waiting of this.waiting.values()) waiting.reject(new Error(`search index: the indexing thread stopped (${why})`));
      this.waiting.clear();
    };
    worker.on("error", (error) => stopped(error.message));
    worker.on("exit", (code) => {
      this.exited = true;
      stopped(`exit code ${code}`);
      this.closed?.();
    });
    return worker;
  }
}

/**
 * Pagefind indexes one bundle at a time per process, on one core: at most this many indexing
 * threads run, each with its own Pagefind process. At 10,000 papers one process left a core idle
 * for the last half of a first build, once the pages were written.
 */
const INDEXING_THREADS = Math.max(1, Math.min(2, availableParallelism()));

/**
 * Another thread (and Pagefind process, about 60 MB at the least) is started only when every
 * running one has at least this many records still to index (about 2 CPU-seconds of Pagefind's):
 * the default site's few hundred records go through one process, which keeps a cold build under
 * 400 MB, and ten shards of 1,000 through two.
 */
const RECORDS_FOR_ANOTHER_THREAD = 1000;

/**
 * The threads that feed Pagefind, started on the first bundle to index: a run whose bundles are
 * all stored starts none of them, nor Pagefind. A bundle goes to an idle thread, else to a new one
 * (up to INDEXING_THREADS, when the others have a long queue), else to the thread with the fewest
 * records still to index.
 */
export class SearchIndexer {
  private readonly threads: IndexingThread[] = [];
  private next = 0;

  /** True once a bundle was asked for (a thread and its Pagefind process were started). */
  get started(): boolean {
    return this.threads.length > 0;
  }

  /** Index `records` into `outputPath`; `added` hears how many records Pagefind has so far. */
  index(records: SearchRecord[], language: string, outputPath: string, added: (count: number) => void): Promise<void> {
    return this.thread().index(++this.next, records, language, outputPath, added);
  }

  private thread(): IndexingThread {
    // A thread that stopped (its Pagefind failed) takes no more bundles: another one is started.
    for (let i = this.threads.length - 1; i >= 0; i--) if (!this.threads[i]!.alive) this.threads.splice(i, 1);
    const idle = this.threads.find((thread) => thread.queued === 0);
    if (idle) return idle;
    if (this.threads.length < INDEXING_THREADS && this.threads.every((thread) => thread.queued >= RECORDS_FOR_ANOTHER_THREAD)) {
      const thread = new IndexingThread();
      this.threads.push(thread);
      return thread;
    }
    return this.threads.reduce((least, thread) => (thread.queued < least.queued ? thread : least));
  }

  /** Stop every Pagefind process and thread. */
  async close(): Promise<void> {
    const threads = this.threads.splice(0);
    await Promise.all(threads.map((thread) => thread.close()));
  }
}

/** One run's indexing: where stored bundles come from, who indexes, and what it did. */
export interface SearchRun {
  store: FileStore;
  spare: SpareOutput;
  indexer: SearchIndexer;
  /** Bundles indexed by Pagefind and bundles linked from the store. */
  stats: { indexed: number; stored: number };
  progress: Progress;
}

/** Index `records` with Pagefind into `outputPath`. */
async function indexWithPagefind(run: SearchRun, records: SearchRecord[], language: string, outputPath: string, name: string): Promise<void> {
  const stage = run.progress.stage(`search index ${name}`);
  stage.add(records.length);
  let shown = 0;
  await run.indexer.index(records, language, outputPath, (added) => {
    stage.step(added - shown);
    shown = added;
  });
  stage.end("records");
}

/** Link the stored bundle listed by `manifest` into `outputPath`; false if the store lost any file. */
async function linkBundle(store: FileStore, manifest: [string, string][], outputPath: string): Promise<boolean> {
  for (const folder of new Set(manifest.map(([file]) => path.dirname(file)))) await mkdir(path.join(outputPath, folder), { recursive: true });
  for (let i = 0; i < manifest.length; i += 64) {
    const linked = await Promise.all(manifest.slice(i, i + 64).map(([file, hash]) => store.linkStored(hash, path.join(outputPath, file))));
    if (linked.includes(false)) return false;
  }
  return true;
}

/** What a bundle is made from, hashed record by record (thousands of records make no one big string). */
function bundleKey(records: readonly SearchRecord[], language: string): string {
  const hash = createHash("sha256").update(JSON.stringify({ pagefind: PAGEFIND_VERSION, chunk: INDEX_CHUNK_SIZE, language }));
  for (const record of records) hash.update(JSON.stringify(record));
  return hash.digest("hex");
}

/**
 * True when `folder` holds this very bundle. A bundle folder is only ever made whole (linked from
 * one manifest, or indexed), so its entry file tells.
 */
function isBundle(store: FileStore, manifest: [string, string][], folder: string): boolean {
  const entry = manifest.find(([file]) => file === "pagefind-entry.json");
  return !!entry && store.isStored(path.join(folder, entry[0]), entry[1]);
}

/** One Pagefind bundle to write: its records, and where it goes (e.g. `2024/papers/search`). */
interface Bundle {
  records: SearchRecord[];
  language: string;
  relative: string;
  key: string;
}

/** The bundle of `records` at `relative`, with its key. */
function bundle(records: SearchRecord[], language: string, relative: string): Bundle {
  return { records, language, relative, key: bundleKey(records, language) };
}

/**
 * Write `bundle` under `outDir`: the folder already there or the spare output's when it holds this
 * bundle, else linked from the store, else indexed.
 */
export async function writeBundle(run: SearchRun, { records, language, relative, key }: Bundle, outDir: string): Promise<"indexed" | "stored"> {
  const { store } = run;
  const outputPath = path.join(outDir, relative);
  const kept = store.entry("search", key);
  if (kept) {
    const manifest = JSON.parse(kept.toString()) as [string, string][];
    // Already in place (it came with a folder taken from the spare output), or in the spare itself.
    let whole = isBundle(store, manifest, outputPath);
    if (!whole) {
      // Another bundle that came with a reused folder goes.
      rmSync(outputPath, { recursive: true, force: true });
      const spare = run.spare.folder(relative);
      if (spare && isBundle(store, manifest, spare)) {
        mkdirSync(path.dirname(outputPath), { recursive: true });
        renameSync(spare, outputPath);
        whole = true;
      }
    }
    if (whole || (await linkBundle(store, manifest, outputPath))) {
      run.stats.stored++;
      return "stored";
    }
  }
  // Whatever is there (a bundle that came with a reused folder, or half a link) is not this bundle.
  rmSync(outputPath, { recursive: true, force: true });
  // Pagefind writes into a staging folder of the store; its files are linked into the store, then
  // the folder moves into the output.
  const stage = path.join(store.dir, `staging-${randomUUID()}`);
  try {
    await indexWithPagefind(run, records, language, stage, relative);
    // Each file is stored under a name made from the bundle's key and its path: the key names
    // everything the bundle is made from, so the file needs no reading or hashing of its own.
    const files = filesUnder(stage).filter((file) => !PAGEFIND_UI.test(path.basename(file)));
    const names = await store.adoptFolder(stage, files, outputPath, (file) => FileStore.hash(`${key}\0${file}`));
    const manifest = files.map((file, i): [string, string] => [file, names[i]!]);
    store.setEntry("search", key, JSON.stringify(manifest));
    run.stats.indexed++;
    return "indexed";
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Stored bundles linked at once (each links its files 64 at a time). */
const LINKS_AT_ONCE = 2;

/**
 * Split `records` into `count` shards by a hash of each record's URL (which names its paper), so
 * a paper stays in its shard while others come and go. With several shards each record gets the
 * filter `shard`, by which the browser asks one shard alone for its sorted list.
 */
export function shardRecords(records: readonly SearchRecord[], count: number): SearchRecord[][] {
  if (count === 1) return [[...records]];
  const shards: SearchRecord[][] = Array.from({ length: count }, () => []);
  for (const record of records) {
    const shard = createHash("sha256").update(record.url).digest().readUInt32BE(0) % count;
    shards[shard]!.push({ ...record, filters: { ...record.filters, shard: [String(shard)] } });
  }
  return shards;
}

/** Run `jobs`, at most `limit` at a time; the first failure is thrown once all have settled. */
async function inTurns(jobs: (() => Promise<unknown>)[], limit: number): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  await Promise.all(
    Array.from({ length: Math.min(limit, jobs.length) }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        await job().catch((error: unknown) => failures.push(error));
      }
    }),
  );
  if (failures.length) throw failures[0];
}

/**
 * The bundles of one list's search index in `folder` (under `outDir`): one bundle, or with more
 * records than a shard holds, one bundle per shard in the numbered folders `folder/0`, ….
 * Whatever else the folder holds (a bundle or shards of an earlier build) goes first.
 */
function listBundles(records: SearchRecord[], perShard: number | undefined, language: string, outDir: string, folder: string): Bundle[] {
  const count = searchShardCount(records.length, perShard);
  if (count > 1) {
    const dir = path.join(outDir, folder);
    const shardNames = new Set(Array.from({ length: count }, (_, i) => String(i)));
    if (existsSync(dir)) for (const name of readdirSync(dir)) if (!shardNames.has(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  return shardRecords(records, count).map((shard, i) => bundle(shard, language, `${folder}/${searchShardFolder(i, count)}`.replace(/\/+$/, "")));
}

/**
 * Write every search index of `renders`. The bundles to index start first (they are the long
 * part); the stored ones are linked meanwhile.
 */
export async function writeSearchIndexes(run: SearchRun, renders: readonly RenderContext[], outDir: string): Promise<void> {
  try {
    const bundles: Bundle[] = [];
    for (const ctx of renders.filter((r) => !r.atRoot)) {
      const language = ctx.model.site.language.slice(0, 2);
      const folder = (list: "papers" | "reading") => (ctx.permanentBase + searchIndexPath(list)).split("/").filter(Boolean).join("/");
      if (ctx.edition.papers.length) bundles.push(...listBundles(paperRecords(ctx), ctx.searchShardRecords, language, outDir, folder("papers")));
      if (ctx.edition.reading?.length) bundles.push(...listBundles(readingRecords(ctx), ctx.searchShardRecords, language, outDir, folder("reading")));
    }
    const jobs = (list: Bundle[]) => list.map((b) => () => writeBundle(run, b, outDir));
    const stored = bundles.filter((b) => run.store.entry("search", b.key));
    const fresh = bundles.filter((b) => !stored.includes(b));
    // Every bundle to index is handed to the indexing threads at once: they go from one to the
    // next by themselves, while the build's thread is busy rendering.
    const results = await Promise.allSettled([inTurns(jobs(fresh), fresh.length), inTurns(jobs(stored), LINKS_AT_ONCE)]);
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  } finally {
    await run.indexer.close();
  }
}

export function search(_config: UserConfig, build: Build): void {
  build.alongside("search", (site, outDir) =>
    writeSearchIndexes({ store: build.store, spare: build.spare, indexer: new SearchIndexer(), stats: build.searchStats, progress: build.progress }, site.renders, outDir),
  );
}
