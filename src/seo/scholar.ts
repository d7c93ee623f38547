// Google Scholar's `citation_*` meta tags for a paper's page.
import type { ResolvedPaper } from "../content/model.ts";
import type { RenderContext } from "../render/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { paperPath } from "../lib/paper-urls.ts";

/** Google Scholar's `citation_*` meta tags for a paper's page. */
export function citationMeta(ctx: RenderContext, paper: ResolvedPaper, proceedings: string): SafeHtml {
  const { edition } = ctx.edition;
  return html`<meta name="citation_title" content="${paper.title}">
${paper.authors.map((a) => html`<meta name="citation_author" content="${a.family}, ${a.given}">
${a.affiliation ? html`<meta name="citation_author_institution" content="${a.affiliation}">\n` : ""}`)}<meta name="citation_publication_date" content="${edition.date.replaceAll("-", "/")}">
<meta name="citation_conference_title" content="${paper.archival ? proceedings : edition.title}">
${paper.keywords?.length ? html`<meta name="citation_keywords" content="${paper.keywords.join("; ")}">\n` : ""}${paper.links.pdf ? html`<meta name="citation_pdf_url" content="${paper.links.pdf}">\n` : ""}${paper.links.doi ? html`<meta name="citation_doi" content="${paper.links.doi}">\n` : ""}<meta name="citation_abstract_html_url" content="${ctx.urls.absolute(ctx.permanentBase + paperPath(paper))}">`;
}
