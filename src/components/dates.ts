// Important dates: each a <time> in the zone the organizers chose, earlier values struck through,
// an "add to calendar" link, and hooks the dates script fills in the browser (the visitor's local
// time, passed / next, a countdown). Without the script the list is complete in the organizers' zones.
import type { ImportantDate } from "../schemas/dates.ts";
import type { RenderContext } from "../lib/context.ts";
import { pageUrl } from "../lib/context.ts";
import { formatDay, spanOf, utcIso, zoneLabel, type Span } from "../lib/dates.ts";
import { html, type SafeHtml } from "../lib/html.ts";

function spanText(d: { date: string; time?: string | undefined }, span: Span): string {
  return span.allDay ? formatDay(d.date) : `${formatDay(d.date)}, ${d.time ?? "23:59"}`;
}

function when(d: ImportantDate, span: Span): SafeHtml {
  return html`<time datetime="${span.datetime}">${spanText(d, span)}</time><span class="date__zone"> ${zoneLabel(span.zone, span.start.getTime())}</span>`;
}

function earlier(d: ImportantDate): SafeHtml {
  if (d.previously.length === 0) return html``;
  return html`<span class="date__previously">${d.previously.length === 1 ? "Moved from" : "Earlier dates"}: ${d.previously.map((p, i) => {
    const span = spanOf({ ...p, zone: p.zone ?? d.zone }, d.zone, d.kind);
    return html`${i > 0 ? ", " : ""}<del><time datetime="${span.datetime}">${spanText(p, span)}</time></del>`;
  })}</span>`;
}

/** The important dates, in time order, for one rendered edition. */
export function datesList(ctx: RenderContext, dates: readonly ImportantDate[] = ctx.edition.dates): SafeHtml {
  const timed = dates.map((d) => ({ d, span: spanOf(d, d.zone, d.kind) })).sort((a, b) => a.span.start.getTime() - b.span.start.getTime());
  return html`<p class="countdown" data-countdown></p>
  <ol class="dates" data-dates>
    ${timed.map(
      ({ d, span }) => html`<li class="date" id="${d.id}" data-start="${utcIso(span.start)}" data-end="${utcIso(span.end)}" data-kind="${d.kind}" data-all-day="${span.allDay ? "true" : "false"}">
        <span class="date__label">${d.label}</span>
        <span class="date__when">${when(d, span)}</span>
        <span class="date__local" data-local></span>
        ${earlier(d)}
        <a class="date__add" href="${pageUrl(ctx, `dates/${d.id}.ics`)}" type="text/calendar">Add to calendar<span class="visually-hidden">: ${d.label}</span></a>
      </li>`,
    )}
  </ol>
  <p class="dates__note">A deadline without a time ends at 23:59 on that day in the zone given; AoE (“anywhere on Earth”, UTC−12) means the deadline has passed only once that day is over everywhere on the planet.</p>
  <p class="dates__calendar"><a href="${pageUrl(ctx, "dates.ics")}" type="text/calendar">All dates as a calendar file (dates.ics)</a>, for Apple Calendar, Google Calendar, Outlook or Thunderbird.</p>`;
}
