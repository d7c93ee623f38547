// Turns a typed page definition into an Eleventy 11ty.ts template that is rendered once for
// every place an edition is published (today: the current edition at the site root).
import { basePage } from "../layouts/base.ts";
import type { MarkdownPage } from "../content/model.ts";
import { builtInPage, type BuiltInSlug } from "../content/pages.ts";
import { pageShareImage } from "../seo/share.ts";
import type { RenderContext } from "../render/context.ts";
import type { SafeHtml } from "../lib/html.ts";
import type { ShareImage } from "../images/share-image.ts";

export interface SiteData {
  colloquy: {
    /** One context per published edition. */
    renders: RenderContext[];
    /** Every Markdown page of every published edition, with its context. */
    pages: { ctx: RenderContext; page: MarkdownPage }[];
    /** One redirect per alias of every published edition. */
    redirects: Redirect[];
  };
}

/** An old path of an edition (`from`, e.g. `date/`) that now leads to `to` (e.g. `dates/`). */
export interface Redirect {
  ctx: RenderContext;
  from: string;
  to: string;
}

export interface EditionPage {
  /** Path relative to the edition, e.g. `papers/` ("" for home). */
  path: string;
  title: (ctx: RenderContext) => string;
  description?: (ctx: RenderContext) => string | undefined;
  /** Leave the page out for editions where it has nothing to show. */
  when?: (ctx: RenderContext) => boolean;
  render: (ctx: RenderContext) => SafeHtml;
  /** The body brings its own h1. */
  ownHeading?: boolean;
  /** Not for search engines (the 404 page). */
  noindex?: boolean;
  /** Page-specific client scripts by name (`src/client/<name>.ts`). */
  scripts?: readonly string[];
  /** Extra `<head>` elements for this page (given the page's share image, for structured data). */
  head?: (ctx: RenderContext, share?: ShareImage) => SafeHtml;
}

/** The path of a built-in page and when it exists: `editionPage({ ...builtIn("papers"), … })`. */
export function builtIn(slug: BuiltInSlug): Pick<EditionPage, "path" | "when"> {
  const page = builtInPage(slug);
  return { path: `${page.slug}/`, when: (ctx) => page.exists(ctx.edition) };
}

/** Eleventy `data` + `render` for an edition page. */
export function editionPage(def: EditionPage) {
  return {
    data: {
      pagination: {
        data: "colloquy.renders",
        size: 1,
        alias: "ctx",
        before: (items: RenderContext[]) => items.filter((ctx) => def.when?.(ctx) ?? true),
      },
      permalink: (data: { ctx: RenderContext }) => `${data.ctx.base}${def.path}index.html`,
      eleventyExcludeFromCollections: true,
    },
    render: async (data: { ctx: RenderContext }) => {
      const share = def.noindex ? undefined : await pageShareImage(data.ctx, def.path, def.title(data.ctx));
      return basePage({
        ctx: data.ctx,
        title: def.title(data.ctx),
        share,
        path: def.path,
        description: def.description?.(data.ctx),
        body: def.render(data.ctx),
        ownHeading: def.ownHeading,
        noindex: def.noindex,
        scripts: def.scripts,
        head: def.head?.(data.ctx, share),
      });
    },
  };
}
