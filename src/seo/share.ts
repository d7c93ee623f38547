// Which link-preview image a page uses. Every edition page gets its own (its title on the
// edition's design); pages made per item (one per paper, possibly thousands) reuse the image of
// their list page (src/pages/paper.ts), so a build never encodes an image per item.
import type { ShareImage } from "../images/share-image.ts";
import type { RenderContext } from "../render/context.ts";

/** The share image of an edition page, by its path and title. */
export function pageShareImage(ctx: RenderContext, path: string, title: string): Promise<ShareImage> {
  return ctx.images.share(path, title);
}
