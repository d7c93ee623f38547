// The home banner: one <picture> with light/dark × mobile/desktop variants chosen by media queries,
// each in AVIF and WebP with a PNG fallback. The theme script rewrites the media queries when a
// visitor picks a theme by hand, so only the chosen variant is downloaded.
import { assetUrl, type RenderContext, type Shape, type Theme } from "../lib/context.ts";
import { formatDay } from "../lib/dates.ts";
import { html, join, type SafeHtml } from "../lib/html.ts";
import type { EncodedImage } from "../images/pipeline.ts";

/** Widest viewport that gets the mobile (portrait) banner. */
export const MOBILE_MAX_WIDTH = 600;

const SIZES: Record<Shape, string> = {
  mobile: "calc(100vw - 2rem)",
  desktop: "min(calc(100vw - 3rem), 68rem)",
};

/** The media query of a variant when the system preference decides (no manual choice). */
export function systemMedia(theme: Theme, shape: Shape): string {
  const parts = [shape === "mobile" ? `(max-width: ${MOBILE_MAX_WIDTH}px)` : "", theme === "dark" ? "(prefers-color-scheme: dark)" : ""].filter(Boolean);
  return parts.length ? parts.join(" and ") : "all";
}

function srcset(ctx: RenderContext, files: EncodedImage["sources"][number]["files"]): string {
  return files.map((f) => `${assetUrl(ctx, f.path)} ${f.width}w`).join(", ");
}

export function bannerAlt(ctx: RenderContext): string {
  const e = ctx.edition.edition;
  return (
    e.banner_alt ??
    `${ctx.model.site.short_name} ${e.year}: workshop at ${e.colocated_with.short}, ${formatDay(e.date)}, in ${e.location.city}, ${e.location.country}.`
  );
}

export function banner(ctx: RenderContext): SafeHtml {
  const variants: [Theme, Shape][] = [
    ["dark", "mobile"],
    ["light", "mobile"],
    ["dark", "desktop"],
    ["light", "desktop"],
  ];
  const sources = variants.flatMap(([theme, shape]) => {
    const image = ctx.images.banner[`${theme}-${shape}`];
    return image.sources
      .filter((s) => s.format !== "png" || !(theme === "light" && shape === "desktop"))
      .map(
        (s) =>
          html`<source is="theme-source" data-theme="${theme}" data-shape="${shape}" media="${systemMedia(theme, shape)}" type="${s.type}" srcset="${srcset(ctx, s.files)}" sizes="${SIZES[shape]}" width="${image.width}" height="${image.height}">`,
      );
  });
  const fallback = ctx.images.banner["light-desktop"];
  const png = fallback.sources.find((s) => s.format === "png") ?? fallback.sources[fallback.sources.length - 1]!;
  const largest = png.files[png.files.length - 1]!;
  return html`<picture class="banner">
    ${join(sources, "\n    ")}
    <img src="${assetUrl(ctx, largest.path)}" srcset="${srcset(ctx, png.files)}" sizes="${SIZES.desktop}" width="${fallback.width}" height="${fallback.height}" alt="${bannerAlt(ctx)}" fetchpriority="high" decoding="async">
  </picture>`;
}
