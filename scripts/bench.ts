// `npm run bench`: measures the default site. Builds it cold (empty image cache) and warm
// (cache filled), each in a fresh process, then loads the home page in Chromium at phone and
// desktop widths and adds up what it transfers (with the gzip a static host applies to text).
//
// `npm run bench -- --papers N`: the same site with N synthetic papers in the current edition
// (deterministic, see scripts/synthetic-papers.ts): first built three times with an empty file
// store and parse cache and no output (the median is shown), then into the same output with
// nothing changed (without and then with the spare output to take folders from), then after one
// paper's title changed. For each: the build's time, ms per paper, CPU time, peak memory of the
// build and of Pagefind's processes. Then the bytes of the papers list page (raw and gzip) and the
// bytes the first search query downloads in Chromium. Then, when `hugo` is on PATH, the same
// papers as a minimal Hugo site (scripts/hugo-peer.ts), built first, unchanged and after the same
// title changed, each time alone and followed by Pagefind's command line; a table sets each
// figure beside Colloquy's (wall time, peak memory of all processes together).
//
// The default run also measures `npm start` (scripts/bench-dev-server.ts): the development server on a copy of
// the content, and the time from a news edit to the page on disk, with the files it rewrote.
// `npm run bench -- --only start [--edits 5] [--cache DIR]` runs that section alone (a cache folder
// kept between runs spares the first build's image encoding).
//
// Each section ends with how the machine's cores spent its time (scripts/machine-time.ts): on a
// shared virtual machine, time stolen by the host moves every figure.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { parse as parseYaml, stringify } from "yaml";
import { PLAYWRIGHT_ARGS, findChromium } from "./chromium.ts";
import { createSiteServer } from "./serve.ts";
import { fileURLToPath } from "node:url";
import { type Figure, formatTable, type TableRow } from "./bench-table.ts";
import { benchNewsEdit, describeNewsEdit } from "./bench-dev-server.ts";
import { option } from "./cli.ts";
import { writeHugoPaper, writeHugoSite } from "./hugo-peer.ts";
import { syntheticPapers, syntheticPapersYaml } from "./synthetic-papers.ts";
import { describeMachine, readCpuTimes } from "./machine-time.ts";

interface BuildStats {
  seconds: number;
  peakRssBytes: number;
  /** CPU time of the build process (user + system); Pagefind's indexing runs in a child process. */
  cpuSeconds?: number;
}

interface BuildRun extends BuildStats {
  /** Wall time of the whole command, including starting Node and loading TypeScript. */
  wall: number;
  /** Peak memory of the largest child process (Pagefind), sampled from /proc; undefined elsewhere. */
  childPeakRssBytes?: number;
  /** Wall time and peak memory of the build's processes together, as measured for the peers. */
  tree: Figure;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The process `pid` and all its descendants, from /proc (Linux only). */
function processTree(pid: number): number[] {
  let children: string[] = [];
  try {
    children = readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean));
  } catch {
    // The process has just exited.
  }
  return [pid, ...children.flatMap((child) => processTree(Number(child)))];
}

/**
 * Memory of a process tree, sampled from /proc: each process's own peak (VmHWM) and the largest
 * sum of the live processes' resident memory. The tree's peak is the larger of the two.
 */
class TreeMemory {
  readonly peaks = new Map<number, number>();
  private largestSum = 0;

  sample(root: number): void {
    let sum = 0;
    for (const pid of processTree(root)) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        sum += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
        this.peaks.set(pid, Math.max(this.peaks.get(pid) ?? 0, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024));
      } catch {
        // The process has just exited.
      }
    }
    this.largestSum = Math.max(this.largestSum, sum);
  }

  get peak(): number {
    return Math.max(this.largestSum, ...this.peaks.values());
  }
}

interface Run extends Figure {
  stdout: string;
  /** Peak memory of the largest process below the command (for a build, Pagefind's). */
  largestChildBytes?: number;
}

/** Run a command to its end: its wall time, its output and the peak memory of its process tree. */
/**
 * How often the memory of a measured process tree is sampled. Each sample reads /proc for every
 * thread of every process, which costs CPU the measured build then lacks on two cores: every
 * 25 ms it made a cold build of the default site take 11.4 s instead of 8.8 s.
 */
const SAMPLE_MS = 100;

function run(command: string, args: string[], cwd?: string): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const memory = new TreeMemory();
  const sampler = existsSync("/proc") ? setInterval(() => child.pid && memory.sample(child.pid), SAMPLE_MS) : undefined;
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ")} failed:\n${stdout}\n${stderr}`));
      const below = [...memory.peaks].filter(([pid]) => pid !== child.pid).map(([, bytes]) => bytes);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes: memory.peak, stdout, largestChildBytes: below.length ? Math.max(...below) : undefined });
    });
  });
}

/** One build in a fresh process, with its figures. */
/**
 * Let the files written so far reach the disk before a timed build, so that no build pays for
 * the writes of the one before it (thousands of files at 10,000 papers).
 */
function settleDisk(): void {
  spawnSync("sync");
}

async function build(output: string, cache: string, content?: string): Promise<BuildRun> {
  settleDisk();
  // What `npm run build` runs: the compiled engine (scripts/run.js).
  const args = ["scripts/run.js", "build", `--output=${output}`, `--cache=${cache}`, "--quiet", "--stats", ...(content ? [`--content=${content}`] : [])];
  const result = await run(process.execPath, args);
  const stats = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as BuildStats;
  return { ...stats, wall: result.seconds, childPeakRssBytes: result.largestChildBytes, tree: { seconds: result.seconds, peakBytes: Math.max(result.peakBytes, stats.peakRssBytes) } };
}

function describe(run: BuildRun, count: number): string {
  const child = run.childPeakRssBytes ? `; largest child process ${mb(run.childPeakRssBytes)}` : "";
  return `build ${run.seconds.toFixed(2)} s (${((run.seconds * 1000) / count).toFixed(2)} ms per paper; wall ${run.wall.toFixed(2)} s with Node start-up; CPU ${run.cpuSeconds?.toFixed(2) ?? "?"} s), peak memory ${mb(run.peakRssBytes)}${child}`;
}

/**
 * Move `dir` (the output and cache of the last first build) into `trash`, which goes with the
 * bench's work folder at the end. Deleting it would measure the delete: ext4 without a journal
 * passes over inodes freed in the last minutes when it makes new files, and right after a first
 * build's 40,000 files were deleted, making a file took 5 to 10 times as long.
 */
function setAside(dir: string, trash: string): void {
  if (!existsSync(dir)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(dir, path.join(trash, `${path.basename(dir)}-${readdirSync(trash).length}`));
}

/** Pagefind's command line (what `npx pagefind` runs), from the installed package. */
const PAGEFIND_CLI = path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner", "bin.cjs");

/** The version line of the Hugo on PATH, or undefined when there is none. */
function hugoVersion(): string | undefined {
  const result = spawnSync("hugo", ["version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim().split(" ").slice(0, 2).join(" ") : undefined;
}

interface PeerRun {
  hugo: Figure;
  /** Hugo, then Pagefind over Hugo's output: how a Hugo site gets a search. */
  withSearch: Figure;
}

async function hugoBuild(site: string, out: string, cache: string): Promise<PeerRun> {
  const hugo = await run("hugo", ["--quiet", "--source", site, "--destination", out, "--cacheDir", cache]);
  const search = await run(process.execPath, [PAGEFIND_CLI, "--site", out, "--quiet"]);
  return {
    hugo: { seconds: hugo.seconds, peakBytes: hugo.peakBytes },
    withSearch: { seconds: hugo.seconds + search.seconds, peakBytes: Math.max(hugo.peakBytes, search.peakBytes) },
  };
}

/** The same papers as a Hugo site, built like Colloquy's, each build right after Colloquy's same build. */
class HugoPeer {
  private readonly site: string;
  private readonly out: string;
  private readonly cache: string;
  private readonly trash: string;

  constructor(
    work: string,
    private readonly papers: Record<string, unknown>[],
  ) {
    this.site = path.join(work, "hugo");
    this.out = path.join(work, "hugo-site");
    this.cache = path.join(work, "hugo-cache");
    this.trash = path.join(work, "trash");
  }

  /** The site's thousands of files are written before the first build, not while Colloquy's runs. */
  build(): Promise<PeerRun> {
    if (!existsSync(this.site)) writeHugoSite(this.site, this.papers);
    settleDisk();
    return hugoBuild(this.site, this.out, this.cache);
  }

  /** A first build: no output and no cache folder yet. */
  first(): Promise<PeerRun> {
    setAside(this.out, this.trash);
    setAside(this.cache, this.trash);
    return this.build();
  }

  /** Rewrite one paper's page, as an edit of its title does. */
  edit(paper: Record<string, unknown>): void {
    writeHugoPaper(this.site, paper);
  }
}

/** The median of each of the peer's figures. */
function medianPeer(runs: PeerRun[]): PeerRun {
  const middle = (figures: Figure[]) => [...figures].sort((a, b) => a.seconds - b.seconds)[Math.floor(figures.length / 2)]!;
  return { hugo: middle(runs.map((r) => r.hugo)), withSearch: middle(runs.map((r) => r.withSearch)) };
}

/** Rebuilds measured at 10,000 papers, each the median of this many, Colloquy's and the peer's in turn. */
const REBUILD_RUNS = 3;

/** First builds at 10,000 papers, the median of this many, Colloquy's and the peer's in turn. */
const FIRST_RUNS = 3;

/** A work item's rows: against Hugo with Pagefind and Hugo alone, or Colloquy alone without Hugo. */
function rows(work: string, colloquy: Figure, peer?: PeerRun): TableRow[] {
  if (!peer) return [{ work, colloquy }];
  return [
    { work, colloquy, peer: { name: "Hugo + Pagefind", figure: peer.withSearch } },
    { work, colloquy, peer: { name: "Hugo (no search)", figure: peer.hugo } },
  ];
}

const TEXT = /^(text\/|application\/(javascript|json|xml|atom)|image\/svg)/;

async function homeBytes(site: string, executablePath: string) {
  const server = createSiteServer({ dir: site, prefix: "/" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath, args: [...PLAYWRIGHT_ARGS] });
  const results: { viewport: string; requests: number; raw: number; transferred: number; byType: Record<string, number> }[] = [];
  try {
    for (const [name, viewport] of [
      ["phone 390×844", { width: 390, height: 844 }],
      ["desktop 1280×800", { width: 1280, height: 800 }],
    ] as const) {
      const page = await browser.newPage({ viewport });
      const sizes: Promise<{ type: string; raw: number; gz: number }>[] = [];
      page.on("response", (response) => {
        sizes.push(
          response.body().then((body) => {
            const type = response.headers()["content-type"] ?? "";
            return { type: type.split(";")[0]!, raw: body.length, gz: TEXT.test(type) ? gzipSync(body).length : body.length };
          }),
        );
      });
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "networkidle" });
      const all = await Promise.all(sizes);
      const byType: Record<string, number> = {};
      for (const s of all) byType[s.type] = (byType[s.type] ?? 0) + s.gz;
      results.push({
        viewport: name,
        requests: all.length,
        raw: all.reduce((n, s) => n + s.raw, 0),
        transferred: all.reduce((n, s) => n + s.gz, 0),
        byType,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

/** The bytes of the first search: what the browser fetches from typing a query to seeing results. */
async function firstSearchBytes(site: string, executablePath: string, query: string) {
  const server = createSiteServer({ dir: site, prefix: "/" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath, args: [...PLAYWRIGHT_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/papers/`, { waitUntil: "networkidle" });
    const sizes: Promise<{ url: string; raw: number; gz: number }>[] = [];
    page.on("response", (response) => {
      sizes.push(
        response.body().then((body) => {
          const type = response.headers()["content-type"] ?? "";
          return { url: response.url(), raw: body.length, gz: TEXT.test(type) ? gzipSync(body).length : body.length };
        }),
      );
    });
    await page.getByRole("searchbox").fill(query);
    await page.locator(".paper-search__results li").first().waitFor();
    await page.waitForLoadState("networkidle");
    const status = await page.locator(".paper-search__status").textContent();
    const all = await Promise.all(sizes);
    return { requests: all.length, bytes: all.reduce((n, s) => n + s.gz, 0), status };
  } finally {
    await browser.close();
    server.close();
  }
}

async function benchPapers(count: number): Promise<void> {
  const machine = readCpuTimes();
  const work = mkdtempSync(path.join(os.tmpdir(), "colloquy-bench-"));
  try {
    const content = path.join(work, "content");
    cpSync("content", content, { recursive: true });
    const site = parseYaml(readFileSync(path.join(content, "site.yaml"), "utf8")) as { current_edition: number };
    const edition = path.join(content, String(site.current_edition));
    const cfp = parseYaml(readFileSync(path.join(edition, "cfp.yaml"), "utf8")) as { paper_types: { id: string }[]; awards?: { id: string }[] };
    const papersFile = path.join(edition, "papers.yaml");
    const options = { count, types: cfp.paper_types.map((t) => t.id), awards: (cfp.awards ?? []).map((a) => a.id) };
    writeFileSync(papersFile, syntheticPapersYaml(options));
    // A schedule would point at the real papers' ids; the synthetic edition has none.
    rmSync(path.join(edition, "program.yaml"), { force: true });
    // A cache of its own, holding only the images at first (they do not depend on papers, so
    // this measures papers): the first build makes every page, parses every file and indexes
    // every paper.
    const cache = path.join(work, "cache");
    const imagesOnly = path.join(work, "cache-images");
    const out = path.join(work, "site");
    await build(path.join(work, "images-only"), cache);
    cpSync(cache, imagesOnly, { recursive: true });
    // Each build of Colloquy is followed by the peer's same build, so both meet the machine in
    // about the same state (its speed drifts by a third over a day, and more within minutes on a
    // shared machine); first builds and rebuilds are medians.
    const hugo = hugoVersion();
    const hugoPeer = hugo ? new HugoPeer(work, syntheticPapers(options)) : undefined;
    const firsts: BuildRun[] = [];
    const peerFirsts: PeerRun[] = [];
    for (let run = 0; run < FIRST_RUNS; run++) {
      // Each first build starts from the images alone and no output, on both sides.
      setAside(cache, path.join(work, "trash"));
      setAside(out, path.join(work, "trash"));
      cpSync(imagesOnly, cache, { recursive: true });
      firsts.push(await build(out, cache, content));
      if (hugoPeer) peerFirsts.push(await hugoPeer.first());
    }
    const first = median(firsts);
    const peerFirst = hugoPeer ? medianPeer(peerFirsts) : undefined;
    const again = await build(out, cache, content);
    const peerAgains: PeerRun[] = [];
    // From the third build on, the output a build replaces is there to take folders from.
    const steadies: BuildRun[] = [];
    for (let run = 0; run < REBUILD_RUNS; run++) {
      steadies.push(await build(out, cache, content));
      if (hugoPeer) peerAgains.push(await hugoPeer.build());
    }
    // One paper's title changes (another revision each time, which keeps its place in a list in
    // title order, so each edit makes the same work): its page and its search shard are made again.
    const editeds: BuildRun[] = [];
    const peerEdits: PeerRun[] = [];
    for (let run = 1; run <= REBUILD_RUNS; run++) {
      const revised = syntheticPapers(options).map((p, i) => (i === 0 ? { ...p, title: `${String(p.title)} (revision ${run})` } : p));
      writeFileSync(papersFile, stringify(revised, { lineWidth: 0 }));
      editeds.push(await build(out, cache, content));
      if (hugoPeer) {
        hugoPeer.edit(revised[0]!);
        peerEdits.push(await hugoPeer.build());
      }
    }
    const steady = median(steadies);
    const edited = median(editeds);
    const peer = peerFirst ? { first: peerFirst, again: medianPeer(peerAgains), edited: medianPeer(peerEdits) } : undefined;
    const list = readFileSync(path.join(out, "papers", "index.html"));
    const pages = spawnSync("find", [out, "-name", "index.html"], { encoding: "utf8" }).stdout.trim().split("\n").length;
    const search = await firstSearchBytes(out, await findChromium(), "repair");
    console.log(`Synthetic edition of ${count} papers (${pages} HTML pages; fresh process per build; warm image cache; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
    console.log(`  first build (every page written, search indexed):     ${describe(first, count)}; median of ${FIRST_RUNS} (${spread(firsts)})`);
    console.log(`  rebuild, nothing changed (no spare output yet):       ${describe(again, count)}`);
    console.log(`  rebuild, nothing changed (folders from the spare):    ${describe(steady, count)}; median of ${REBUILD_RUNS} (${spread(steadies)})`);
    console.log(`  rebuild, one paper's title changed:                   ${describe(edited, count)}; median of ${REBUILD_RUNS} (${spread(editeds)})`);
    console.log(`  papers list page: ${kb(list.length)} raw, ${kb(gzipSync(list).length)} gzip`);
    console.log(`  first search ("repair"): ${kb(search.bytes)} in ${search.requests} requests — ${search.status}`);
    console.log(hugo ? `\nThe same papers as a Hugo site (${hugo}), built in this run, each build right after Colloquy's same build, then Pagefind's command line over its output; first builds are medians of ${FIRST_RUNS}, rebuilds of ${REBUILD_RUNS}. Wall times; peak memory of all processes together:` : "\nHugo is not on PATH, so Colloquy's figures stand alone (to compare: apt-get install hugo). Wall times; peak memory of all processes together:");
    console.log(
      formatTable([
        ...rows(`${count.toLocaleString("en-US")} papers, first build with search`, first.tree, peer?.first),
        ...rows("rebuild, nothing changed", steady.tree, peer?.again),
        ...rows("one paper changed", edited.tree, peer?.edited),
      ]),
    );
    printMachine(machine);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** How the machine's cores spent the section's time, since `before` (where the system reports it). */
function printMachine(before: ReturnType<typeof readCpuTimes>): void {
  const line = describeMachine(before, readCpuTimes());
  if (line) console.log(line);
}

const COLD_RUNS = 3;
const WARM_RUNS = 7;

/** The fastest and slowest wall time of `runs`. */
const spread = (runs: BuildRun[]) => `${Math.min(...runs.map((r) => r.wall)).toFixed(2)}–${Math.max(...runs.map((r) => r.wall)).toFixed(2)} s`;

/** The run of median wall time. */
function median(runs: BuildRun[]): BuildRun {
  return [...runs].sort((a, b) => a.wall - b.wall)[Math.floor(runs.length / 2)]!;
}

async function benchDefault(): Promise<void> {
  const machine = readCpuTimes();
  const work = mkdtempSync(path.join(os.tmpdir(), "colloquy-bench-"));
  try {
    const cache = path.join(work, "cache");
    const site = path.join(work, "site");
    // Each cold build gets an empty cache; the warm builds share the last one's. The median of
    // several runs stands for each, since one run on a shared machine can be off by a fifth.
    const colds: BuildRun[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      rmSync(cache, { recursive: true, force: true });
      colds.push(await build(site, cache));
    }
    const warms: BuildRun[] = [];
    for (let run = 0; run < WARM_RUNS; run++) warms.push(await build(site, cache));
    const cold = median(colds);
    const warm = median(warms);
    console.log("Default site build (fresh process each; wall time includes starting Node and loading the compiled engine)");
    console.log(`  cold (empty cache), median of ${COLD_RUNS}: build ${cold.seconds.toFixed(2)} s, wall ${cold.wall.toFixed(2)} s (${spread(colds)}), peak memory ${mb(cold.tree.peakBytes)} all processes (build ${mb(cold.peakRssBytes)}${cold.childPeakRssBytes ? `, largest child ${mb(cold.childPeakRssBytes)}` : ""})`);
    console.log(`  warm (cache filled), median of ${WARM_RUNS}: build ${warm.seconds.toFixed(2)} s, wall ${warm.wall.toFixed(2)} s (${spread(warms)}), peak memory ${mb(warm.tree.peakBytes)} all processes`);
    console.log(
      formatTable([
        { work: "default site, cold build", colloquy: cold.tree },
        { work: "default site, warm build", colloquy: warm.tree },
      ]),
    );
    console.log("Home page, light theme, everything it loads (text gzipped as a static host serves it)");
    for (const r of await homeBytes(site, await findChromium())) {
      const parts = Object.entries(r.byType)
        .sort((a, b) => b[1] - a[1])
        .map(([type, bytes]) => `${type} ${kb(bytes)}`)
        .join(", ");
      console.log(`  ${r.viewport}: ${r.requests} requests, ${kb(r.transferred)} transferred (${kb(r.raw)} uncompressed) — ${parts}`);
    }
    console.log(describeNewsEdit(await benchNewsEdit()));
    printMachine(machine);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const papers = option(process.argv.slice(2), "papers");
const only = option(process.argv.slice(2), "only");
if (only !== undefined) {
  if (only !== "start") throw new Error(`--only names one section: start (npm start: news edit), not ${only}`);
  console.log(describeNewsEdit(await benchNewsEdit({ edits: Number(option(process.argv.slice(2), "edits") ?? 5), cache: option(process.argv.slice(2), "cache") })));
} else if (papers !== undefined) {
  const count = Number(papers);
  if (!Number.isInteger(count) || count < 1) throw new Error("--papers needs a whole number of papers, e.g. --papers 1000");
  await benchPapers(count);
} else await benchDefault();
