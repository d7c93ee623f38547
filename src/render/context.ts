// What every page and component renders from: the content model, the edition being rendered,
// where it lives, the URL helper, the generated images, and the site's language: its formats and
// interface texts.
import type { EditionModel, SiteModel } from "../content/model.ts";
import type { EncodedFile } from "../images/pipeline.ts";
import type { SiteImages } from "../images/site-images.ts";
import type { Formats } from "../lib/formats.ts";
import type { SiteTexts } from "../lib/labels.ts";
import type { SafeHtml } from "../lib/html.ts";
import type { Kept } from "../lib/kept.ts";
import { markdown, markdownInline, type LinkResolver } from "../lib/markdown.ts";
import type { Urls } from "../lib/urls.ts";

export interface RenderContext {
  model: SiteModel;
  edition: EditionModel;
  urls: Urls;
  /** Where these pages live inside the site: `/` for the current edition at the root, else `/<year>/`. */
  base: string;
  /** The edition's permanent place, `/<year>/`: canonical URLs and per-item pages live there. */
  permanentBase: string;
  /** True for the copy of the current edition at the site root. */
  atRoot: boolean;
  /** True when this edition is not the current one. */
  archived: boolean;
  images: SiteImages;
  /** Dates, times, ranges, zones and numbers in the site's language (`site.language`). */
  format: Formats;
  /** The interface texts: English defaults with content/labels.yaml over them. */
  text: SiteTexts;
  /**
   * What the last run rendered from the same inputs, for this one (`npm start`, which renders the
   * whole site on every edit; a production build keeps nothing): see `prose` below.
   */
  kept: Kept;
  /** Records per search index shard (src/config/search.ts); default SEARCH_SHARD_RECORDS. */
  searchShardRecords?: number;
}

/** Canonical (permanent) URL path of a page of the edition being rendered. */
export function permanentUrl(ctx: RenderContext, relative = ""): string {
  return ctx.urls.to(ctx.permanentBase + relative);
}

/** URL of a page of the edition being rendered: `pageUrl(ctx, "papers/")`. */
export function pageUrl(ctx: RenderContext, relative = ""): string {
  return ctx.urls.to(ctx.base + relative);
}

/** URL of a site-wide file (stylesheet, script, font, image): `assetUrl(ctx, "css/site.css")`. */
export function assetUrl(ctx: RenderContext, relative: string): string {
  return ctx.urls.to(`/${relative}`);
}

/**
 * How site paths in an edition's Markdown resolve: `/papers/` means this edition's papers page
 * (wherever the edition is published), `/2025/papers/` names another edition explicitly.
 * Pass `absolute` for feeds.
 */
export function editionLinks(ctx: RenderContext, absolute = false): LinkResolver {
  return {
    key: `edition ${ctx.base} ${absolute ? "absolute" : "relative"} ${ctx.urls.key}`,
    to: (p: string) => {
      const sitePath = /^\/\d{4}(\/|$)/.test(p) ? p : ctx.base + p.slice(1);
      return absolute ? ctx.urls.absolute(sitePath) : ctx.urls.to(sitePath);
    },
  };
}

/** A `srcset` value for encoded image files: `/img/a-400.avif 400w, /img/a-800.avif 800w`. */
export function srcsetOf(ctx: RenderContext, files: readonly EncodedFile[]): string {
  return files.map((f) => `${assetUrl(ctx, f.path)} ${f.width}w`).join(", ");
}

/**
 * Block Markdown as safe HTML, its site paths resolved by `links` (by default the edition's). A
 * source rendered with the same links in the last run of `npm start` is not parsed again.
 */
export function prose(ctx: RenderContext, source: string, links: LinkResolver = editionLinks(ctx)): SafeHtml {
  return ctx.kept.get("markdown", `${links.key}\0${source}`, () => markdown(source, links));
}

/** One line of Markdown without its paragraph, kept like `prose`. */
export function proseInline(ctx: RenderContext, source: string, links: LinkResolver = editionLinks(ctx)): SafeHtml {
  return ctx.kept.get("markdown-inline", `${links.key}\0${source}`, () => markdownInline(source, links));
}
