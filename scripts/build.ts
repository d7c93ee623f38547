// `npm run build [-- --pathprefix=/repo/] [--output=DIR]` and `npm start` (`--serve [--port=N]`).
// In the deploy workflow: `--pages-base-path=<configure-pages base_path>` (a custom domain wins).
// Content is validated first: with any problem, every problem is printed and nothing is written
// (`--format github|plain` as for `npm run check`: annotations inside GitHub Actions).
// A build goes to a fresh folder that replaces the output only once it is complete; the replaced
// output is kept beside it as `<output>.previous`, whose folders the next build reuses.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Eleventy from "@11ty/eleventy";
import { colloquy } from "../.eleventy.ts";
import { Build, DEFAULT_SETTINGS, type BuildSettings } from "../src/config/build.ts";
import { ContentError } from "../src/content/errors.ts";
import { loadSite } from "../src/content/load.ts";
import { progressTo, silent } from "../src/lib/progress.ts";
import { normalizePrefix } from "../src/lib/urls.ts";
import { option } from "./cli.ts";
import { formatOf, reportContentError } from "./content-report.ts";

export interface BuildOptions {
  pathPrefix?: string;
  output?: string;
  /** Content folder, default `content`. */
  content?: string;
  /** Source images folder, default `assets`. */
  assets?: string;
  /** Cache folder, default `.cache` (the build's store is `<cache>/store`). */
  cache?: string;
  /** No progress and no Eleventy summary line. */
  quiet?: boolean;
  /** Eleventy's line per written file as well. */
  verbose?: boolean;
  /**
   * For GitHub Pages: the base path `actions/configure-pages` reports ("" or "/repo"). Used as the
   * path prefix unless site.yaml names a custom domain, which is always served from `/`.
   * Ignored when `pathPrefix` is given.
   */
  pagesBasePath?: string;
  /**
   * Publish the editor at /admin/ with Decap's local backend: `true` for `decap-server`'s default
   * address, or its API URL (e.g. `http://127.0.0.1:8082/api/v1`).
   */
  cmsLocalBackend?: boolean | string;
  /** Records per search index shard (default 1000): tests lower it to get several shards. */
  searchShardRecords?: number;
}

/** The path prefix of a GitHub Pages deploy: `/` with a custom domain, else the reported base path. */
export function pagesPrefix(domain: string | undefined, pagesBasePath: string): string {
  return domain ? "/" : normalizePrefix(pagesBasePath);
}

/** What a build did: its output folder, and how much of its work came from the store. */
export interface BuildReport {
  outDir: string;
  images: { encoded: number; cached: number };
  search: { indexed: number; stored: number };
  /** Paper pages rendered, and those whose files were linked from the store without rendering. */
  papers: { rendered: number; kept: number };
}

/** Build the site; resolves to the output folder. Throws ContentError for invalid content. */
export async function buildSite(options: BuildOptions = {}): Promise<string> {
  return (await runBuild(options)).outDir;
}

/** The settings of a build of `options` (its folders), before the content is read. */
function settingsOf(options: BuildOptions): BuildSettings {
  return {
    contentDir: options.content ?? DEFAULT_SETTINGS.contentDir,
    assetsDir: options.assets ?? DEFAULT_SETTINGS.assetsDir,
    cacheDir: options.cache ?? DEFAULT_SETTINGS.cacheDir,
    ...(options.cmsLocalBackend ? { cmsLocalBackend: options.cmsLocalBackend } : {}),
    ...(options.searchShardRecords ? { searchShardRecords: options.searchShardRecords } : {}),
  };
}

/** Build the site and say what the build did. Throws ContentError for invalid content. */
export async function runBuild(options: BuildOptions = {}): Promise<BuildReport> {
  const { pagesBasePath, output = "_site", quiet = false, verbose = false } = options;
  const settings = settingsOf(options);
  const finalDir = path.resolve(output);
  const tempDir = `${finalDir}.partial-${process.pid}`;
  // The output this build replaces is kept as a spare, and the build after takes its per-paper
  // folders instead of making thousands of new ones (src/lib/spare-output.ts).
  const spareDir = `${finalDir}.previous`;
  const build = new Build({ ...settings, spareDir, progress: quiet ? silent : progressTo(process.stderr) });
  // Validate before writing anything; the build then uses this model, so content is read once.
  const model = build.validate();
  const pathPrefix = options.pathPrefix ?? (pagesBasePath === undefined ? "/" : pagesPrefix(model.site.domain, pagesBasePath));
  rmSync(tempDir, { recursive: true, force: true });
  mkdirSync(path.dirname(finalDir), { recursive: true });
  try {
    const eleventy = new Eleventy(undefined, tempDir, { pathPrefix: normalizePrefix(pathPrefix), quietMode: !verbose, config: colloquy(build) });
    // --quiet: not even Eleventy's closing "Wrote N files" line (a failure still throws, and is reported).
    if (quiet) eleventy.disableLogger();
    await eleventy.write();
    const oldDir = `${finalDir}.old-${process.pid}`;
    if (existsSync(finalDir)) renameSync(finalDir, oldDir);
    try {
      renameSync(tempDir, finalDir);
    } catch (error) {
      if (existsSync(oldDir)) renameSync(oldDir, finalDir);
      throw error;
    }
    // What this build did not take from the old spare goes; the replaced output is the new spare.
    rmSync(spareDir, { recursive: true, force: true });
    if (existsSync(oldDir)) renameSync(oldDir, spareDir);
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  return { outDir: finalDir, images: build.images.stats, search: build.searchStats, papers: build.paperStats };
}

/** `--cms-local-backend` (the default address) or `--cms-local-backend=URL`. */
function cmsLocalBackendOption(args: string[]): boolean | string {
  const value = option(args, "cms-local-backend");
  return value && !value.startsWith("--") ? value : args.includes("--cms-local-backend");
}

async function main(args: string[]): Promise<void> {
  const format = formatOf(args);
  try {
    if (args.includes("--serve")) {
      const settings = settingsOf({ content: option(args, "content"), assets: option(args, "assets"), cache: option(args, "cache") });
      // Invalid content is reported before the server starts.
      loadSite({ contentDir: settings.contentDir, assetsDir: settings.assetsDir });
      const { serve } = await import("./dev-server.ts");
      await serve({ port: Number(option(args, "port") ?? 8080), output: option(args, "output") }, settings);
      return;
    }
    const started = performance.now();
    const out = await buildSite({
      pathPrefix: option(args, "pathprefix"),
      pagesBasePath: option(args, "pages-base-path"),
      output: option(args, "output"),
      content: option(args, "content"),
      assets: option(args, "assets"),
      cache: option(args, "cache"),
      quiet: args.includes("--quiet"),
      verbose: args.includes("--verbose"),
      cmsLocalBackend: cmsLocalBackendOption(args),
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`Built ${path.relative(process.cwd(), out) || "."} in ${seconds.toFixed(2)} s`);
    // For the benchmark: wall time and peak memory of this build, as one JSON line.
    if (args.includes("--stats")) {
      const usage = process.resourceUsage();
      console.log(JSON.stringify({ seconds, peakRssBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
    }
  } catch (error) {
    if (error instanceof ContentError) {
      reportContentError(error, format, "npm run build", ["Nothing was written. Fix the problems above and build again."]);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) await main(process.argv.slice(2));
