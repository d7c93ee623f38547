// Important dates: each a <time> in the zone the organizers chose, earlier values struck through,
// an "add to calendar" link, and hooks the dates script fills in the browser (the visitor's local
// time, passed / next, a countdown). Without the script the list is complete in the organizers' zones.
import type { ImportantDate } from "../schemas/dates.ts";
import type { RenderContext } from "../render/context.ts";
import { pageUrl } from "../render/context.ts";
import { spanOf, utcIso, type Span } from "../lib/dates.ts";
import { html, type SafeHtml } from "../lib/html.ts";

/** A date as the page writes it: the day, and its time unless it is a whole day (a deadline without one ends at 23:59). */
export function spanText(ctx: RenderContext, d: { date: string; time?: string | undefined }, span: Span): string {
  return span.allDay ? ctx.format.day(d.date) : ctx.format.dayTime(d.date, d.time ?? "23:59");
}

function when(ctx: RenderContext, d: ImportantDate, span: Span): SafeHtml {
  return html`<time datetime="${span.datetime}">${spanText(ctx, d, span)}</time><span class="date__zone"> ${ctx.format.zone(span.zone, span.start.getTime())}</span>`;
}

function earlier(ctx: RenderContext, d: ImportantDate): SafeHtml {
  if (d.previously.length === 0) return html``;
  return html`<span class="date__previously">${ctx.text.get("earlier_dates", { count: d.previously.length })}: ${d.previously.map((p, i) => {
    const span = spanOf({ ...p, zone: p.zone ?? d.zone }, d.zone, d.kind);
    return html`${i > 0 ? ", " : ""}<del><time datetime="${span.datetime}">${spanText(ctx, p, span)}</time></del>`;
  })}</span>`;
}

/** The texts the dates script shows, as JSON for its data attribute. */
function scriptTexts(ctx: RenderContext): string {
  return ctx.text.json([
    "date_passed",
    "date_now",
    "date_next",
    "your_time",
    "your_time_from",
    "countdown_next",
    "countdown_running",
    "countdown_done",
    "day_time",
    "duration_under_minute",
    "zone_aoe",
    "zone_utc",
    "zone_offset",
    "zone_named",
  ]);
}

/** The important dates, in time order, for one rendered edition. */
export function datesList(ctx: RenderContext, dates: readonly ImportantDate[] = ctx.edition.dates): SafeHtml {
  const timed = dates.map((d) => ({ d, span: spanOf(d, d.zone, d.kind) })).sort((a, b) => a.span.start.getTime() - b.span.start.getTime());
  const t = ctx.text;
  return html`<p class="countdown" data-countdown></p>
  <ol class="dates" data-dates data-texts="${scriptTexts(ctx)}">
    ${timed.map(
      ({ d, span }) => html`<li class="date" id="${d.id}" data-start="${utcIso(span.start)}" data-end="${utcIso(span.end)}" data-kind="${d.kind}" data-all-day="${span.allDay ? "true" : "false"}">
        <span class="date__label">${d.label}</span>
        <span class="date__when">${when(ctx, d, span)}</span>
        <span class="date__local" data-local></span>
        ${earlier(ctx, d)}
        <a class="date__add" href="${pageUrl(ctx, `dates/${d.id}.ics`)}" type="text/calendar">${t.get("add_to_calendar")}<span class="visually-hidden">: ${d.label}</span></a>
      </li>`,
    )}
  </ol>
  <p class="dates__note">${t.get("dates_note", { time: ctx.format.time("23:59") })}</p>
  <p class="dates__calendar">${t.html("dates_calendar", { link: html`<a href="${pageUrl(ctx, "dates.ics")}" type="text/calendar">${t.get("dates_calendar_link")}</a>` })}</p>`;
}
