// Accepted Papers: the search form, the legend, then the papers grouped by type, presentation
// kind or session (cfp.yaml's `group_by`). A large edition's
// list is split into pages (papers/, papers/page/2/, …) so each stays light and works without
// JavaScript; the search covers every paper. Like the per-paper pages, the pages after the first
// exist only at the edition's permanent prefix: the root copy of the current edition links there.
import { editionName } from "../content/model.ts";
import { badgeLegend, listPagination, paperGroups } from "../components/paper-list.ts";
import { searchForm } from "../components/paper-search-form.ts";
import { listPageCount, PAPERS_PER_PAGE } from "../content/paper-order.ts";
import { listPagePath, searchIndexPath } from "../lib/paper-urls.ts";
import { hasPage } from "../content/pages.ts";
import { basePage } from "../layouts/base.ts";
import { pageUrl, permanentUrl, type RenderContext } from "../render/context.ts";
import { html } from "../lib/html.ts";
import { pageShareImage } from "../seo/share.ts";

interface ListPage {
  ctx: RenderContext;
  page: number;
}

function title({ ctx, page }: ListPage): string {
  const first = ctx.text.get("papers_title");
  return page === 0 ? first : ctx.text.get("papers_page_title", { title: first, page: page + 1, pages: listPageCount(ctx.edition) });
}

export const data = {
  pagination: {
    data: "colloquy.renders",
    size: 1,
    alias: "item",
    before: (renders: RenderContext[]): ListPage[] =>
      renders
        .filter((ctx) => hasPage(ctx.edition, "papers"))
        .flatMap((ctx) => Array.from({ length: ctx.atRoot ? 1 : listPageCount(ctx.edition) }, (_, page) => ({ ctx, page }))),
  },
  permalink: (data: { item: ListPage }) => `${data.item.ctx.base}${listPagePath(data.item.page)}index.html`,
  eleventyExcludeFromCollections: true,
};

export async function render(data: { item: ListPage }): Promise<string> {
  const { ctx, page } = data.item;
  const count = ctx.edition.papers.length;
  const pages = listPageCount(ctx.edition);
  const from = page * PAPERS_PER_PAGE + 1;
  const to = Math.min(count, (page + 1) * PAPERS_PER_PAGE);
  const t = ctx.text;
  const grouping = t.get(`group_by_${ctx.edition.cfp.group_by}`);
  return basePage({
    ctx,
    title: title(data.item),
    // Every list page shares the first one's image (so does each paper's own page).
    share: await pageShareImage(ctx, listPagePath(0), ctx.text.get("papers_title")),
    path: listPagePath(page),
    description: t.get("papers_description", { count, edition: editionName(ctx.model.site, ctx.edition.year) }),
    scripts: ["paper-search"],
    body: html`<p class="lead">${t.get("papers_lead", { count, grouping })}${pages > 1 ? ` ${t.get("papers_lead_page", { from, to })}` : ""}
      ${t.get("papers_lead_more")}</p>
    ${ctx.edition.reading?.length ? html`<p>${t.html("papers_see_reading", { link: html`<a href="${pageUrl(ctx, "reading/")}">${t.get("papers_see_reading_link")}</a>` })}</p>` : ""}
    ${searchForm(ctx, { list: "papers", bundle: permanentUrl(ctx, searchIndexPath("papers")), total: count, filters: true })}
    <div class="paper-list">
      ${page === 0 ? badgeLegend(ctx) : ""}
      ${paperGroups(ctx, page)}
      ${listPagination(ctx, page)}
    </div>`,
  });
}
