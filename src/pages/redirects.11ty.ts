// One redirect page per alias of every published edition (`aliases` in edition.yaml).
import { redirectPage } from "../layouts/redirect.ts";
import type { Redirect } from "./page-template.ts";

export const data = {
  pagination: { data: "colloquy.redirects", size: 1, alias: "redirect" },
  permalink: (data: { redirect: Redirect }) => `${data.redirect.ctx.base}${data.redirect.from}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ redirect }: { redirect: Redirect }): string {
  return redirectPage(redirect.ctx, redirect.to);
}
