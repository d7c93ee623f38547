// The accepted papers list: a heading per group, a card per paper, the legend of the badges and
// the links between list pages.
import type { PersonRef, ResolvedPaper } from "../content/model.ts";
import { listPageCount, paperGroupsOf, PAPERS_PER_PAGE } from "../content/paper-order.ts";
import { pageUrl, permanentUrl, type RenderContext } from "../render/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { listPagePath, paperAnchor, paperPath } from "../lib/paper-urls.ts";
import { fullName } from "../lib/people.ts";
import { typeBadgeClass } from "../lib/theme.ts";
import { icons } from "./icons.ts";
import { abstractHtml, badges, paperLinks } from "./paper-parts.ts";
import { paperSlot } from "./program.ts";

function affiliations(ctx: RenderContext, authors: readonly PersonRef[]): SafeHtml {
  if (!authors.some((a) => a.affiliation)) return html``;
  return html`<details class="paper__affiliations"><summary>${ctx.text.get("affiliations")}</summary>
    <ul>${authors.map((a) => html`<li>${fullName(a)}${a.affiliation ? html` <span class="paper__affiliation">(${a.affiliation})</span>` : ""}</li>`)}</ul>
  </details>`;
}

export function paperCard(ctx: RenderContext, paper: ResolvedPaper): SafeHtml {
  return html`<li class="paper" id="${paperAnchor(paper)}">
    <h3 class="paper__title"><a href="${permanentUrl(ctx, paperPath(paper))}">${paper.title}</a></h3>
    <p class="paper__authors">${paper.authors.map(fullName).join(", ")}</p>
    ${affiliations(ctx, paper.authors)}
    ${badges(ctx, paper)}
    ${paperLinks(ctx, paper)}
    ${paperSlot(ctx, paper.id)}
    ${paper.abstract ? html`<details class="paper__abstract"><summary>${ctx.text.get("abstract")}<span class="visually-hidden">: ${paper.title}</span></summary>${abstractHtml(ctx, paper)}</details>` : ""}
  </li>`;
}

/** The legend explaining every badge that appears on the page, from cfp.yaml. */
export function badgeLegend(ctx: RenderContext): SafeHtml {
  const { cfp, papers } = ctx.edition;
  const usedTypes = cfp.paper_types.filter((t) => papers.some((p) => p.paperType.id === t.id));
  const usedAwards = cfp.awards.filter((a) => papers.some((p) => p.awardInfo?.id === a.id));
  const usedPresentations = cfp.presentations.filter((k) => papers.some((p) => p.presentationInfo?.id === k.id));
  const hasNonArchival = papers.some((p) => p.archival === false);
  return html`<section class="legend" aria-labelledby="legend-heading">
    <h2 id="legend-heading" class="legend__heading">${ctx.text.get("legend")}</h2>
    <dl>
      ${usedTypes.map((t) => html`<div><dt><span class="badge badge--type ${typeBadgeClass(ctx.edition.cfp.paper_types, t.id)}">${t.name}</span></dt><dd>${t.description ?? ""}</dd></div>`)}
      ${usedPresentations.map((k) => html`<div><dt><span class="badge badge--presentation">${k.name}</span></dt><dd>${k.description ?? ""}</dd></div>`)}
      ${hasNonArchival ? html`<div><dt><span class="badge badge--non-archival">${ctx.text.get("non_archival")}</span></dt><dd>${cfp.archival.non_archival ?? ctx.text.get("non_archival_meaning")}</dd></div>` : ""}
      ${usedAwards.map((a) => html`<div><dt><span class="badge badge--award">${icons.trophy}${a.name}</span></dt><dd>${a.description ?? ""}</dd></div>`)}
    </dl>
  </section>`;
}

/** One list page of papers (0-based `page`): a heading per group (type, presentation or session), each group sorted by title. */
export function paperGroups(ctx: RenderContext, page = 0): SafeHtml {
  const from = page * PAPERS_PER_PAGE;
  const to = from + PAPERS_PER_PAGE;
  let start = 0;
  return html`${paperGroupsOf(ctx.edition).map((group) => {
    const first = start;
    start += group.papers.length;
    const shown = group.papers.slice(Math.max(0, from - first), Math.max(0, to - first));
    if (shown.length === 0) return "";
    const continued = first < from;
    return html`<section class="paper-group" aria-labelledby="${group.id}">
      <h2 id="${group.id}">${group.title(ctx.text)} <span class="count">${ctx.text.get("group_count", { count: group.papers.length })}</span>${continued ? html` <span class="count">${ctx.text.get("group_continued")}</span>` : ""}</h2>
      <ol class="papers">${shown.map((p) => paperCard(ctx, p))}</ol>
    </section>`;
  })}`;
}

/** URL of list page `n`: the first in the copy being viewed, the others only at the permanent prefix. */
function listPageUrl(ctx: RenderContext, n: number): string {
  return n === 0 ? pageUrl(ctx, listPagePath(0)) : permanentUrl(ctx, listPagePath(n));
}

/** A page number whose words (`Page 2`) only screen readers read: the number is shown, the rest visually hidden. */
function pageNumber(ctx: RenderContext, n: number): SafeHtml {
  const number = ctx.format.number(n);
  const words = ctx.text.get("page_number", { page: "\u0000" }).split("\u0000");
  const hidden = (text: string | undefined) => (text ? html`<span class="visually-hidden">${text}</span>` : "");
  return html`${hidden(words[0])}${number}${hidden(words[1])}`;
}

/** Links between list pages; nothing when everything fits on one page. */
export function listPagination(ctx: RenderContext, page: number): SafeHtml {
  const count = listPageCount(ctx.edition);
  if (count === 1) return html``;
  const link = (n: number, label: SafeHtml | string, rel?: string) =>
    html`<a href="${listPageUrl(ctx, n)}"${rel ? html` rel="${rel}"` : ""}${n === page ? html` aria-current="page"` : ""}>${label}</a>`;
  const t = ctx.text;
  return html`<nav class="pagination" aria-label="${t.get("pages_label")}">
    <ul>
      ${page > 0 ? html`<li>${link(page - 1, t.get("previous"), "prev")}</li>` : ""}
      ${Array.from({ length: count }, (_, n) => html`<li>${link(n, pageNumber(ctx, n + 1))}</li>`)}
      ${page < count - 1 ? html`<li>${link(page + 1, t.get("next"), "next")}</li>` : ""}
    </ul>
  </nav>`;
}
