// The full record of one paper, on its own page.
import { editionName, type ResolvedPaper } from "../content/model.ts";
import { listPageOf } from "../content/paper-order.ts";
import { permanentUrl, type RenderContext } from "../render/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { bibPath, listPagePath, paperAnchor } from "../lib/paper-urls.ts";
import { fullName } from "../lib/people.ts";
import { abstractHtml, badges, paperLinks } from "./paper-parts.ts";
import { paperSlot } from "./program.ts";

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
