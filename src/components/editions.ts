// Where the visitor is among the workshop's editions: a menu of all editions in the header, and a
// notice on every page of an archived edition that points to the current one.
import { editionName, type EditionModel } from "../content/model.ts";
import type { RenderContext } from "../render/context.ts";
import { lastDayOf, whereHeld } from "../content/attendance.ts";
import { html, type SafeHtml } from "../lib/html.ts";


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
    <summary>${ctx.text.get("editions")}<span class="visually-hidden"> ${ctx.text.get("editions_of", { name: ctx.model.site.short_name })}</span></summary>
    <ul>
      ${editions.map((e) => {
        const here = e === ctx.edition;
        return html`<li><a href="${editionHome(ctx, e)}"${here ? html` aria-current="true"` : ""}><span class="editions__year">${e.year}</span> <span class="editions__place">${e.edition.location?.city ?? ctx.text.get("place_online")}</span>${e === ctx.model.current ? html` <span class="editions__tag">${ctx.text.get("editions_current")}</span>` : ""}</a></li>`;
      })}
    </ul>
  </details>`;
}

/** On an archived edition's pages: says so, and links to the current edition. */
export function archiveNotice(ctx: RenderContext): SafeHtml {
  if (!ctx.archived) return html``;
  const current = ctx.model.current;
  const e = ctx.edition.edition;
  return html`<div class="archive-notice" role="note">
    <p>${ctx.text.get("archive_notice", { edition: editionName(ctx.model.site, ctx.edition.year), where: whereHeld(e, ctx.text, false), date: ctx.format.dayRange(e.date, lastDayOf(e)) })} <a href="${editionHome(ctx, current)}">${ctx.text.get("archive_link", { edition: editionName(ctx.model.site, current.year) })}</a></p>
  </div>`;
}
