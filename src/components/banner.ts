// The home banner: light and dark <picture>s, each with a mobile (≤ 600 px) and a desktop variant
// chosen by media query, in AVIF at every width, with one WebP per shape for browsers without AVIF
// (the desktop one is the <img> fallback). The stylesheet shows the picture of the active theme
// (system preference or the visitor's choice) and hides the other; both images are lazy, and a
// hidden lazy image is never fetched, so a visitor downloads only the variant they see.
import { editionName } from "../content/model.ts";
import type { BannerShape } from "../images/banner-svg.ts";
import type { BannerTheme } from "../images/palettes.ts";
import { assetUrl, srcsetOf, type RenderContext } from "../render/context.ts";
import { lastDayOf, whereHeld } from "../content/attendance.ts";
import { html, join, type SafeHtml } from "../lib/html.ts";
import type { EncodedImage } from "../images/pipeline.ts";

/** Widest viewport that gets the mobile (portrait) banner. */
export const MOBILE_MAX_WIDTH = 600;


const SIZES: Record<BannerShape, string> = {
  mobile: "calc(100vw - 2rem)",
  desktop: "min(calc(100vw - 2rem), 68rem)",
};

export function bannerAlt(ctx: RenderContext): string {
  const e = ctx.edition.edition;
  if (e.banner_alt) return e.banner_alt;
  const values = { edition: editionName(ctx.model.site, e.year), date: ctx.format.dayRange(e.date, lastDayOf(e)), where: whereHeld(e, ctx.text) };
  return e.colocated_with ? ctx.text.get("banner_alt_colocated", { ...values, conference: e.colocated_with.short }) : ctx.text.get("banner_alt", values);
}

function themePicture(ctx: RenderContext, theme: BannerTheme): SafeHtml {
  const mobile = ctx.images.banner[`${theme}-mobile`];
  const desktop = ctx.images.banner[`${theme}-desktop`];
  const source = (image: EncodedImage, shape: BannerShape, s: EncodedImage["sources"][number]) =>
    html`<source data-theme="${theme}" data-shape="${shape}"${shape === "mobile" ? html` media="(max-width: ${MOBILE_MAX_WIDTH}px)"` : ""} type="${s.type}" srcset="${srcsetOf(ctx, s.files)}" sizes="${SIZES[shape]}" width="${image.width}" height="${image.height}">`;
  // The last format is the fallback every browser reads: the <img>'s own, at one width.
  const fallback = desktop.sources[desktop.sources.length - 1]!;
  const largest = fallback.files[fallback.files.length - 1]!;
  return html`<picture class="banner__variant" data-theme="${theme}">
    ${join(mobile.sources.map((s) => source(mobile, "mobile", s)), "\n    ")}
    ${join(desktop.sources.filter((s) => s !== fallback).map((s) => source(desktop, "desktop", s)), "\n    ")}
    <img src="${assetUrl(ctx, largest.path)}" srcset="${srcsetOf(ctx, fallback.files)}" sizes="${SIZES.desktop}" width="${desktop.width}" height="${desktop.height}" alt="${bannerAlt(ctx)}" loading="lazy" fetchpriority="high" decoding="async">
  </picture>`;
}

/**
 * Preload hints for the banner, for `<head>`: one per theme and shape, as plain data inside a
 * `<template>` (not as `<link>` elements, which the browser's speculative parser may fetch).
 * The theme script, which runs before the body is parsed and knows the theme the visitor sees,
 * turns the one matching hint into a `<link rel="preload">`, so the visible variant starts downloading at high
 * priority right away instead of waiting for layout (its `<img>` stays lazy, which keeps the
 * hidden theme's picture from ever being fetched). The hint names the same `srcset` and `sizes`
 * as the picture's first source, so the browser picks the same file and reuses the download.
 */
export function bannerPreloads(ctx: RenderContext): SafeHtml {
  const links = (["light", "dark"] as const).flatMap((theme) =>
    (["mobile", "desktop"] as const).map((shape) => {
      const image = ctx.images.banner[`${theme}-${shape}`];
      const first = image.sources[0]!;
      const media = shape === "mobile" ? `(max-width: ${MOBILE_MAX_WIDTH}px)` : `(min-width: ${MOBILE_MAX_WIDTH + 1}px)`;
      return html`<span data-theme="${theme}" data-shape="${shape}" data-media="${media}" data-type="${first.type}" data-srcset="${srcsetOf(ctx, first.files)}" data-sizes="${SIZES[shape]}"></span>`;
    }),
  );
  return html`<template id="banner-preloads">${links}</template>`;
}

export function banner(ctx: RenderContext): SafeHtml {
  return html`<div class="banner">
  ${themePicture(ctx, "light")}
  ${themePicture(ctx, "dark")}
  </div>`;
}
