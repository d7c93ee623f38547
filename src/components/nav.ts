// The site header's navigation: built-in pages plus Markdown pages that ask for a menu place.
import { BUILT_IN_PAGES } from "../content/pages.ts";
import type { RenderContext } from "../render/context.ts";
import { pageUrl } from "../render/context.ts";
import { html, type SafeHtml } from "../lib/html.ts";

export interface NavItem {
  /** Path relative to the edition, e.g. `papers/` ("" for home). */
  path: string;
  label: string;
  order: number;
}

/** The menu entries of an edition, in order. Pages with no content are left out. */
export function navItems(ctx: RenderContext): NavItem[] {
  const e = ctx.edition;
  const items: NavItem[] = [{ path: "", label: ctx.text.get("home"), order: 0 }];
  for (const page of BUILT_IN_PAGES) {
    if (page.exists(e)) items.push({ path: `${page.slug}/`, label: ctx.text.get(page.label), order: page.navOrder });
  }
  for (const page of e.pages) {
    if (page.front.nav_order !== undefined) {
      items.push({ path: `${page.slug}/`, label: page.front.nav_title ?? page.front.title, order: page.front.nav_order });
    }
  }
  return items.sort((a, b) => a.order - b.order);
}

export function nav(ctx: RenderContext, currentPath: string): SafeHtml {
  return html`<nav class="site-nav" aria-label="${ctx.text.get("nav_label")}">
    <ul>
      ${navItems(ctx).map(
        (item) =>
          html`<li><a href="${pageUrl(ctx, item.path)}"${item.path === currentPath ? html` aria-current="page"` : ""}>${item.label}</a></li>`,
      )}
    </ul>
  </nav>`;
}
