// The Atom feed of an edition's news, written by the `feed` library, with absolute,
// base-path-aware links.
import { Feed } from "feed";
import { editionName } from "../content/model.ts";
import { editionLinks, prose, type RenderContext } from "../render/context.ts";
import { escapeHtml } from "../lib/html.ts";

export const data = {
  pagination: { data: "colloquy.renders", size: 1, alias: "ctx" },
  permalink: (data: { ctx: RenderContext }) => `${data.ctx.base}feed.xml`,
  eleventyExcludeFromCollections: true,
};

/** A news date (`2024-02-26` or `2024-02`) as midnight UTC of its day. */
const day = (date: string) => new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

export function render({ ctx }: { ctx: RenderContext }): string {
  const { site } = ctx.model;
  const home = ctx.urls.absolute(ctx.base);
  const news = ctx.edition.news;
  const feed = new Feed({
    id: home,
    link: home,
    feed: ctx.urls.absolute(`${ctx.base}feed.xml`),
    title: ctx.text.get("feed_title", { edition: editionName(site, ctx.edition.year) }),
    description: ctx.edition.edition.title,
    updated: day(news[0]?.date ?? ctx.edition.edition.date),
    author: { name: ctx.text.get("feed_author", { name: site.short_name }) },
    generator: false,
  });
  news.forEach((item, i) => {
    const content = prose(ctx, item.text, editionLinks(ctx, true)).toString();
    const title = content.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
    feed.addItem({
      id: `${home}#news-${item.date}-${news.length - i}`,
      link: home,
      title: title.length > 90 ? `${title.slice(0, 88)}…` : title,
      date: day(item.date),
      content,
    });
  });
  const xml = feed.atom1();
  // The library writes no language for Atom; the feed's is the site's, on the root element.
  if (!xml.includes(ATOM_ROOT)) throw new Error("feed: unexpected Atom root element");
  return `${xml.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(site.language)}">`)}\n`;
}
