// Link-preview metadata for `<head>`: Open Graph (https://ogp.me/) and X/Twitter card tags.
import type { ShareImage } from "../images/share-image.ts";
import type { RenderContext } from "../render/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";

export interface SocialMetaProps {
  ctx: RenderContext;
  /** The window title. */
  title: string;
  description: string;
  /** Absolute canonical URL; absent for pages without one (the 404 page). */
  url?: string;
  image?: ShareImage;
  /** `website` for edition pages, `article` for a page about one item (a paper). */
  type?: "website" | "article";
}

/** BCP 47 (`en`, `pt-BR`) → Open Graph locale (`en`, `pt_BR`). */
function ogLocale(language: string): string {
  return language.replace("-", "_");
}

export function socialMeta({ ctx, title, description, url, image, type = "website" }: SocialMetaProps): SafeHtml {
  const { site } = ctx.model;
  const imageUrl = image ? ctx.urls.absolute(`/${image.path}`) : undefined;
  const xAccount = site.social.find((s) => s.network === "x");
  return html`<meta property="og:type" content="${type}">
<meta property="og:site_name" content="${site.name}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:locale" content="${ogLocale(site.language)}">
${url ? html`<meta property="og:url" content="${url}">` : ""}
${image && imageUrl
  ? html`<meta property="og:image" content="${imageUrl}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${image.alt}">`
  : ""}
<meta name="twitter:card" content="${image ? "summary_large_image" : "summary"}">
${xAccount ? html`<meta name="twitter:site" content="${xAccount.handle}">` : ""}
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
${image && imageUrl ? html`<meta name="twitter:image" content="${imageUrl}">
<meta name="twitter:image:alt" content="${image.alt}">` : ""}`;
}
