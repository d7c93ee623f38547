// `npm run build [-- --pathprefix=/repo/] [--output=DIR]` and `npm start` (`--serve [--port=N]`).
// In the deploy workflow: `--pages-base-path=<configure-pages base_path>` (a custom domain wins).
// Content is validated first: with any problem, every problem is printed and nothing is written.
// A build goes to a fresh folder that replaces the output only once it is complete; the replaced
// output is kept beside it as `<output>.previous`, whose folders the next build reuses.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Eleventy from "@11ty/eleventy";
import { ContentError } from "../src/content/errors.ts";
import { preloadSite } from "../src/config/site-data.ts";
import { loadSite } from "../src/content/load.ts";
import { cacheParsedYaml } from "../src/content/yaml-source.ts";
import { reuseFoldersOf } from "../src/lib/spare-output.ts";
import { normalizePrefix } from "../src/lib/urls.ts";
import { option } from "./cli.ts";

export interface BuildOptions {
  pathPrefix?: string;
  output?: string;
  /** Content folder, default `content` (also settable with COLLOQUY_CONTENT). */
  content?: string;
  /** Source images folder, default `assets` (also settable with COLLOQUY_ASSETS). */
  assets?: string;
  quiet?: boolean;
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
}

/** The path prefix of a GitHub Pages deploy: `/` with a custom domain, else the reported base path. */
export function pagesPrefix(domain: string | undefined, pagesBasePath: string): string {
  return domain ? "/" : normalizePrefix(pagesBasePath);
}

/** Build the site; resolves to the output folder. Throws ContentError for invalid content. */
export async function buildSite(options: BuildOptions = {}): Promise<string> {
  // The Eleventy configuration reads the content folders from the environment; set them for this
  // build only, so one process can build several sites (as the tests do).
  const saved = { content: process.env.COLLOQUY_CONTENT, assets: process.env.COLLOQUY_ASSETS, cms: process.env.COLLOQUY_CMS_LOCAL_BACKEND };
  if (options.content) process.env.COLLOQUY_CONTENT = options.content;
  if (options.assets) process.env.COLLOQUY_ASSETS = options.assets;
  if (options.cmsLocalBackend) process.env.COLLOQUY_CMS_LOCAL_BACKEND = options.cmsLocalBackend === true ? "1" : options.cmsLocalBackend;
  try {
    return await buildInto(options);
  } finally {
    restoreEnv("COLLOQUY_CONTENT", saved.content);
    restoreEnv("COLLOQUY_ASSETS", saved.assets);
    restoreEnv("COLLOQUY_CMS_LOCAL_BACKEND", saved.cms);
  }
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** Where large YAML files are kept parsed between builds (src/content/yaml-source.ts). */
const PARSE_CACHE = process.env.COLLOQUY_PARSE_CACHE ?? ".cache/parsed";

async function buildInto({ pathPrefix, pagesBasePath, output = "_site", quiet = false }: BuildOptions): Promise<string> {
  const contentDir = process.env.COLLOQUY_CONTENT ?? "content";
  const assetsDir = process.env.COLLOQUY_ASSETS ?? "assets";
  cacheParsedYaml(PARSE_CACHE);
  // Validate before writing anything, and hand the model to the build so content is read once.
  const model = loadSite({ contentDir, assetsDir });
  preloadSite(model, contentDir, assetsDir);
  pathPrefix ??= pagesBasePath === undefined ? "/" : pagesPrefix(model.site.domain, pagesBasePath);
  const finalDir = path.resolve(output);
  const tempDir = `${finalDir}.partial-${process.pid}`;
  // The output this build replaces is kept as a spare, and the build after takes its per-paper
  // folders instead of making thousands of new ones (src/lib/spare-output.ts).
  const spareDir = `${finalDir}.previous`;
  rmSync(tempDir, { recursive: true, force: true });
  mkdirSync(path.dirname(finalDir), { recursive: true });
  reuseFoldersOf(spareDir);
  try {
    const eleventy = new Eleventy(undefined, tempDir, { configPath: ".eleventy.ts", pathPrefix: normalizePrefix(pathPrefix), quietMode: quiet });
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
    reuseFoldersOf(undefined);
    rmSync(tempDir, { recursive: true, force: true });
  }
  return finalDir;
}

async function serve(port: number): Promise<void> {
  // The development server publishes the editor with the local backend (`npx decap-server`).
  process.env.COLLOQUY_CMS_LOCAL_BACKEND ??= "1";
  const eleventy = new Eleventy(undefined, "_site", { configPath: ".eleventy.ts", runMode: "serve", source: "cli" });
  await eleventy.init();
  await eleventy.watch();
  eleventy.serve(port);
  process.on("SIGINT", async () => {
    await eleventy.stopWatch();
    process.exit(0);
  });
}

/** `--cms-local-backend` (the default address) or `--cms-local-backend=URL`. */
function cmsLocalBackendOption(args: string[]): boolean | string {
  const value = option(args, "cms-local-backend");
  return value && !value.startsWith("--") ? value : args.includes("--cms-local-backend");
}

async function main(args: string[]): Promise<void> {
  try {
    if (args.includes("--serve")) {
      cacheParsedYaml(PARSE_CACHE);
      loadSite({ contentDir: process.env.COLLOQUY_CONTENT, assetsDir: process.env.COLLOQUY_ASSETS });
      await serve(Number(option(args, "port") ?? 8080));
      return;
    }
    const started = performance.now();
    const out = await buildSite({
      pathPrefix: option(args, "pathprefix"),
      pagesBasePath: option(args, "pages-base-path"),
      output: option(args, "output"),
      content: option(args, "content"),
      assets: option(args, "assets"),
      quiet: args.includes("--quiet"),
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
      console.error(error.message);
      console.error("Nothing was written. Fix the problems above and build again.");
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) await main(process.argv.slice(2));
