// Accepted Papers: the search form, the legend, then the papers grouped by type, presentation
// kind or session (cfp.yaml's `group_by`). A large edition's
// list is split into pages (papers/, papers/page/2/, …) so each stays light and works without
// JavaScript; the search covers every paper. Like the per-paper pages, the pages after the first
// exist only at the edition's permanent prefix: the root copy of the current edition links there.
import { badgeLegend, listPageCount, listPagePath, listPagination, paperGroups, PAPERS_PER_PAGE, PAPERS_TITLE, searchForm } from "../components/papers.ts";
import { hasPage } from "../content/pages.ts";
import { basePage } from "../layouts/base.ts";
import { pageUrl, permanentUrl, type RenderContext } from "../lib/context.ts";
import { html } from "../lib/html.ts";
import { pageShareImage } from "../seo/share.ts";

interface ListPage {
  ctx: RenderContext;
  page: number;
}

function title(item: ListPage): string {
  return item.page === 0 ? PAPERS_TITLE : `${PAPERS_TITLE}, page ${item.page + 1} of ${listPageCount(item.ctx.edition)}`;
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
  const grouping = { type: "type", presentation: "presentation", session: "session" }[ctx.edition.cfp.group_by];
  const searched = ctx.edition.papers.some((p) => p.keywords?.length) ? "Titles, authors, keywords and abstracts" : "Titles, authors and abstracts";
  return basePage({
    ctx,
    title: title(data.item),
    // Every list page shares the first one's image (so does each paper's own page).
    share: await pageShareImage(ctx, "papers/", PAPERS_TITLE),
    path: listPagePath(page),
    description: `The ${count} papers accepted at ${ctx.model.site.short_name} ${ctx.edition.year}.`,
    scripts: ["paper-search"],
    body: html`<p class="lead">${count} papers were accepted, listed by ${grouping} and then by title${pages > 1 ? html`; this page shows papers ${from} to ${to}` : ""}.
      Each title leads to the paper's own page with its abstract and a BibTeX entry.</p>
    ${ctx.edition.reading?.length ? html`<p>See also the <a href="${pageUrl(ctx, "reading/")}">related reading</a> for this edition.</p>` : ""}
    ${searchForm(ctx, { noun: "papers", bundle: permanentUrl(ctx, "papers/search/"), total: count, fields: searched, filters: true })}
    <div class="paper-list">
      ${page === 0 ? badgeLegend(ctx) : ""}
      ${paperGroups(ctx, page)}
      ${listPagination(ctx, page)}
    </div>`,
  });
}
