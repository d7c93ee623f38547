// A redirect page for an old address (an edition's `aliases`): sends browsers on at once, tells
// search engines where the page lives now, and shows a plain link for anything else.
import { editionName } from "../content/model.ts";
import { assetUrl, pageUrl, type RenderContext } from "../render/context.ts";
import { html } from "../lib/html.ts";
import { contentSecurityPolicy } from "../seo/csp.ts";

export function redirectPage(ctx: RenderContext, to: string): string {
  const target = pageUrl(ctx, to);
  const canonical = ctx.urls.absolute(ctx.permanentBase + to);
  const edition = editionName(ctx.model.site, ctx.edition.year);
  return `<!doctype html>\n${html`<html lang="${ctx.model.site.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ctx.text.get("moved_title")} · ${edition}</title>
<meta name="description" content="${ctx.text.get("moved_description", { edition, url: canonical })}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="${`0; url=${target}`}">
<link rel="stylesheet" href="${assetUrl(ctx, "css/site.css")}">
</head>
<body>
<main id="main" class="redirect">
<h1>${ctx.text.get("moved_title")}</h1>
<p><a href="${target}">${ctx.text.get("moved_link")}</a>.</p>
</main>
</body>
</html>`}\n`;
}
