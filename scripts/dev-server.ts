// `npm start`: the development server (Eleventy in serve mode, with live reload), rebuilding into
// the folder it serves.
//
// Eleventy rebuilds every page when the site data changes, and every page reads the one site data
// object, so each edit renders the whole site. What reaches the disk is only what changed:
// Eleventy renders into memory (its JSON output) and each page is written only when its bytes
// differ from the file there; the side work (stylesheet, scripts, editor, sitemap) does the same,
// and the per-paper files are linked from the store. An unchanged file keeps its inode and mtime.
// The search indexes are made in the background once the pages are written: the server says when
// they have caught up. Invalid content is reported (file:line:col and field) and the server goes
// on serving the last good build until the content is fixed.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { colloquy } from "../.eleventy.ts";
import { Build, type BuildSettings } from "../src/config/build.ts";
import { writeIfChanged } from "../src/lib/file-store.ts";

export interface DevServerOptions {
  port: number;
  /** The output folder the server serves, default `_site`. */
  output?: string;
}

/** A rendered page as Eleventy's JSON output gives it. */
interface RenderedPage {
  outputPath: string | false;
  content: unknown;
}

/** Write the pages whose bytes changed; how many were written, of how many. */
export function writeChangedPages(pages: readonly RenderedPage[]): { written: number; total: number } {
  let written = 0;
  let total = 0;
  for (const page of pages) {
    if (typeof page.outputPath !== "string" || (typeof page.content !== "string" && !Buffer.isBuffer(page.content))) continue;
    total++;
    mkdirSync(path.dirname(page.outputPath), { recursive: true });
    if (writeIfChanged(page.outputPath, page.content)) written++;
  }
  return { written, total };
}

/**
 * Eleventy whose builds render into memory instead of writing every page: its watcher and live
 * reload work as usual (they take the rendered pages from `write`), and the pages are written by
 * `writeChangedPages` as soon as the rendering ends.
 */
class RenderingEleventy extends Eleventy {
  override async write() {
    return [[], await this.toJSON()] as unknown as Awaited<ReturnType<Eleventy["write"]>>;
  }
}

const log = (message: string) => console.log(`[colloquy] ${message}`);

export async function serve(options: DevServerOptions, settings: BuildSettings): Promise<void> {
  const build = new Build({
    // The development server publishes the editor with the local backend (`npx decap-server`).
    cmsLocalBackend: true,
    ...settings,
    development: {
      background: ["search"],
      report: (_name, error) => {
        if (error) console.error(`[colloquy] The search index failed: ${error instanceof Error ? error.message : String(error)}`);
        else log("Search index up to date.");
      },
    },
  });
  let started = performance.now();
  const config = (eleventyConfig: UserConfig) => {
    // Eleventy waits for a changed file to stay the same size for 150 ms before it rebuilds; a
    // saved content file is complete much sooner (and a half-written one is rebuilt once more).
    eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 20, pollInterval: 10 } });
    // After every rebuild Eleventy parses each page module and all it imports, to watch them. The
    // engine is compiled before the server starts and does not change while it runs; the content
    // and assets folders are watched on their own. That parse took about 110 ms of every edit.
    eleventyConfig.setWatchJavaScriptDependencies(false);
    // Registered first and synchronous: every page is on disk before the other handlers of
    // `eleventy.after` (the sitemap reads the pages back) go on.
    eleventyConfig.on("eleventy.after", ({ results }: { results: RenderedPage[] }) => {
      const { written, total } = writeChangedPages(results);
      log(`Wrote ${written} of ${total} pages (the others are unchanged) ${(performance.now() - started).toFixed(0)} ms after the build began; the search index follows in the background.`);
    });
    eleventyConfig.on("eleventy.before", () => (started = performance.now()));
    // What a run keeps for the next is made from content alone: any other change (code, assets) clears it.
    const content = path.resolve(build.settings.contentDir);
    eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
      if (queue.some((file) => !path.resolve(file).startsWith(content + path.sep))) build.kept.clear();
    });
    return colloquy(build)(eleventyConfig);
  };
  const eleventy = new RenderingEleventy(undefined, options.output ?? "_site", { runMode: "serve", source: "cli", config });
  await eleventy.init();
  await eleventy.watch();
  eleventy.serve(options.port);
  process.on("SIGINT", async () => {
    await eleventy.stopWatch();
    process.exit(0);
  });
}
