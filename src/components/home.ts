// Home page pieces: key facts, news, the social post card.
import { attendanceOf, isMultiDay, lastDayOf, onlineOf, placeOf } from "../content/attendance.ts";
import { pageUrl, proseInline, type RenderContext } from "../render/context.ts";
import { html, join as joinHtml, type SafeHtml } from "../lib/html.ts";
import { ordinal } from "../lib/labels.ts";
import { networkName } from "../lib/networks.ts";
import { icons } from "./icons.ts";

export function keyFacts(ctx: RenderContext): SafeHtml {
  const e = ctx.edition.edition;
  const t = ctx.text;
  const place = placeOf(e);
  const online = onlineOf(e);
  const mode = attendanceOf(e);
  const platform = online?.platform ? ` (${online.platform})` : "";
  const join = online?.url ? html` · <a href="${online.url}">${t.get("join_online")}</a>` : "";
  const rows = [
    html`<div><dt>${t.get("fact_edition")}</dt><dd>${t.get("edition_ordinal", { ordinal: ordinal(t, e.ordinal) })}</dd></div>`,
    e.colocated_with ? html`<div><dt>${t.get("fact_colocated")}</dt><dd><a href="${e.colocated_with.url}">${e.colocated_with.name}</a></dd></div>` : undefined,
    place ? html`<div><dt>${t.get("fact_place")}</dt><dd>${icons.pin} ${place}</dd></div>` : undefined,
    mode === "online" ? html`<div><dt>${t.get("fact_place")}</dt><dd>${icons.globe} ${t.get("place_online")}${platform}${join}</dd></div>` : undefined,
    mode === "hybrid" ? html`<div><dt>${t.get("fact_attendance")}</dt><dd>${icons.globe} ${t.get("attendance_hybrid")}${platform}${join}</dd></div>` : undefined,
    isMultiDay(e)
      ? html`<div><dt>${t.get("fact_dates")}</dt><dd>${icons.calendar} ${ctx.format.dayRange(e.date, lastDayOf(e))}</dd></div>`
      : html`<div><dt>${t.get("fact_date")}</dt><dd>${icons.calendar} <time datetime="${e.date}">${ctx.format.dayWithWeekday(e.date)}</time></dd></div>`,
  ].filter((row) => row !== undefined);
  return html`<dl class="key-facts">
    ${joinHtml(rows, "\n    ")}
  </dl>`;
}

export function newsList(ctx: RenderContext): SafeHtml {
  if (ctx.edition.news.length === 0) return html``;
  return html`<section class="news" aria-labelledby="news-heading">
    <h2 id="news-heading">${ctx.text.get("news")}</h2>
    <ul class="news__list">
      ${ctx.edition.news.map(
        (item) => html`<li><time datetime="${item.date}">${ctx.format.day(item.date)}</time> <span>${proseInline(ctx, item.text)}</span></li>`,
      )}
    </ul>
    <p class="news__feed"><a href="${pageUrl(ctx, "feed.xml")}">${icons.feed}<span>${ctx.text.get("news_feed")}</span></a></p>
  </section>`;
}

/** A static card for the edition's social post: no third-party request, readable in both themes. */
export function socialCard(ctx: RenderContext): SafeHtml {
  const post = ctx.edition.edition.social_post;
  if (!post) return html``;
  const network = networkName(post.network);
  return html`<aside class="social-card" aria-labelledby="social-heading">
    <h2 id="social-heading" class="social-card__heading">${ctx.text.get("social_heading", { network })}</h2>
    <blockquote class="social-card__post" cite="${post.url}">
      <p class="social-card__who"><span class="social-card__avatar" aria-hidden="true">${post.author.slice(0, 1)}</span><span><strong>${post.author}</strong> <span class="social-card__handle">${post.handle}</span></span></p>
      ${post.text.split(/\n+/).map((line) => html`<p>${line}</p>`)}
    </blockquote>
    <p class="social-card__meta"><time datetime="${post.date}">${ctx.format.day(post.date)}</time> · <a href="${post.url}">${ctx.text.get("social_view", { network })}<span class="visually-hidden"> ${ctx.text.get("external_site")}</span></a></p>
  </aside>`;
}
