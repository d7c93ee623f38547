// The site header's navigation: built-in pages plus Markdown pages that ask for a menu place.
import type { RenderContext } from "../lib/context.ts";
import { pageUrl } from "../lib/context.ts";
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
  const items: NavItem[] = [{ path: "", label: "Home", order: 0 }];
  if (e.program || e.edition.program_url) items.push({ path: "program/", label: "Program", order: 10 });
  if (e.speakers.length > 0) items.push({ path: "speakers/", label: "Keynotes", order: 20 });
  if (e.papers.length > 0) items.push({ path: "papers/", label: "Papers", order: 30 });
  items.push({ path: "call/", label: "Call for Papers", order: 40 });
  if (e.dates.length > 0) items.push({ path: "dates/", label: "Dates", order: 50 });
  items.push({ path: "organization/", label: "Organization", order: 60 });
  if (e.programCommittee.length > 0) items.push({ path: "pc/", label: "Program Committee", order: 70 });
  for (const page of e.pages) {
    if (page.front.nav_order !== undefined) {
      items.push({ path: `${page.slug}/`, label: page.front.nav_title ?? page.front.title, order: page.front.nav_order });
    }
  }
  return items.sort((a, b) => a.order - b.order);
}

export function nav(ctx: RenderContext, currentPath: string): SafeHtml {
  return html`<nav class="site-nav" aria-label="Main">
    <ul>
      ${navItems(ctx).map(
        (item) =>
          html`<li><a href="${pageUrl(ctx, item.path)}"${item.path === currentPath ? html` aria-current="page"` : ""}>${item.label}</a></li>`,
      )}
    </ul>
  </nav>`;
}
