// Where the visitor is among the workshop's editions: a menu of all editions in the header, and a
// notice on every page of an archived edition that points to the current one.
import type { EditionModel } from "../content/model.ts";
import type { RenderContext } from "../lib/context.ts";
import { attendanceOf, lastDayOf } from "../lib/attendance.ts";
import { formatDayRange } from "../lib/dates.ts";
import { html, type SafeHtml } from "../lib/html.ts";

/** Fixed texts about where an edition was held. */
const TEXT = {
  online: "Online",
  heldOnline: "held online",
  andOnline: "and online",
} as const;

/** Where an edition's home page is: the site root for the current edition, `/<year>/` otherwise. */
export function editionHome(ctx: RenderContext, edition: EditionModel): string {
  return ctx.urls.to(edition === ctx.model.current ? "/" : `/${edition.year}/`);
}

/**
 * The editions menu: a disclosure (`<details>`) listing every edition, newest first, with the
 * one being viewed marked. It works without JavaScript and with the keyboard.
 */
export function editionsMenu(ctx: RenderContext): SafeHtml {
  const editions = [...ctx.model.editions].sort((a, b) => b.year - a.year);
  if (editions.length < 2) return html``;
  return html`<details class="editions">
    <summary>Editions<span class="visually-hidden"> of ${ctx.model.site.short_name}</span></summary>
    <ul>
      ${editions.map((e) => {
        const here = e === ctx.edition;
        return html`<li><a href="${editionHome(ctx, e)}"${here ? html` aria-current="true"` : ""}><span class="editions__year">${e.year}</span> <span class="editions__place">${e.edition.location?.city ?? TEXT.online}</span>${e === ctx.model.current ? html` <span class="editions__tag">current</span>` : ""}</a></li>`;
      })}
    </ul>
  </details>`;
}

/** On an archived edition's pages: says so, and links to the current edition. */
export function archiveNotice(ctx: RenderContext): SafeHtml {
  if (!ctx.archived) return html``;
  const current = ctx.model.current;
  const name = ctx.model.site.short_name;
  const e = ctx.edition.edition;
  const mode = attendanceOf(e);
  const where = mode === "online" ? TEXT.heldOnline : `held in ${e.location?.city ?? ""}${mode === "hybrid" ? ` ${TEXT.andOnline}` : ""}`;
  return html`<div class="archive-notice" role="note">
    <p>You are looking at the archive of ${name} ${ctx.edition.year}, ${where} on ${formatDayRange(e.date, lastDayOf(e))}. <a href="${editionHome(ctx, current)}">Go to ${name} ${current.year}</a></p>
  </div>`;
}
