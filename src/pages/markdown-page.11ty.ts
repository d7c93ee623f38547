// Markdown pages from content/<year>/pages/*.md (except about.md, which is the home page's prose).
import type { MarkdownPage } from "../content/model.ts";
import { editionLinks } from "../lib/context.ts";
import { basePage } from "../layouts/base.ts";
import type { RenderContext } from "../lib/context.ts";
import { html } from "../lib/html.ts";
import { markdown } from "../lib/markdown.ts";

interface Item {
  ctx: RenderContext;
  page: MarkdownPage;
}

export const data = {
  pagination: { data: "colloquy.pages", size: 1, alias: "item" },
  permalink: (data: { item: Item }) => `${data.item.ctx.base}${data.item.page.slug}/index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ item }: { item: Item }): string {
  return basePage({
    ctx: item.ctx,
    title: item.page.front.title,
    path: `${item.page.slug}/`,
    description: item.page.front.description,
    body: html`<div class="prose">${markdown(item.page.body, editionLinks(item.ctx))}</div>`,
  });
}
