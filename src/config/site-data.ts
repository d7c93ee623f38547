// Global data `colloquy`: the validated content, the generated images and one render context
// per published edition. Content is re-read on every build, so `npm start` picks up edits.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteModel } from "../content/model.ts";
import { buildEditionImages, buildSiteImages } from "../images/site-images.ts";
import type { RenderContext } from "../render/context.ts";
import { siteLanguage } from "../lib/language.ts";
import { Urls } from "../lib/urls.ts";
import type { Build, Site } from "./build.ts";

interface BuildTarget {
  /** Base path the site is served under, e.g. `/llm4code/` (Eleventy's `--pathprefix`). */
  pathPrefix: string;
  outDir: string;
}

/** The site data of one run: the images made, and one render context per published edition. */
export async function prepareSite(build: Build, model: SiteModel, target: BuildTarget): Promise<Site> {
  const urls = new Urls(target.pathPrefix, new URL(model.site.url).origin);
  const { format, text } = siteLanguage(model.site.language, model.labels);
  const renders: RenderContext[] = [];
  const { searchShardRecords } = build.settings;
  const shards = searchShardRecords === undefined ? {} : { searchShardRecords };
  const imageOptions = { outDir: target.outDir, encoder: build.images, format, text };
  const siteImages = await buildSiteImages(model, imageOptions);
  // Every edition's images are asked for at once, so the encoder's slots are never idle between editions.
  const editionImages = await Promise.all(model.editions.map((edition) => buildEditionImages(model, edition, imageOptions, siteImages)));
  for (const [index, edition] of model.editions.entries()) {
    const images = editionImages[index]!;
    const permanentBase = `/${edition.year}/`;
    const archived = edition !== model.current;
    // The current edition is published twice: at the site root and at its permanent prefix.
    if (!archived) renders.push({ model, edition, base: "/", permanentBase, atRoot: true, archived, urls, images, format, text, kept: build.kept, ...shards });
    renders.push({ model, edition, base: permanentBase, permanentBase, atRoot: false, archived, urls, images, format, text, kept: build.kept, ...shards });
  }
  return {
    renders,
    pages: renders.flatMap((ctx) => ctx.edition.pages.map((page) => ({ ctx, page }))),
    redirects: renders.flatMap((ctx) => Object.entries(ctx.edition.edition.aliases).map(([from, to]) => ({ ctx, from, to }))),
  };
}

export function siteData(config: UserConfig, build: Build): void {
  // Plugins run after Eleventy knows the path prefix and output folder (including --pathprefix).
  const resolved = config as unknown as { pathPrefix?: string; directories: { output?: string } };
  config.addGlobalData("colloquy", async () => {
    const outDir = resolved.directories.output ?? "_site";
    build.begin(outDir);
    const site = await prepareSite(build, build.content(), { pathPrefix: resolved.pathPrefix ?? "/", outDir });
    // Work that needs no page (search indexes, per-paper files) starts now, beside the rendering.
    build.start(site, outDir);
    return site;
  });
  // Every side work of the run is waited for, and its failure fails the build.
  config.on("eleventy.after", () => build.finish());
  config.addWatchTarget(build.settings.contentDir);
  config.addWatchTarget(build.settings.assetsDir);
}
