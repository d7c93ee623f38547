// Important dates: each a <time> in the zone the organizers chose, earlier values struck through.
import type { ImportantDate, Instant } from "../schemas/dates.ts";
import { formatDay, isoWithOffset, zonedToUtc, zoneLabel } from "../lib/dates.ts";
import { html, type SafeHtml } from "../lib/html.ts";

/** The moment a date stands for: its time, or the end of its day. */
export function instantOf(i: Instant, zone: string): { iso: string; utc: Date; zone: string } {
  const z = i.zone ?? zone;
  const time = i.time ?? "23:59";
  return { iso: isoWithOffset(i.date, time, z), utc: zonedToUtc(i.date, time, z), zone: z };
}

function when(i: Instant, zone: string): SafeHtml {
  const { iso, utc, zone: z } = instantOf(i, zone);
  const time = i.time ? `, ${i.time}` : "";
  return html`<time datetime="${i.time ? iso : i.date}" data-instant="${iso}">${formatDay(i.date)}${time}</time><span class="date__zone"> ${zoneLabel(z, utc.getTime())}</span>`;
}

export function datesList(dates: readonly ImportantDate[]): SafeHtml {
  const sorted = [...dates].sort((a, b) => instantOf(a, a.zone).utc.getTime() - instantOf(b, b.zone).utc.getTime());
  return html`<ol class="dates">
    ${sorted.map(
      (d) => html`<li class="date" id="${d.id}">
        <span class="date__label">${d.label}</span>
        <span class="date__when">${when(d, d.zone)}</span>
        ${d.previously.length
          ? html`<span class="date__previously">${d.previously.length === 1 ? "Moved from" : "Earlier dates"}: ${d.previously.map(
              (p, i) => html`${i > 0 ? ", " : ""}<del>${formatDay(p.date)}${p.time ? `, ${p.time}` : ""}</del>`,
            )}</span>`
          : ""}
      </li>`,
    )}
  </ol>
  <p class="dates__note">Deadlines without a time end at 23:59 on that day in the zone given; AoE (“anywhere on Earth”, UTC−12) means the deadline has passed only once that day is over everywhere.</p>`;
}
