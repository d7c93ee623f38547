// The 404 page, served by GitHub Pages for any missing path (so every URL in it is absolute).
import { pageUrl } from "../lib/context.ts";
import { html } from "../lib/html.ts";
import { editionPage } from "../lib/page-template.ts";
import { navItems } from "../components/nav.ts";

const page = editionPage({
  path: "404",
  title: () => "Page not found",
  when: (ctx) => ctx.atRoot,
  noindex: true,
  render: (ctx) => html`<p class="lead">There is no page at this address. It may have moved when the site was reorganised.</p>
    <p>These pages may help:</p>
    <ul>${navItems(ctx).map((item) => html`<li><a href="${pageUrl(ctx, item.path)}">${item.label}</a></li>`)}</ul>`,
});

export const data = { ...page.data, permalink: () => "404.html" };
export const render = page.render;
