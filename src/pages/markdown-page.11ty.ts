// Markdown pages from content/<year>/pages/*.md (except about.md, which is the home page's prose).
import type { MarkdownPage } from "../content/model.ts";
import { prose, type RenderContext } from "../render/context.ts";
import { basePage } from "../layouts/base.ts";
import { html } from "../lib/html.ts";
import { pageShareImage } from "../seo/share.ts";

interface Item {
  ctx: RenderContext;
  page: MarkdownPage;
}

export const data = {
  pagination: { data: "colloquy.pages", size: 1, alias: "item" },
  permalink: (data: { item: Item }) => `${data.item.ctx.base}${data.item.page.slug}/index.html`,
  eleventyExcludeFromCollections: true,
};

export async function render({ item }: { item: Item }): Promise<string> {
  const path = `${item.page.slug}/`;
  return basePage({
    share: await pageShareImage(item.ctx, path, item.page.front.title),
    ctx: item.ctx,
    title: item.page.front.title,
    path,
    description: item.page.front.description,
    body: html`<div class="prose">${prose(item.ctx, item.page.body)}</div>`,
  });
}
