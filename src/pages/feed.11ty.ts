// The Atom feed of an edition's news, with absolute, base-path-aware links.
import { editionName } from "../content/model.ts";
import { editionLinks, type RenderContext } from "../render/context.ts";
import { escapeHtml } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";

export const data = {
  pagination: { data: "colloquy.renders", size: 1, alias: "ctx" },
  permalink: (data: { ctx: RenderContext }) => `${data.ctx.base}feed.xml`,
  eleventyExcludeFromCollections: true,
};

const stamp = (day: string) => `${day.length === 7 ? `${day}-01` : day}T00:00:00Z`;

export function render({ ctx }: { ctx: RenderContext }): string {
  const { site } = ctx.model;
  const home = ctx.urls.absolute(ctx.base);
  const news = ctx.edition.news;
  const e = (s: string) => escapeHtml(s);
  const updated = news[0] ? stamp(news[0].date) : stamp(ctx.edition.edition.date);
  const entries = news.map((item, i) => {
    const id = `${home}#news-${item.date}-${news.length - i}`;
    const content = markdown(item.text, editionLinks(ctx, true)).toString();
    const title = content.replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
    return `  <entry>
    <title type="html">${e(title.length > 90 ? `${title.slice(0, 88)}…` : title)}</title>
    <id>${e(id)}</id>
    <link href="${e(home)}"/>
    <updated>${stamp(item.date)}</updated>
    <content type="html">${e(content)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(site.language)}">
  <title>${e(ctx.text.get("feed_title", { edition: editionName(site, ctx.edition.year) }))}</title>
  <subtitle>${e(ctx.edition.edition.title)}</subtitle>
  <id>${e(home)}</id>
  <link href="${e(home)}"/>
  <link rel="self" href="${e(ctx.urls.absolute(`${ctx.base}feed.xml`))}"/>
  <updated>${updated}</updated>
  <author><name>${e(ctx.text.get("feed_author", { name: site.short_name }))}</name></author>
${entries.join("\n")}
</feed>
`;
}
