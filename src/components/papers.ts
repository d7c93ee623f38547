// Accepted papers: the list (grouped by type, presentation kind or session as cfp.yaml's
// `group_by` says, sorted by title, paginated for large editions), the search form the client
// script brings to life, and the full record of one paper.
import { editionName, type EditionModel, type PersonRef, type ResolvedPaper } from "../content/model.ts";
import { pageUrl, permanentUrl, type RenderContext } from "../render/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import type { LabelKey, SiteTexts } from "../lib/labels.ts";
import { markdown } from "../lib/markdown.ts";
import { fullName, titleCollator } from "../lib/people.ts";
import { typeBadgeNumber } from "../lib/theme.ts";
import { icons } from "./icons.ts";
import { timedSlots } from "../content/program.ts";
import { paperSlot } from "./program.ts";

/** Papers per list page: large editions are split so a page stays light. */
export const PAPERS_PER_PAGE = 200;

const LINK_LABELS: [keyof ResolvedPaper["links"], LabelKey][] = [
  ["pdf", "link_pdf"],
  ["doi", "link_doi"],
  ["preprint", "link_preprint"],
  ["slides", "link_slides"],
  ["video", "link_video"],
  ["code", "link_code"],
  ["forum", "link_forum"],
];

export function paperAnchor(paper: { id: string }): string {
  return `paper-${paper.id}`;
}

/** Where a paper's own page lives: only at the edition's permanent prefix. */
export function paperPath(paper: { id: string }): string {
  return `papers/${paper.id}/`;
}

/** The `.bib` file of a paper, in its page's folder. */
export function bibPath(paper: { id: string }): string {
  return `${paperPath(paper)}${paper.id}.bib`;
}

/** A heading of the papers list and the papers under it, sorted by title. */
export interface PaperGroup {
  /** The heading's id, e.g. `group-research`. */
  id: string;
  /** The heading, in the site's words (a session's name is the program's own). */
  title: (text: SiteTexts) => string;
  papers: ResolvedPaper[];
}

/** `Code generation I` → `code-generation-i`, for heading ids. */
function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "session"
  );
}

/** The groups of the list as cfp.yaml's `group_by` asks; empty groups are left out. */
function groupPapers(edition: EditionModel): PaperGroup[] {
  const byTitle = [...edition.papers].sort((a, b) => titleCollator.compare(a.title, b.title));
  const groups: PaperGroup[] = [];
  const put = (id: string, title: PaperGroup["title"], papers: ResolvedPaper[]) => {
    if (papers.length) groups.push({ id, title, papers });
  };
  const { cfp } = edition;
  if (cfp.group_by === "presentation") {
    for (const kind of cfp.presentations) put(`group-presentation-${kind.id}`, (t) => t.get("presentation_group", { presentation: kind.name }), byTitle.filter((p) => p.presentationInfo?.id === kind.id));
    put("group-presentation-other", (t) => t.get("group_other_presentation"), byTitle.filter((p) => !p.presentationInfo));
  } else if (cfp.group_by === "session") {
    // Sessions of the program, in its order; then the `session` names given by hand; then the rest.
    const slotOf = new Map<string, string>();
    const slots = edition.program ? timedSlots(edition.program).filter((t) => t.slot.papers.length > 0) : [];
    for (const t of slots) for (const id of t.slot.papers) if (!slotOf.has(id)) slotOf.set(id, t.id);
    for (const t of slots) put(`group-session-${t.id}`, () => t.slot.title, byTitle.filter((p) => slotOf.get(p.id) === t.id));
    const named = byTitle.filter((p) => !slotOf.has(p.id) && p.session);
    const names = [...new Set(named.map((p) => p.session!))].sort(titleCollator.compare);
    const taken = new Set(groups.map((g) => g.id));
    for (const name of names) {
      let id = `group-session-${slug(name)}`;
      for (let n = 2; taken.has(id); n++) id = `group-session-${slug(name)}-${n}`;
      taken.add(id);
      put(id, () => name, named.filter((p) => p.session === name));
    }
    put("group-session-other", (t) => t.get("group_unscheduled"), byTitle.filter((p) => !slotOf.has(p.id) && !p.session));
  } else {
    for (const type of cfp.paper_types) put(`group-${type.id}`, (t) => t.get("type_group", { type: type.name }), byTitle.filter((p) => p.paperType.id === type.id));
  }
  return groups;
}

interface ListOrder {
  groups: PaperGroup[];
  papers: ResolvedPaper[];
  /** Each paper's place (0-based) in list order and its group. */
  place: Map<ResolvedPaper, { position: number; group: PaperGroup }>;
}

/** The list's groups and order, worked out once per edition. */
const orders = new WeakMap<EditionModel, ListOrder>();
function listOrder(edition: EditionModel): ListOrder {
  let order = orders.get(edition);
  if (!order) {
    const groups = groupPapers(edition);
    const papers = groups.flatMap((g) => g.papers);
    const place = new Map<ResolvedPaper, { position: number; group: PaperGroup }>();
    let position = 0;
    for (const group of groups) for (const paper of group.papers) place.set(paper, { position: position++, group });
    order = { groups, papers, place };
    orders.set(edition, order);
  }
  return order;
}

/** Papers in list order: group by group (cfp.yaml's `group_by`, by type unless it says otherwise), then by title. */
export function papersInOrder(edition: EditionModel): ResolvedPaper[] {
  return listOrder(edition).papers;
}

/** The list's groups, in order. */
export function paperGroupsOf(edition: EditionModel): PaperGroup[] {
  return listOrder(edition).groups;
}

/** A paper's place (0-based) in list order. */
function positionOf(edition: EditionModel, paper: ResolvedPaper): number {
  return listOrder(edition).place.get(paper)?.position ?? 0;
}

/** The list page (0-based) a paper is on. */
export function listPageOf(edition: EditionModel, paper: ResolvedPaper): number {
  return Math.floor(positionOf(edition, paper) / PAPERS_PER_PAGE);
}

/** Path of list page `n` (0-based): `papers/`, `papers/page/2/`, … */
export function listPagePath(n: number): string {
  return n === 0 ? "papers/" : `papers/page/${n + 1}/`;
}

/**
 * The badge class of a paper type, by its place in cfp.yaml's list (`badge--type-1`, `-2` … cycling
 * a small palette), never by its id: content names no style.
 */
export function typeBadgeClass(edition: EditionModel, typeId: string): string {
  const index = edition.cfp.paper_types.findIndex((t) => t.id === typeId);
  return `badge--type-${typeBadgeNumber(Math.max(0, index))}`;
}

export function badges(ctx: RenderContext, paper: ResolvedPaper): SafeHtml {
  return html`<ul class="badges" aria-label="${ctx.text.get("badges_label")}">
    <li class="badge badge--type ${typeBadgeClass(ctx.edition, paper.paperType.id)}">${paper.paperType.name}</li>
    ${paper.presentationInfo ? html`<li class="badge badge--presentation">${paper.presentationInfo.name}</li>` : ""}
    ${paper.archival !== false ? "" : html`<li class="badge badge--non-archival">${ctx.text.get("non_archival")}</li>`}
    ${paper.awardInfo ? html`<li class="badge badge--award">${icons.trophy}${paper.awardInfo.name}</li>` : ""}
  </ul>`;
}

function linkHref(key: keyof ResolvedPaper["links"], value: string): string {
  return key === "doi" ? `https://doi.org/${value}` : value;
}

function paperLinks(ctx: RenderContext, paper: ResolvedPaper): SafeHtml {
  const links = LINK_LABELS.flatMap(([key, label]) => {
    const value = paper.links[key];
    if (!value) return [];
    return [html`<li><a href="${linkHref(key, value)}">${ctx.text.get(label)}<span class="visually-hidden">: ${paper.title}</span></a></li>`];
  });
  return links.length ? html`<ul class="paper__links">${links}</ul>` : html``;
}

function affiliations(ctx: RenderContext, authors: readonly PersonRef[]): SafeHtml {
  if (!authors.some((a) => a.affiliation)) return html``;
  return html`<details class="paper__affiliations"><summary>${ctx.text.get("affiliations")}</summary>
    <ul>${authors.map((a) => html`<li>${fullName(a)}${a.affiliation ? html` <span class="paper__affiliation">(${a.affiliation})</span>` : ""}</li>`)}</ul>
  </details>`;
}

/** A paper's abstract as HTML, rendered once per build (the list and the paper's page both show it). */
const abstracts = new WeakMap<ResolvedPaper, SafeHtml>();
function abstractHtml(ctx: RenderContext, paper: ResolvedPaper): SafeHtml {
  let out = abstracts.get(paper);
  if (!out) {
    out = markdown(paper.abstract ?? "", ctx.urls);
    abstracts.set(paper, out);
  }
  return out;
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
      ${usedTypes.map((t) => html`<div><dt><span class="badge badge--type ${typeBadgeClass(ctx.edition, t.id)}">${t.name}</span></dt><dd>${t.description ?? ""}</dd></div>`)}
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

export function listPageCount(edition: EditionModel): number {
  return Math.max(1, Math.ceil(edition.papers.length / PAPERS_PER_PAGE));
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

export interface SearchFormOptions {
  /** What is searched: the accepted papers or the related reading (its labels and status texts). */
  list: "papers" | "reading";
  /** The search index folder (a Pagefind bundle) of this list. */
  bundle: string;
  total: number;
  /** Offer the type, award and archival filters. */
  filters?: boolean;
}

/** The texts the search script shows, as JSON for its data attribute: by role, whichever list it searches. */
function searchTexts(ctx: RenderContext, list: SearchFormOptions["list"]): string {
  const t = ctx.text;
  return JSON.stringify({
    all: t.table[`${list}_all` as const],
    matches: t.table[`${list}_matches` as const],
    none: t.table[`${list}_none` as const],
    busy: t.table.search_busy,
    failed: t.table.search_failed,
    labels: t.table.badges_label,
    abstract: t.table.abstract,
  });
}

/**
 * The search form: hidden without JavaScript (the list below is then complete on its own pages);
 * the `paper-search` script shows it and filters as the visitor types.
 */
export function searchForm(ctx: RenderContext, options: SearchFormOptions): SafeHtml {
  const { cfp } = ctx.edition;
  const awards = cfp.awards.filter((a) => ctx.edition.papers.some((p) => p.awardInfo?.id === a.id));
  const presentations = cfp.presentations.filter((k) => ctx.edition.papers.some((p) => p.presentationInfo?.id === k.id));
  const t = ctx.text;
  const label = t.get(options.list === "papers" ? "search_papers" : "search_reading");
  return html`<form class="paper-search" role="search" aria-label="${label}" data-bundle="${options.bundle}" data-total="${options.total}" data-texts="${searchTexts(ctx, options.list)}" hidden>
    <div class="paper-search__field paper-search__field--text">
      <label for="search-q">${label}</label>
      <div class="paper-search__query">
        <input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-hint">
        <button type="submit" class="button paper-search__submit">${t.get("search_button")}</button>
      </div>
      <p id="search-hint" class="paper-search__hint">${t.get(options.list === "reading" ? "search_hint_reading" : ctx.edition.papers.some((p) => p.keywords?.length) ? "search_hint_papers_keywords" : "search_hint_papers")}</p>
    </div>
    ${options.filters
      ? html`<div class="paper-search__field">
          <label for="search-type">${t.get("filter_type")}</label>
          <select id="search-type" name="type"><option value="">${t.get("filter_all_types")}</option>${cfp.paper_types.map((type) => html`<option value="${type.id}">${t.get("type_group", { type: type.name })}</option>`)}</select>
        </div>
        ${presentations.length
          ? html`<div class="paper-search__field">
              <label for="search-presentation">${t.get("filter_presentation")}</label>
              <select id="search-presentation" name="presentation"><option value="">${t.get("filter_all_presentations")}</option>${presentations.map((k) => html`<option value="${k.id}">${t.get("presentation_group", { presentation: k.name })}</option>`)}</select>
            </div>`
          : ""}
        ${awards.length
          ? html`<div class="paper-search__field">
              <label for="search-award">${t.get("filter_award")}</label>
              <select id="search-award" name="award"><option value="">${t.get("filter_award_either")}</option><option value="any">${t.get("filter_any_award")}</option>${awards.map((a) => html`<option value="${a.id}">${a.name}</option>`)}</select>
            </div>`
          : ""}
        ${ctx.edition.papers.some((p) => p.archival === false)
          ? html`<div class="paper-search__field">
          <label for="search-archival">${t.get("filter_proceedings")}</label>
          <select id="search-archival" name="archival"><option value="">${t.get("filter_archival_either")}</option><option value="yes">${t.get("filter_archival")}</option><option value="no">${t.get("non_archival")}</option></select>
        </div>`
          : ""}`
      : ""}
    <p class="paper-search__status" role="status" aria-live="polite" aria-atomic="true"></p>
  </form>
  <div class="paper-search__results" hidden>
    <ol class="papers"></ol>
    <button type="button" class="button paper-search__more" hidden>${t.get("show_more")}</button>
  </div>`;
}

/** Where the paper is presented: its program slot when program.yaml lists it, else the `session` field. */
function session(ctx: RenderContext, paper: ResolvedPaper): SafeHtml {
  const slot = paperSlot(ctx, paper.id);
  if (slot.toString() !== "") return slot;
  return paper.session ? html`<p class="paper-page__session">${ctx.text.get("presented_in", { session: paper.session })}</p>` : html``;
}

/** The full record of one paper: authors with affiliations, labels, links, session, abstract, citation. */
export function paperRecord(ctx: RenderContext, paper: ResolvedPaper, bibtex: string): SafeHtml {
  const bibUrl = permanentUrl(ctx, bibPath(paper));
  const listUrl = `${permanentUrl(ctx, listPagePath(listPageOf(ctx.edition, paper)))}#${paperAnchor(paper)}`;
  const t = ctx.text;
  return html`<article class="paper-page">
    <ul class="paper-page__authors" aria-label="${t.get("authors")}">
      ${paper.authors.map((a) => html`<li>${fullName(a)}${a.affiliation ? html`<span class="paper__affiliation">, ${a.affiliation}</span>` : ""}</li>`)}
    </ul>
    ${badges(ctx, paper)}
    ${paper.keywords?.length ? html`<p class="paper-page__keywords"><span class="paper-page__keywords-label">${ctx.text.get("keywords")}</span> ${paper.keywords.join(", ")}</p>` : ""}
    ${paperLinks(ctx, paper)}
    ${session(ctx, paper)}
    ${paper.abstract ? html`<section aria-labelledby="abstract-heading"><h2 id="abstract-heading">${t.get("abstract")}</h2>${abstractHtml(ctx, paper)}</section>` : ""}
    <section class="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">${t.get("cite")}</h2>
      <pre class="cite__bibtex" tabindex="0" aria-label="${t.get("bibtex_label")}"><code id="bibtex">${bibtex}</code></pre>
      <p class="cite__actions">
        <button type="button" class="button cite__copy" data-copy="bibtex" data-copied="${t.get("bibtex_copied")}" data-selected="${t.get("bibtex_selected")}" hidden>${t.get("copy_bibtex")}</button>
        <a class="button" href="${bibUrl}" download>${t.get("download_bib")}</a>
        <span class="cite__status" role="status" aria-live="polite"></span>
      </p>
    </section>
    <p><a href="${listUrl}">${t.get("all_papers", { edition: editionName(ctx.model.site, ctx.edition.year) })}</a></p>
  </article>`;
}

/** Google Scholar's `citation_*` meta tags for a paper's page. */
export function citationMeta(ctx: RenderContext, paper: ResolvedPaper, proceedings: string): SafeHtml {
  const { edition } = ctx.edition;
  return html`<meta name="citation_title" content="${paper.title}">
${paper.authors.map((a) => html`<meta name="citation_author" content="${a.family}, ${a.given}">
${a.affiliation ? html`<meta name="citation_author_institution" content="${a.affiliation}">\n` : ""}`)}<meta name="citation_publication_date" content="${edition.date.replaceAll("-", "/")}">
<meta name="citation_conference_title" content="${paper.archival ? proceedings : edition.title}">
${paper.keywords?.length ? html`<meta name="citation_keywords" content="${paper.keywords.join("; ")}">\n` : ""}${paper.links.pdf ? html`<meta name="citation_pdf_url" content="${paper.links.pdf}">\n` : ""}${paper.links.doi ? html`<meta name="citation_doi" content="${paper.links.doi}">\n` : ""}<meta name="citation_abstract_html_url" content="${ctx.urls.absolute(ctx.permanentBase + paperPath(paper))}">`;
}
