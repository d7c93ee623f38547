// Markdown rendering with markdown-it: raw HTML off, only safe link schemes, and site-internal
// links (`/papers/`) routed through the base-path-aware URL helper passed with each render.
import { createRequire } from "node:module";
import type MarkdownItClass from "markdown-it";
import { safe, type SafeHtml } from "./html.ts";

// markdown-it's CommonJS build: required, its files load in a few milliseconds, where its ES modules
// and theirs (some thirty) would each cost a round trip through the TypeScript loader.
const MarkdownIt = createRequire(import.meta.url)("markdown-it") as typeof MarkdownItClass;

/** Anything that maps a site path to a URL: `Urls`, or a variant that makes absolute URLs. */
export interface LinkResolver {
  to(path: string): string;
  /** Names the mapping: two resolvers with the same key resolve every path alike. */
  readonly key: string;
}

const SAFE_LINK = /^(https?:|mailto:|#|\/(?!\/))/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
md.renderer.rules.link_open = (tokens, i, options, env, self) => {
  const token = tokens[i]!;
  const href = String(token.attrGet("href") ?? "");
  const urls = (env as { urls?: LinkResolver } | undefined)?.urls;
  if (href.startsWith("/") && urls) token.attrSet("href", urls.to(href));
  return defaultLinkOpen(tokens, i, options, env, self);
};

// Headings inside prose start at h2: the page title is the only h1.
md.core.ruler.push("demote_h1", (state) => {
  for (const token of state.tokens) {
    if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
  }
});

/** Render block Markdown to safe HTML. */
export function markdown(source: string, urls: LinkResolver): SafeHtml {
  return safe(md.render(source, { urls }));
}

/** Render one line of Markdown without the surrounding paragraph. */
export function markdownInline(source: string, urls: LinkResolver): SafeHtml {
  return safe(md.renderInline(source, { urls }));
}

