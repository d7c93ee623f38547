// One page per accepted paper, only at the edition's permanent prefix (/<year>/papers/<id>/):
// the full record, Google Scholar citation meta tags and a BibTeX entry to copy or download.
// Not an Eleventy template: src/config/paper-files.ts streams these pages (thousands of them) to
// disk beside the rendering, so they are never all held in memory at once.
import { paperRecord } from "../components/paper-record.ts";
import { listPagePath, paperPath } from "../lib/paper-urls.ts";
import { citationMeta } from "../seo/scholar.ts";
import { editionName, type ResolvedPaper } from "../content/model.ts";
import { basePage, pageChrome, type PageChrome } from "../layouts/base.ts";
import { bibtexEntry, proceedingsTitle } from "../content/bibtex.ts";
import type { RenderContext } from "../render/context.ts";
import { html } from "../lib/html.ts";
import { jsonLdScript, scholarlyArticleJsonLd } from "../seo/json-ld.ts";
import { pageShareImage } from "../seo/share.ts";

export interface PaperItem {
  ctx: RenderContext;
  paper: ResolvedPaper;
  /** The shell of the edition's paper pages, made once for all of them. */
  chrome: PageChrome;
}

/** The client scripts of a paper's page. */
const SCRIPTS = ["copy-bibtex"];

/** Every paper of every published edition, with the edition's permanent render context. */
export function paperItems(renders: readonly RenderContext[]): PaperItem[] {
  return renders
    .filter((ctx) => !ctx.atRoot && ctx.edition.papers.length > 0)
    .flatMap((ctx) => {
      // No menu entry is a paper's page, so every paper page of an edition has the same chrome.
      const chrome = pageChrome(ctx, paperPath(ctx.edition.papers[0]!), SCRIPTS);
      return ctx.edition.papers.map((paper) => ({ ctx, paper, chrome }));
    });
}

/** The page of one paper, and its BibTeX entry (also written as the paper's `.bib` file). */
export async function paperPage({ ctx, paper, chrome }: PaperItem): Promise<{ html: string; bibtex: string }> {
  const { site } = ctx.model;
  const pageUrl = ctx.urls.absolute(ctx.permanentBase + paperPath(paper));
  const bibtex = bibtexEntry(site, ctx.edition, paper, pageUrl, ctx.text);
  const authors = paper.authors.map((a) => `${a.given} ${a.family}`);
  // The papers page's share image: no image is made per paper.
  const share = await pageShareImage(ctx, listPagePath(0), ctx.text.get("papers_title"));
  const page = basePage({
    ctx,
    title: paper.title,
    share,
    ogType: "article",
    path: paperPath(paper),
    description: ctx.text.get("paper_description", {
      type: paper.paperType.name,
      authors: authors.length > 3 ? ctx.text.get("authors_and_others", { authors: authors.slice(0, 3).join(", ") }) : authors.join(", "),
      edition: editionName(site, ctx.edition.year),
    }),
    scripts: SCRIPTS,
    chrome,
    head: html`${citationMeta(ctx, paper, proceedingsTitle(site, ctx.edition, ctx.text))}
${jsonLdScript(scholarlyArticleJsonLd(ctx, paper, { url: pageUrl, image: share }))}`,
    body: paperRecord(ctx, paper, bibtex),
  });
  return { html: page, bibtex };
}
