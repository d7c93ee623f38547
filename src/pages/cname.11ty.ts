// CNAME for GitHub Pages, written only when site.yaml names a custom domain.
import type { SiteData } from "./page-template.ts";

export const data = {
  permalink: (data: SiteData) => (data.colloquy.renders[0]?.model.site.domain ? "CNAME" : false),
  eleventyExcludeFromCollections: true,
  // GitHub Pages expects exactly this file name, without an extension.
  eleventyAllowMissingExtension: true,
};

export function render(data: SiteData): string {
  return `${data.colloquy.renders[0]?.model.site.domain ?? ""}\n`;
}
