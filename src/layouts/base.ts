// The page shell: head, header with menu and theme switch, main content, footer.
import { editionName } from "../content/model.ts";
import { archiveNotice, editionsMenu } from "../components/editions.ts";
import { nav } from "../components/nav.ts";
import { icons } from "../components/icons.ts";
import { themeToggle } from "../components/theme-toggle.ts";
import { assetUrl, pageUrl, type RenderContext } from "../render/context.ts";
import type { EncodedImage } from "../images/pipeline.ts";
import { preloadedFontFiles } from "../lib/text-fonts.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { networkName } from "../lib/networks.ts";
import type { ShareImage } from "../images/share-image.ts";
import { contentSecurityPolicy, WASM_SCRIPTS } from "../seo/csp.ts";
import { socialMeta } from "../seo/head.ts";

export interface PageProps {
  ctx: RenderContext;
  /** The page's own title (its h1); the edition name is added for the window title. */
  title: string;
  /** Path of the page relative to the edition (`papers/`; "" for home), for the menu and canonical URL. */
  path: string;
  description?: string;
  /** Main content, without the h1 unless `ownHeading` is set. */
  body: SafeHtml;
  /** The body brings its own h1 (the home page). */
  ownHeading?: boolean;
  /** Keep the page out of search engines and give it no canonical URL (the 404 page). */
  noindex?: boolean;
  /** Page-specific client scripts by name (`src/client/<name>.ts`), loaded deferred. */
  scripts?: readonly string[];
  /** Extra elements for `<head>` (e.g. citation meta tags), built with `html`. */
  head?: SafeHtml;
  /** The link-preview image (`src/seo/share.ts`: the page's own, or its section's for per-item pages). */
  share?: ShareImage;
  /** Open Graph type: `website` (default) or `article` for a page about one item. */
  ogType?: "website" | "article";
  /** The chrome made once for many pages alike (`pageChrome(ctx, path, scripts)`); by default made for this page. */
  chrome?: PageChrome;
}

/**
 * The header's logo: one picture per scheme when they differ, shown and hidden by the stylesheet
 * like the banner's (lazy, so the hidden one is never fetched), sized so nothing shifts.
 */
function logoPictures(ctx: RenderContext): SafeHtml {
  const logo = ctx.images.brand.logo;
  if (!logo) return html``;
  const picture = (image: EncodedImage, theme?: "light" | "dark") => {
    const png = image.sources.find((s) => s.format === "png") ?? image.sources[image.sources.length - 1]!;
    const first = png.files[0]!;
    const others = image.sources.filter((s) => s !== png);
    const density = (files: EncodedImage["sources"][number]["files"]) => files.map((f, i) => `${assetUrl(ctx, f.path)} ${i + 1}x`).join(", ");
    return html`<picture class="site-logo"${theme ? html` data-theme="${theme}"` : ""}>${others.map((s) => html`<source type="${s.type}" srcset="${density(s.files)}">`)}<img src="${assetUrl(ctx, first.path)}" srcset="${density(png.files)}" width="${first.width}" height="${first.height}" alt="${logo.alt}"${theme ? html` loading="lazy"` : ""}></picture>`;
  };
  return logo.dark === logo.light ? picture(logo.light) : html`${picture(logo.light, "light")}${picture(logo.dark, "dark")}`;
}

/** The favicon links: a 32 px PNG for tabs and a 180 px one for home screens. */
function faviconLinks(ctx: RenderContext): SafeHtml {
  const files = ctx.images.brand.favicon.sources[0]!.files;
  const small = files[0]!;
  const large = files[files.length - 1]!;
  return html`<link rel="icon" href="${assetUrl(ctx, small.path)}" type="image/png" sizes="${small.width}x${small.height}">
<link rel="apple-touch-icon" href="${assetUrl(ctx, large.path)}">`;
}

/** Longest window title search engines show in full. */
export const MAX_TITLE_LENGTH = 70;

/**
 * The window title: `LLM4Code 2024: <edition title>` for the home page, `<page> · LLM4Code 2024`
 * for the others; when that is too long to be shown in full, the page's own title alone.
 */
export function pageTitle(name: string, title: string, home: boolean): string {
  const full = home ? `${name}: ${title}` : `${title} · ${name}`;
  if (full.length <= MAX_TITLE_LENGTH) return full;
  if (title.length <= MAX_TITLE_LENGTH) return title;
  // A long paper title: cut at a word boundary, with an ellipsis.
  const cut = title.slice(0, MAX_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.–-]+$/, "")}…`;
}

/**
 * `text` without the spaces and tabs at the ends of its lines, which the templates' indentation
 * leaves where an optional part is empty. A scan from line end to line end: a regular expression
 * tries a match at every space of the text, and a paper's page is mostly prose.
 */
export function trimLines(text: string): string {
  let out = "";
  let from = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", end + 1)) {
    let cut = end;
    while (cut > from && (text.charCodeAt(cut - 1) === 32 || text.charCodeAt(cut - 1) === 9)) cut--;
    if (cut === end) continue;
    out += text.slice(from, cut);
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * What the shell puts around a page's own parts, the same on every page of `ctx` with the same
 * place in the menu and the same scripts. `basePage` makes it for each page; a caller that renders
 * thousands of pages alike (the paper pages) makes it once and passes it.
 */
export interface PageChrome {
  /** From the doctype to the window title. */
  start: string;
  /** Icons, feed, fonts and stylesheet, after the page's social meta tags. */
  links: string;
  /** From the scripts, after the page's own head elements, to the start of the main content: header, menu, archive notice. */
  header: string;
  /** From the end of the main content to the end of the document. */
  end: string;
}

/** The chrome of the pages of `ctx` at `path` (in the menu's terms) that load `scripts`. */
export function pageChrome(ctx: RenderContext, path: string, scripts: readonly string[] = []): PageChrome {
  const { site } = ctx.model;
  const name = editionName(site, ctx.edition.year);
  const colocated = ctx.edition.edition.colocated_with;
  const social = site.social.map(
    (s) => html`<li><a href="${s.url}" rel="me">${s.network === "x" ? icons.x : s.network === "github" ? icons.github : icons.link}<span>${s.handle}</span><span class="visually-hidden"> ${ctx.text.get("on_network", { network: networkName(s.network) })}</span></a></li>`,
  );
  const start = html`<!doctype html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ wasm: scripts.some((s) => WASM_SCRIPTS.includes(s)) })}">
<meta name="viewport" content="width=device-width, initial-scale=1">
`;
  const links = html`${faviconLinks(ctx)}
<link rel="alternate" type="application/atom+xml" title="${ctx.text.get("feed_title", { edition: name })}" href="${pageUrl(ctx, "feed.xml")}">
${preloadedFontFiles(site.theme.font).map((file) => html`<link rel="preload" href="${assetUrl(ctx, `fonts/${file}`)}" as="font" type="font/woff2" crossorigin>\n`)}
<link rel="stylesheet" href="${assetUrl(ctx, "css/site.css")}">
`;
  const header = html`<script src="${assetUrl(ctx, "js/theme.js")}"></script>
${scripts.map((name) => html`<script src="${assetUrl(ctx, `js/${name}.js`)}" defer></script>`)}
</head>
<body>
<a class="skip-link" href="#main">${ctx.text.get("skip_link")}</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-title" href="${pageUrl(ctx)}"${path === "" ? html` aria-current="page"` : ""}>${ctx.images.brand.logo ? logoPictures(ctx) : html`<span class="site-title__name">${site.short_name}</span>`} <span class="site-title__year">${ctx.edition.year}</span></a>
    ${editionsMenu(ctx)}
    ${themeToggle(ctx)}
  </div>
  ${nav(ctx, path)}
</header>
${archiveNotice(ctx)}
<main id="main" tabindex="-1">
`;
  const end = html`</main>
<footer class="site-footer">
  <div class="site-footer__inner">
    <p>${colocated ? ctx.text.html("footer_colocated", { title: ctx.edition.edition.title, conference: html`<a href="${colocated.url}">${colocated.name}</a>` }) : ctx.text.get("footer_standalone", { title: ctx.edition.edition.title })}</p>
    <ul class="site-footer__links">
      ${social}
      <li><a href="${pageUrl(ctx, "feed.xml")}">${icons.feed}<span>${ctx.text.get("footer_feed")}</span></a></li>
    </ul>
    <p class="site-footer__made">${ctx.text.get("footer_made_with")}</p>
  </div>
</footer>
</body>
</html>
`;
  return { start: trimLines(start.toString()), links: trimLines(links.toString()), header: trimLines(header.toString()), end: trimLines(end.toString()) };
}

export function basePage({ ctx, title, path, description, body, ownHeading, noindex, scripts = [], head, share, ogType, chrome = pageChrome(ctx, path, scripts) }: PageProps): string {
  const { site } = ctx.model;
  const name = editionName(site, ctx.edition.year);
  const windowTitle = pageTitle(name, path === "" ? ctx.edition.edition.title : title, path === "");
  const canonical = ctx.urls.absolute(ctx.permanentBase + path);
  const summary = description ?? site.description;
  // The page's own head elements, between the chrome's.
  const meta = html`<title>${windowTitle}</title>
<meta name="description" content="${summary}">
<meta name="color-scheme" content="light dark">
${noindex ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`}
${socialMeta({ ctx, title: windowTitle, description: summary, url: noindex ? undefined : canonical, image: share, type: ogType })}
`;
  const page = `${chrome.start}${meta}${chrome.links}${head ?? ""}\n${chrome.header}${ownHeading ? "" : html`<h1>${title}</h1>`}\n${body}\n${chrome.end}`;
  // Optional parts left empty leave their line's indentation behind.
  return trimLines(page);
}
