// Home page pieces: key facts, news, the social post card.
import { attendanceOf, isMultiDay, lastDayOf, onlineOf, placeOf } from "../lib/attendance.ts";
import { pageUrl, type RenderContext, editionLinks } from "../lib/context.ts";
import { formatDay, formatDayRange, formatDayWithWeekday } from "../lib/dates.ts";
import { html, join as joinHtml, type SafeHtml } from "../lib/html.ts";
import { markdownInline } from "../lib/markdown.ts";
import { networkName } from "../lib/networks.ts";
import { icons } from "./icons.ts";

/** Fixed texts of the key facts about how and when the workshop is held. */
const TEXT = {
  dates: "Dates",
  online: "Online",
  attendance: "Attendance",
  hybrid: "Hybrid: in person and online",
  join: "Join online",
} as const;

const ORDINALS = ["Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];

/** `1` → `1st`. */
export function ordinalSuffix(n: number): string {
  const rem100 = n % 100;
  const rem10 = n % 10;
  const suffix = rem100 >= 11 && rem100 <= 13 ? "th" : rem10 === 1 ? "st" : rem10 === 2 ? "nd" : rem10 === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}

export function keyFacts(ctx: RenderContext): SafeHtml {
  const e = ctx.edition.edition;
  const ordinal = ORDINALS[e.ordinal] ?? ordinalSuffix(e.ordinal);
  const place = placeOf(e);
  const online = onlineOf(e);
  const mode = attendanceOf(e);
  const platform = online?.platform ? ` (${online.platform})` : "";
  const join = online?.url ? html` · <a href="${online.url}">${TEXT.join}</a>` : "";
  const rows = [
    html`<div><dt>Edition</dt><dd>${ordinal} edition</dd></div>`,
    e.colocated_with ? html`<div><dt>Co-located with</dt><dd><a href="${e.colocated_with.url}">${e.colocated_with.name}</a></dd></div>` : undefined,
    place ? html`<div><dt>Place</dt><dd>${icons.pin} ${place}</dd></div>` : undefined,
    mode === "online" ? html`<div><dt>Place</dt><dd>${icons.globe} ${TEXT.online}${platform}${join}</dd></div>` : undefined,
    mode === "hybrid" ? html`<div><dt>${TEXT.attendance}</dt><dd>${icons.globe} ${TEXT.hybrid}${platform}${join}</dd></div>` : undefined,
    isMultiDay(e)
      ? html`<div><dt>${TEXT.dates}</dt><dd>${icons.calendar} ${formatDayRange(e.date, lastDayOf(e))}</dd></div>`
      : html`<div><dt>Date</dt><dd>${icons.calendar} <time datetime="${e.date}">${formatDayWithWeekday(e.date)}</time></dd></div>`,
  ].filter((row) => row !== undefined);
  return html`<dl class="key-facts">
    ${joinHtml(rows, "\n    ")}
  </dl>`;
}

export function newsList(ctx: RenderContext): SafeHtml {
  if (ctx.edition.news.length === 0) return html``;
  return html`<section class="news" aria-labelledby="news-heading">
    <h2 id="news-heading">News</h2>
    <ul class="news__list">
      ${ctx.edition.news.map(
        (item) => html`<li><time datetime="${item.date}">${formatDay(item.date)}</time> <span>${markdownInline(item.text, editionLinks(ctx))}</span></li>`,
      )}
    </ul>
    <p class="news__feed"><a href="${pageUrl(ctx, "feed.xml")}">${icons.feed}<span>Follow the news by feed</span></a></p>
  </section>`;
}

/** A static card for the edition's social post: no third-party request, readable in both themes. */
export function socialCard(ctx: RenderContext): SafeHtml {
  const post = ctx.edition.edition.social_post;
  if (!post) return html``;
  const network = networkName(post.network);
  return html`<aside class="social-card" aria-labelledby="social-heading">
    <h2 id="social-heading" class="social-card__heading">From our ${network} account</h2>
    <blockquote class="social-card__post" cite="${post.url}">
      <p class="social-card__who"><span class="social-card__avatar" aria-hidden="true">${post.author.slice(0, 1)}</span><span><strong>${post.author}</strong> <span class="social-card__handle">${post.handle}</span></span></p>
      ${post.text.split(/\n+/).map((line) => html`<p>${line}</p>`)}
    </blockquote>
    <p class="social-card__meta"><time datetime="${post.date}">${formatDay(post.date)}</time> · <a href="${post.url}">View the post on ${network}<span class="visually-hidden"> (external site)</span></a></p>
  </aside>`;
}
