// Global data `colloquy`: the validated content, the generated images and one render context
// per published edition. Content is re-read on every build, so `npm start` picks up edits.
import type UserConfig from "@11ty/eleventy/UserConfig";
import path from "node:path";
import { loadSite } from "../content/load.ts";
import type { SiteModel } from "../content/model.ts";
import { buildEditionImages, buildSiteImages } from "../images/site-images.ts";
import type { RenderContext } from "../render/context.ts";
import { siteLanguage } from "../lib/language.ts";
import type { SiteData } from "../pages/page-template.ts";
import { Urls } from "../lib/urls.ts";

export interface SiteDataOptions {
  contentDir: string;
  assetsDir: string;
  cacheDir: string;
}

interface BuildTarget {
  /** Base path the site is served under, e.g. `/llm4code/` (Eleventy's `--pathprefix`). */
  pathPrefix: string;
  outDir: string;
}

let latest: SiteData["colloquy"] | undefined;
const onPrepared = new Map<string, (site: SiteData["colloquy"], outDir: string) => void>();

/**
 * Run `listener` each time the site data is ready: work that needs no page (the search index, the
 * .bib files) starts then, beside the rendering. One listener per name; registering again replaces it.
 */
export function whenSitePrepared(name: string, listener: (site: SiteData["colloquy"], outDir: string) => void): void {
  onPrepared.set(name, listener);
}
let preloaded: { key: string; model: SiteModel } | undefined;

const modelKey = (contentDir: string, assetsDir: string) => `${path.resolve(contentDir)}\0${path.resolve(assetsDir)}`;

/**
 * Hand over a model the build script has just validated, so the next build reads the content
 * once instead of twice. It is used by one build only: later rebuilds (`npm start`) read again.
 */
export function preloadSite(model: SiteModel, contentDir: string, assetsDir: string): void {
  preloaded = { key: modelKey(contentDir, assetsDir), model };
}

export async function prepareSite(options: SiteDataOptions & BuildTarget): Promise<SiteData["colloquy"]> {
  const key = modelKey(options.contentDir, options.assetsDir);
  const model = preloaded?.key === key ? preloaded.model : loadSite({ contentDir: options.contentDir, assetsDir: options.assetsDir });
  preloaded = undefined;
  const urls = new Urls(options.pathPrefix, new URL(model.site.url).origin);
  const { format, text } = siteLanguage(model.site.language, model.labels);
  const renders: RenderContext[] = [];
  const imageOptions = { outDir: options.outDir, cacheDir: options.cacheDir, format, text };
  const siteImages = await buildSiteImages(model, imageOptions);
  for (const edition of model.editions) {
    const images = await buildEditionImages(model, edition, imageOptions, siteImages);
    const permanentBase = `/${edition.year}/`;
    const archived = edition !== model.current;
    // The current edition is published twice: at the site root and at its permanent prefix.
    if (!archived) renders.push({ model, edition, base: "/", permanentBase, atRoot: true, archived, urls, images, format, text });
    renders.push({ model, edition, base: permanentBase, permanentBase, atRoot: false, archived, urls, images, format, text });
  }
  latest = {
    renders,
    pages: renders.flatMap((ctx) => ctx.edition.pages.map((page) => ({ ctx, page }))),
    redirects: renders.flatMap((ctx) => Object.entries(ctx.edition.edition.aliases).map(([from, to]) => ({ ctx, from, to }))),
  };
  for (const listener of onPrepared.values()) listener(latest, options.outDir);
  return latest;
}

export function siteData(config: UserConfig, options: SiteDataOptions): void {
  // Plugins run after Eleventy knows the path prefix and output folder (including --pathprefix).
  const resolved = config as unknown as { pathPrefix?: string; directories: { output?: string } };
  config.addGlobalData("colloquy", () =>
    prepareSite({ ...options, pathPrefix: resolved.pathPrefix ?? "/", outDir: resolved.directories.output ?? "_site" }),
  );
  config.addWatchTarget(options.contentDir);
  config.addWatchTarget(options.assetsDir);
}
