// Work that needs the site data but no Eleventy page: the per-paper files and the search indexes.
// Each piece starts as soon as the site data is ready, runs beside Eleventy's rendering, and the
// build waits for it at the end and fails with its error.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteData } from "../pages/page-template.ts";
import { whenSitePrepared } from "./site-data.ts";

type Settled = { error: unknown } | undefined;

/** The current build's side work, by name. */
const pending = new Map<string, Promise<Settled>>();

/**
 * Run `work` for each build as soon as the site data is ready, beside the rendering. A rebuild
 * (`npm start`) waits for the previous run of the same work before starting it again.
 */
export function alongsideBuild(config: UserConfig, name: string, work: (site: SiteData["colloquy"], outDir: string) => Promise<void>): void {
  whenSitePrepared(name, (site, outDir) => {
    const previous = pending.get(name) ?? Promise.resolve(undefined);
    // Settled into a value so a failure is reported by the build, never as an unhandled rejection.
    pending.set(
      name,
      previous.then(() => work(site, outDir)).then(
        () => undefined,
        (error: unknown) => ({ error }),
      ),
    );
  });
  config.on("eleventy.after", async () => {
    const result = await pending.get(name);
    pending.delete(name);
    if (result?.error) throw result.error;
  });
}

/** Resolves once every side work of the current build has finished (failed or not). */
export async function sideWorkSettled(): Promise<void> {
  await Promise.all(pending.values());
}
