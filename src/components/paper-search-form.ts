// The search form of the papers and related reading lists, which the `paper-search` client
// script brings to life.
import type { RenderContext } from "../render/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { searchShardCount } from "../lib/paper-urls.ts";
import { paperUses } from "../content/paper-order.ts";

export interface SearchFormOptions {
  /** What is searched: the accepted papers or the related reading (its labels and status texts). */
  list: "papers" | "reading";
  /** The search index folder of this list: one Pagefind bundle, or its numbered shards. */
  bundle: string;
  /** The number of items, which is also the number of search records. */
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
  const uses = paperUses(ctx.edition);
  const awards = cfp.awards.filter((a) => uses.awards.has(a.id));
  const presentations = cfp.presentations.filter((k) => uses.presentations.has(k.id));
  const t = ctx.text;
  const label = t.get(options.list === "papers" ? "search_papers" : "search_reading");
  // Several shards: the script merges the bundles `<bundle>0/` … `<bundle><n-1>/`.
  const shards = searchShardCount(options.total, ctx.searchShardRecords);
  return html`<form class="paper-search" role="search" aria-label="${label}" data-bundle="${options.bundle}"${shards > 1 ? html` data-shards="${shards}"` : ""} data-total="${options.total}" data-texts="${searchTexts(ctx, options.list)}" hidden>
    <div class="paper-search__field paper-search__field--text">
      <label for="search-q">${label}</label>
      <div class="paper-search__query">
        <input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-hint">
        <button type="submit" class="button paper-search__submit">${t.get("search_button")}</button>
      </div>
      <p id="search-hint" class="paper-search__hint">${t.get(options.list === "reading" ? "search_hint_reading" : uses.keywords ? "search_hint_papers_keywords" : "search_hint_papers")}</p>
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
