// The BibTeX entry of each paper as a file, /<year>/papers/<id>.bib, for the download link.
import { bibPath, paperPath } from "../components/papers.ts";
import { bibtexEntry } from "../lib/bibtex.ts";
import { paperItems, type PaperItem } from "./paper.11ty.ts";

export const data = {
  pagination: { data: "colloquy.renders", size: 1, alias: "item", before: paperItems },
  permalink: (data: { item: PaperItem }) => `${data.item.ctx.base}${bibPath(data.item.paper)}`,
  eleventyExcludeFromCollections: true,
};

export function render(data: { item: PaperItem }): string {
  const { ctx, paper } = data.item;
  return bibtexEntry(ctx.model.site, ctx.edition, paper, ctx.urls.absolute(ctx.permanentBase + paperPath(paper)));
}
