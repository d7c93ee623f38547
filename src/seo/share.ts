// Which link-preview image a page uses. Every edition page gets its own (its title on the
// edition's design); pages made per item (one per paper, possibly thousands) reuse the image of
// their section, so a build never encodes an image per item.
import type { ShareImage } from "../images/share-image.ts";
import type { RenderContext } from "../lib/context.ts";

/** Titles of the edition pages by path (`papers/` → `Accepted Papers`), recorded as page modules load. */
const sectionTitles = new Map<string, (ctx: RenderContext) => string>();

/** Called by `editionPage()`: remembers how a section's title is made. */
export function registerSection(path: string, title: (ctx: RenderContext) => string): void {
  sectionTitles.set(path, title);
}

/** The share image of an edition page, by its path and title. */
export function pageShareImage(ctx: RenderContext, path: string, title: string): Promise<ShareImage> {
  return ctx.images.share(path, title);
}

/**
 * The share image of a section (`"papers/"`), for pages inside it such as one page per paper:
 * the same file as the section's own page. Falls back to the edition's home image when the
 * section has no page.
 */
export function sectionShareImage(ctx: RenderContext, sectionPath: string): Promise<ShareImage> {
  const title = sectionTitles.get(sectionPath);
  return title ? ctx.images.share(sectionPath, title(ctx)) : ctx.images.share("", ctx.edition.edition.title);
}
