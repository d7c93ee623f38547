// One page per accepted paper, only at the edition's permanent prefix (/<year>/papers/<id>/):
// the full record, Google Scholar citation meta tags and a BibTeX entry to copy or download.
import { citationMeta, paperPath, paperRecord } from "../components/papers.ts";
import type { ResolvedPaper } from "../content/model.ts";
import { basePage } from "../layouts/base.ts";
import { bibtexEntry, proceedingsTitle } from "../lib/bibtex.ts";
import type { RenderContext } from "../lib/context.ts";
import { html } from "../lib/html.ts";
import { jsonLdScript, scholarlyArticleJsonLd } from "../seo/json-ld.ts";
import { sectionShareImage } from "../seo/share.ts";

export interface PaperItem {
  ctx: RenderContext;
  paper: ResolvedPaper;
}

/** Every paper of every published edition, with the edition's permanent render context. */
export function paperItems(renders: readonly RenderContext[]): PaperItem[] {
  return renders.filter((ctx) => !ctx.atRoot).flatMap((ctx) => ctx.edition.papers.map((paper) => ({ ctx, paper })));
}

export const data = {
  pagination: { data: "colloquy.renders", size: 1, alias: "item", before: paperItems },
  permalink: (data: { item: PaperItem }) => `${data.item.ctx.base}${paperPath(data.item.paper)}index.html`,
  eleventyExcludeFromCollections: true,
};

export async function render(data: { item: PaperItem }): Promise<string> {
  const { ctx, paper } = data.item;
  const { site } = ctx.model;
  const pageUrl = ctx.urls.absolute(ctx.permanentBase + paperPath(paper));
  const authors = paper.authors.map((a) => `${a.given} ${a.family}`);
  // The papers page's share image: no image is made per paper.
  const share = await sectionShareImage(ctx, "papers/");
  return basePage({
    ctx,
    title: paper.title,
    share,
    ogType: "article",
    path: paperPath(paper),
    description: `${paper.paperType.name} by ${authors.length > 3 ? `${authors.slice(0, 3).join(", ")} and others` : authors.join(", ")}, accepted at ${site.short_name} ${ctx.edition.year}.`,
    scripts: ["copy-bibtex"],
    head: html`${citationMeta(ctx, paper, proceedingsTitle(site, ctx.edition))}
${jsonLdScript(scholarlyArticleJsonLd(ctx, paper, { url: pageUrl, image: share }))}`,
    body: paperRecord(ctx, paper, bibtexEntry(site, ctx.edition, paper, pageUrl)),
  });
}
