// Related reading: papers worth knowing about for this edition's topics (content/<year>/reading.yaml),
// with the same search as the accepted papers.
import { editionName } from "../content/model.ts";
import { searchForm } from "../components/paper-search-form.ts";
import { searchIndexPath } from "../lib/paper-urls.ts";
import { permanentUrl, prose } from "../render/context.ts";
import { html } from "../lib/html.ts";
import { builtIn, editionPage } from "./page-template.ts";

const page = editionPage({
  ...builtIn("reading"),
  title: (ctx) => ctx.text.get("reading"),
  description: (ctx) => ctx.text.get("reading_description", { count: ctx.edition.reading?.length ?? 0, edition: editionName(ctx.model.site, ctx.edition.year) }),
  scripts: ["paper-search"],
  render: (ctx) => {
    const items = ctx.edition.reading ?? [];
    return html`<p class="lead">${ctx.text.get("reading_lead", { count: items.length })}</p>
      ${searchForm(ctx, { list: "reading", bundle: permanentUrl(ctx, searchIndexPath("reading")), total: items.length })}
      <div class="paper-list">
        <ol class="papers">
          ${items.map(
            (item) => html`<li class="paper" id="${item.id}">
              <h2 class="paper__title">${item.url ? html`<a href="${item.url}">${item.title}</a>` : item.title}</h2>
              ${item.abstract ? html`<details class="paper__abstract"><summary>${ctx.text.get("abstract")}<span class="visually-hidden">: ${item.title}</span></summary>${prose(ctx, item.abstract, ctx.urls)}</details>` : ""}
            </li>`,
          )}
        </ol>
      </div>`;
  },
});

export const data = page.data;
export const render = page.render;
