// The files of every accepted paper, at its edition's permanent prefix: its page
// (/<year>/papers/<id>/index.html) and its BibTeX entry (/<year>/papers/<id>/<id>.bib).
//
// An edition can have thousands of papers. Eleventy keeps every page it renders until the build
// ends, so these pages are not Eleventy templates: they are rendered and written a few at a time,
// beside Eleventy's own rendering, and each is dropped once it is on disk. Files go through the
// file store (src/lib/file-store.ts): an unchanged page is linked from the last build, not even rendered;
// and each edition's papers folder is taken from the spare output when it has one
// (src/lib/spare-output.ts), then cleared of what this build did not make.
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { listPageCount, listPageOf } from "../content/paper-order.ts";
import { codeHash } from "../lib/code-hash.ts";
import { FileStore } from "../lib/file-store.ts";
import { bibPath, paperPath, RESERVED_PAPER_IDS, LIST_PAGES } from "../lib/paper-urls.ts";
import type { RenderContext } from "../render/context.ts";
import { silent, type Progress } from "../lib/progress.ts";
import type { SpareOutput } from "../lib/spare-output.ts";
import { paperItems, paperPage, type PaperItem } from "../pages/paper.ts";
import type { Build } from "./build.ts";

/** Papers rendered and written at once: enough to keep the disk busy, few enough to hold. */
const IN_FLIGHT = 16;

/** Output path of a site path (`/2024/papers/x/`, `/2024/papers/x.bib`) under `outDir`. */
function outputFile(outDir: string, sitePath: string): string {
  const file = path.join(outDir, ...sitePath.split("/").filter(Boolean));
  return sitePath.endsWith("/") ? path.join(file, "index.html") : file;
}

/** Paper pages rendered, and those whose files came from the store unrendered. */
export interface PaperStats {
  rendered: number;
  kept: number;
}

/** What the store keeps of a paper's files: the hash each is stored under. */
interface KeptPaper {
  html: string;
  bib: string;
}

/**
 * What a paper's page is made from besides the paper: the engine's code and everything of the
 * site but the papers (site, texts, people, every edition's facts and program), and where the
 * edition is published. One key per edition, worked out once per run.
 */
function editionKey(ctx: RenderContext, code: string): string {
  // Without the papers, and without what a run works out from the content and keeps on it.
  const site = JSON.stringify(ctx.model, (key, value: unknown) => (key === "papers" || key === "paperOrder" || key === "slots" ? undefined : value));
  const where = { base: ctx.permanentBase, prefix: ctx.urls.to("/"), origin: ctx.urls.absolute("/"), archived: ctx.archived, year: ctx.edition.year, shards: ctx.searchShardRecords };
  return FileStore.hash(`${code}\0${JSON.stringify(where)}\0${site}`);
}

/**
 * What the store keeps of an edition's papers, under the edition's key: per paper (by the hash of
 * the paper and its place in the list), the hashes its files are stored under. One entry per
 * edition, read once and written once per build, where one entry per paper cost thousands of
 * small files, each read, touched and written on its own.
 */
type KeptPapers = Record<string, KeptPaper>;

/**
 * Write a paper's page and `.bib` file. While the paper, its place in the list and its edition's
 * key are the same, the files are linked from the store and the page is not even rendered. What
 * the store now holds of it goes into `next`.
 */
async function writePaper(item: PaperItem, outDir: string, store: FileStore, kept: KeptPapers, next: KeptPapers, stats: PaperStats): Promise<void> {
  const { ctx, paper } = item;
  const folder = ctx.permanentBase + paperPath(paper);
  const page = outputFile(outDir, folder);
  const bib = outputFile(outDir, ctx.permanentBase + bibPath(paper));
  // A paper's folder can only come from the spare inside its edition's papers folder, taken whole
  // below; it may then already hold the paper's files (mkdir makes nothing and says so).
  const reused = mkdirSync(path.dirname(page), { recursive: true }) === undefined;
  // The paper as loaded: without the abstract's markup, which a render keeps on it.
  const { abstractHtml: _rendered, ...loaded } = paper;
  const key = FileStore.hash(`${listPageOf(ctx.edition, paper)}\0${JSON.stringify(loaded)}`);
  const before = Object.hasOwn(kept, key) ? kept[key] : undefined;
  if (before) {
    const [html, bibtex] = await Promise.all([store.linkStored(before.html, page), store.linkStored(before.bib, bib)]);
    if (html && bibtex) {
      next[key] = before;
      stats.kept++;
      return;
    }
  }
  stats.rendered++;
  const { html, bibtex } = await paperPage(item);
  // An edition the store knows nothing of (a first build, or new code): its files are new.
  const fresh = kept === NOTHING_KEPT;
  const [htmlHash, bibHash] = await Promise.all([store.put(page, html, reused, fresh), store.put(bib, bibtex, reused, fresh)]);
  next[key] = { html: htmlHash, bib: bibHash };
}

/** What the store keeps of an edition it has no entry for. */
const NOTHING_KEPT: KeptPapers = Object.freeze({});

/** The papers the store keeps for the edition key `key` (NOTHING_KEPT when it has no such entry). */
function readKept(store: FileStore, key: string): KeptPapers {
  const entry = store.entry("papers", key);
  return entry ? (JSON.parse(entry.toString()) as KeptPapers) : NOTHING_KEPT;
}

/**
 * Remove what an edition's papers folder, taken from the spare output, held that this build did not
 * make: the folders of papers since removed, and list pages past the last one.
 */
function pruneStale(outDir: string, ctx: RenderContext, ids: ReadonlySet<string>): void {
  const folder = path.join(outDir, ...`${ctx.permanentBase}papers`.split("/").filter(Boolean));
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || ids.has(entry.name) || RESERVED_PAPER_IDS.includes(entry.name)) continue;
    // Only a paper's own folder (its page and .bib) is removed, never anything else.
    const inside = readdirSync(path.join(folder, entry.name));
    if (inside.every((file) => file === "index.html" || file === `${entry.name}.bib`)) rmSync(path.join(folder, entry.name), { recursive: true });
  }
  const pages = path.join(folder, LIST_PAGES);
  if (!existsSync(pages)) return;
  const last = listPageCount(ctx.edition);
  for (const n of readdirSync(pages)) {
    if (/^\d+$/.test(n) && Number(n) > last) rmSync(path.join(pages, n), { recursive: true });
  }
}

/**
 * Write the page and `.bib` file of every paper of every published edition. Resolves to the pages
 * written: file (relative to the output, `/`-separated) → canonical URL.
 */
export async function writePaperFiles(
  renders: readonly RenderContext[],
  outDir: string,
  store: FileStore,
  spare: SpareOutput,
  progress: Progress = silent,
  stats: PaperStats = { rendered: 0, kept: 0 },
): Promise<Map<string, string>> {
  const items = paperItems(renders);
  const stage = progress.stage("paper pages");
  stage.add(items.length);
  const linkedBefore = store.linked;
  const written = new Map(items.map(({ ctx, paper }) => [`${(ctx.permanentBase + paperPath(paper)).slice(1)}index.html`, ctx.urls.absolute(ctx.permanentBase + paperPath(paper))]));
  const editions = [...new Set(items.map((item) => item.ctx))];
  // Each edition's papers folder is taken whole from the spare output when it has one: one move
  // instead of one per paper. Done before anything is awaited, so before Eleventy writes the list
  // pages into it; each paper's folder is then found in place.
  for (const ctx of editions) {
    mkdirSync(path.join(outDir, ...ctx.permanentBase.split("/").filter(Boolean)), { recursive: true });
    spare.place(outDir, `${ctx.permanentBase}papers`);
  }
  const code = codeHash([""], ["markdown-it"]);
  const keys = new Map(editions.map((ctx) => [ctx, editionKey(ctx, code)]));
  const kept = new Map(editions.map((ctx) => [ctx, readKept(store, keys.get(ctx)!)]));
  const made = new Map(editions.map((ctx) => [ctx, {} as KeptPapers]));
  let next = 0;
  // A few workers take the next paper each: rendering one overlaps with writing the others.
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await writePaper(item, outDir, store, kept.get(item.ctx)!, made.get(item.ctx)!, stats);
      stage.step();
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
  for (const ctx of editions) store.setEntry("papers", keys.get(ctx)!, JSON.stringify(made.get(ctx)));
  stage.end(`(${store.linked - linkedBefore} unchanged files linked from the store)`);
  for (const ctx of editions) pruneStale(outDir, ctx, new Set(ctx.edition.papers.map((paper) => paper.id)));
  return written;
}

export function paperFiles(_config: UserConfig, build: Build): void {
  build.alongside("paper-files", async (site, outDir) => {
    build.paperPages = await writePaperFiles(site.renders, outDir, build.store, build.spare, build.progress, build.paperStats);
  });
}
