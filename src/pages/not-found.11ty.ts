// The 404 page, served by GitHub Pages for any missing path (so every URL in it is absolute).
import { pageUrl } from "../render/context.ts";
import { html } from "../lib/html.ts";
import { editionPage } from "./page-template.ts";
import { navItems } from "../components/nav.ts";

const page = editionPage({
  path: "404",
  title: (ctx) => ctx.text.get("not_found"),
  when: (ctx) => ctx.atRoot,
  noindex: true,
  render: (ctx) => html`<p class="lead">${ctx.text.get("not_found_lead")}</p>
    <p>${ctx.text.get("not_found_help")}</p>
    <ul>${navItems(ctx).map((item) => html`<li><a href="${pageUrl(ctx, item.path)}">${item.label}</a></li>`)}</ul>`,
});

export const data = { ...page.data, permalink: () => "404.html" };
export const render = page.render;
