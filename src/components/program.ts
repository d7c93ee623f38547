// The workshop schedule as an accessible table, in the workshop's time zone.
import type { EditionModel } from "../content/model.ts";
import type { Program, Slot } from "../schemas/program.ts";
import { formatDayWithWeekday, isoWithOffset, zoneLabel, zonedToUtc } from "../lib/dates.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { fullName } from "../lib/people.ts";
import type { RenderContext } from "../lib/context.ts";
import { pageUrl } from "../lib/context.ts";

const KIND_LABELS: Record<Slot["kind"], string> = {
  opening: "Opening",
  keynote: "Keynote",
  papers: "Paper session",
  break: "Break",
  lunch: "Lunch",
  panel: "Panel",
  closing: "Closing",
  other: "Session",
};

function slotDetails(ctx: RenderContext, edition: EditionModel, slot: Slot): SafeHtml {
  const speaker = slot.speaker ? edition.speakers.find((s) => s.who.id === slot.speaker) : undefined;
  const papers = slot.papers.flatMap((id) => edition.papers.find((p) => p.id === id) ?? []);
  const chair = slot.chair ? ctx.model.people[slot.chair] : undefined;
  return html`${speaker ? html`<p><a href="${pageUrl(ctx, `speakers/#keynote-${speaker.who.id}`)}">${fullName(speaker.who)}: ${speaker.title}</a></p>` : ""}
    ${papers.length ? html`<ul class="slot__papers">${papers.map((p) => html`<li><a href="${pageUrl(ctx, `papers/#paper-${p.id}`)}">${p.title}</a></li>`)}</ul>` : ""}
    ${chair ? html`<p class="slot__chair">Chair: ${fullName(chair)}</p>` : ""}
    ${slot.room ? html`<p class="slot__room">Room: ${slot.room}</p>` : ""}`;
}

export function programTable(ctx: RenderContext, program: Program): SafeHtml {
  return html`${program.days.map((day) => {
    const label = zoneLabel(program.zone, zonedToUtc(day.date, "12:00", program.zone).getTime());
    return html`<section class="program-day" aria-labelledby="day-${day.date}">
      <h2 id="day-${day.date}">${formatDayWithWeekday(day.date)}</h2>
      <table class="program">
        <caption>Times are in ${label}.</caption>
        <thead><tr><th scope="col">Time</th><th scope="col">Kind</th><th scope="col">Session</th></tr></thead>
        <tbody>
          ${day.slots.map(
            (slot) => html`<tr class="slot slot--${slot.kind}">
              <td class="slot__time"><time datetime="${isoWithOffset(day.date, slot.start, program.zone)}">${slot.start}</time>–<time datetime="${isoWithOffset(day.date, slot.end, program.zone)}">${slot.end}</time></td>
              <td class="slot__kind"><span class="kind kind--${slot.kind}">${KIND_LABELS[slot.kind]}</span></td>
              <th scope="row" class="slot__title"><span>${slot.title}</span>${slotDetails(ctx, ctx.edition, slot)}</th>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  })}`;
}
