// A redirect page for an old address (an edition's `aliases`): sends browsers on at once, tells
// search engines where the page lives now, and shows a plain link for anything else.
import { assetUrl, pageUrl, type RenderContext } from "../lib/context.ts";
import { html } from "../lib/html.ts";

export function redirectPage(ctx: RenderContext, to: string): string {
  const target = pageUrl(ctx, to);
  const canonical = ctx.urls.absolute(ctx.permanentBase + to);
  return `<!doctype html>\n${html`<html lang="${ctx.model.site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This page has moved · ${ctx.model.site.short_name} ${ctx.edition.year}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="${`0; url=${target}`}">
<link rel="stylesheet" href="${assetUrl(ctx, "css/site.css")}">
</head>
<body>
<main id="main" class="redirect">
<h1>This page has moved</h1>
<p><a href="${target}">Continue to its new address</a>.</p>
</main>
</body>
</html>`}\n`;
}
