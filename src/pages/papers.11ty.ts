// Accepted Papers: the legend, then the papers grouped by type.
import { badgeLegend, paperGroups } from "../components/papers.ts";
import { html } from "../lib/html.ts";
import { editionPage } from "../lib/page-template.ts";

const page = editionPage({
  path: "papers/",
  title: () => "Accepted Papers",
  description: (ctx) => `The ${ctx.edition.papers.length} papers accepted at ${ctx.model.site.short_name} ${ctx.edition.year}.`,
  when: (ctx) => ctx.edition.papers.length > 0,
  render: (ctx) => html`<p class="lead">${ctx.edition.papers.length} papers were accepted, listed by type and then by title.</p>
    ${badgeLegend(ctx)}
    ${paperGroups(ctx)}`,
});

export const data = page.data;
export const render = page.render;
