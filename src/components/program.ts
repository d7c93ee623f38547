// The workshop schedule as an accessible table per day, in the workshop's time zone, with a
// switch to the visitor's zone and a "now" marker that the program script brings to life.
import type { EditionModel } from "../content/model.ts";
import type { Program } from "../schemas/program.ts";
import { formatDayWithWeekday, utcIso, zoneLabel, zonedToUtc } from "../lib/dates.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { fullName } from "../lib/people.ts";
import type { RenderContext } from "../lib/context.ts";
import { pageUrl, permanentUrl } from "../lib/context.ts";
import { KIND_LABELS, slotOfPaper, slotOfSpeaker, slotSpeakers, timedSlots, type TimedSlot } from "../lib/program.ts";

function slotDetails(ctx: RenderContext, edition: EditionModel, t: TimedSlot): SafeHtml {
  const speakers = slotSpeakers(t.slot).flatMap((id) => edition.speakers.find((s) => s.who.id === id) ?? []);
  const papers = t.slot.papers.flatMap((id) => edition.papers.find((p) => p.id === id) ?? []);
  const chair = t.slot.chair ? ctx.model.people[t.slot.chair] : undefined;
  return html`${speakers.map((s) => html`<p><a href="${pageUrl(ctx, `speakers/#keynote-${s.who.id}`)}">${fullName(s.who)}: ${s.title}</a></p>`)}
    ${papers.length ? html`<ul class="slot__papers">${papers.map((p) => html`<li><a href="${permanentUrl(ctx, `papers/${p.id}/`)}">${p.title}</a></li>`)}</ul>` : ""}
    ${chair ? html`<p class="slot__chair">Chair: ${fullName(chair)}</p>` : ""}
    ${t.room ? html`<p class="slot__room">Room: ${t.room}</p>` : ""}
    <p class="slot__add"><a href="${pageUrl(ctx, `program/${t.id}.ics`)}" type="text/calendar">Add to calendar<span class="visually-hidden">: ${t.slot.title}</span></a></p>`;
}

function timeCell(t: TimedSlot): SafeHtml {
  return html`<time datetime="${t.startIso}" data-utc="${utcIso(t.start)}">${t.slot.start}</time>–<time datetime="${t.endIso}" data-utc="${utcIso(t.end)}">${t.slot.end}</time>`;
}

function zoneSwitch(label: string): SafeHtml {
  return html`<fieldset class="zone-switch" data-zone-switch>
    <legend>Show times in</legend>
    <label><input type="radio" name="program-zone" value="workshop" checked> the workshop’s time zone<span class="zone-switch__zone">: ${label}</span></label>
    <label><input type="radio" name="program-zone" value="visitor"> your time zone<span class="zone-switch__zone" data-visitor-zone></span></label>
  </fieldset>`;
}

export function programTable(ctx: RenderContext, program: Program): SafeHtml {
  const slots = timedSlots(program);
  const first = slots[0]!;
  const workshopLabel = zoneLabel(program.zone, first.start.getTime());
  return html`<div class="program-wrap" data-program data-workshop-zone="${program.zone}">
  ${zoneSwitch(workshopLabel)}
  ${program.days.map((day) => {
    const label = zoneLabel(program.zone, zonedToUtc(day.date, "12:00", program.zone).getTime());
    const daySlots = slots.filter((t) => t.date === day.date);
    return html`<section class="program-day" aria-labelledby="day-${day.date}">
      <h2 id="day-${day.date}">${formatDayWithWeekday(day.date)}</h2>
      <table class="program">
        <caption data-caption data-workshop-caption="Times are in ${label}.">Times are in ${label}.</caption>
        <thead><tr><th scope="col">Time</th><th scope="col">Kind</th><th scope="col">Session</th></tr></thead>
        <tbody>
          ${daySlots.map(
            (t) => html`<tr class="slot slot--${t.slot.kind}" id="slot-${t.id}" data-start="${utcIso(t.start)}" data-end="${utcIso(t.end)}">
              <td class="slot__time">${timeCell(t)}</td>
              <td class="slot__kind"><span class="kind kind--${t.slot.kind}">${KIND_LABELS[t.slot.kind]}</span></td>
              <th scope="row" class="slot__title"><span>${t.slot.title}</span>${slotDetails(ctx, ctx.edition, t)}</th>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  })}
  <p class="program__calendar"><a href="${pageUrl(ctx, "program.ics")}" type="text/calendar">The whole program as a calendar file (program.ics)</a></p>
  </div>`;
}

/** "Presented in …": the slot of a paper or keynote, linking to the program. */
export function slotNote(ctx: RenderContext, t: TimedSlot | undefined): SafeHtml {
  if (!t) return html``;
  return html`<p class="slot-note">In the program: <a href="${pageUrl(ctx, `program/#slot-${t.id}`)}">${t.slot.title}</a>, <time datetime="${t.startIso}">${formatDayWithWeekday(t.date)}, ${t.slot.start}–${t.slot.end}</time> ${zoneLabel(t.zone, t.start.getTime())}${t.room ? `, ${t.room}` : ""}</p>`;
}

/** The slot note of a paper (empty when the program does not list it). */
export function paperSlot(ctx: RenderContext, paperId: string): SafeHtml {
  return slotNote(ctx, slotOfPaper(ctx.edition, paperId));
}

/** The slot note of a keynote (empty when the program does not list it). */
export function keynoteSlot(ctx: RenderContext, personId: string): SafeHtml {
  return slotNote(ctx, slotOfSpeaker(ctx.edition, personId));
}
