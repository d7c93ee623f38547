// The workshop schedule as an accessible table per day, in the workshop's time zone, with a
// switch to the visitor's zone and a "now" marker that the program script brings to life.
import type { EditionModel } from "../content/model.ts";
import type { Program } from "../schemas/program.ts";
import { utcIso, zonedToUtc } from "../lib/dates.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { fullName } from "../lib/people.ts";
import type { RenderContext } from "../render/context.ts";
import { pageUrl, permanentUrl } from "../render/context.ts";
import { KIND_LABELS, slotOfPaper, slotOfSpeaker, slotSpeakers, timedSlots, type TimedSlot } from "../content/program.ts";
import { paperPath } from "../lib/paper-urls.ts";

function slotDetails(ctx: RenderContext, edition: EditionModel, t: TimedSlot): SafeHtml {
  const speakers = slotSpeakers(t.slot).flatMap((id) => edition.speakers.find((s) => s.who.id === id) ?? []);
  const papers = t.slot.papers.flatMap((id) => edition.papers.find((p) => p.id === id) ?? []);
  const chair = t.slot.chair ? ctx.model.people[t.slot.chair] : undefined;
  return html`${speakers.map((s) => html`<p><a href="${pageUrl(ctx, `speakers/#keynote-${s.who.id}`)}">${fullName(s.who)}: ${s.title}</a></p>`)}
    ${papers.length ? html`<ul class="slot__papers">${papers.map((p) => html`<li><a href="${permanentUrl(ctx, paperPath(p))}">${p.title}</a></li>`)}</ul>` : ""}
    ${chair ? html`<p class="slot__chair">${ctx.text.get("chair", { name: fullName(chair) })}</p>` : ""}
    ${t.room ? html`<p class="slot__room">${ctx.text.get("room", { room: t.room })}</p>` : ""}
    <p class="slot__add"><a href="${pageUrl(ctx, `program/${t.id}.ics`)}" type="text/calendar">${ctx.text.get("add_to_calendar")}<span class="visually-hidden">: ${t.slot.title}</span></a></p>`;
}

function timeCell(ctx: RenderContext, t: TimedSlot): SafeHtml {
  return html`<time datetime="${t.startIso}" data-utc="${utcIso(t.start)}">${ctx.format.time(t.slot.start)}</time>–<time datetime="${t.endIso}" data-utc="${utcIso(t.end)}">${ctx.format.time(t.slot.end)}</time>`;
}

function zoneSwitch(ctx: RenderContext, label: string): SafeHtml {
  return html`<fieldset class="zone-switch" data-zone-switch>
    <legend>${ctx.text.get("show_times_in")}</legend>
    <label><input type="radio" name="program-zone" value="workshop" checked> ${ctx.text.get("zone_workshop")}<span class="zone-switch__zone">: ${label}</span></label>
    <label><input type="radio" name="program-zone" value="visitor"> ${ctx.text.get("zone_visitor")}<span class="zone-switch__zone" data-visitor-zone></span></label>
  </fieldset>`;
}

/** The texts the program script shows, as JSON for its data attribute. */
function scriptTexts(ctx: RenderContext): string {
  return ctx.text.json(["times_in_yours", "now", "day_time", "duration_under_minute", "zone_aoe", "zone_utc", "zone_offset", "zone_named"]);
}

export function programTable(ctx: RenderContext, program: Program): SafeHtml {
  const slots = timedSlots(program);
  const first = slots[0]!;
  const t = ctx.text;
  const workshopLabel = ctx.format.zone(program.zone, first.start.getTime());
  return html`<div class="program-wrap" data-program data-workshop-zone="${program.zone}" data-texts="${scriptTexts(ctx)}">
  ${zoneSwitch(ctx, workshopLabel)}
  ${program.days.map((day) => {
    const label = ctx.format.zone(program.zone, zonedToUtc(day.date, "12:00", program.zone).getTime());
    const caption = t.get("times_in", { zone: label });
    const daySlots = slots.filter((t) => t.date === day.date);
    return html`<section class="program-day" aria-labelledby="day-${day.date}">
      <h2 id="day-${day.date}">${ctx.format.dayWithWeekday(day.date)}</h2>
      <table class="program">
        <caption data-caption data-workshop-caption="${caption}">${caption}</caption>
        <thead><tr><th scope="col">${t.get("column_time")}</th><th scope="col">${t.get("column_kind")}</th><th scope="col">${t.get("column_session")}</th></tr></thead>
        <tbody>
          ${daySlots.map(
            (slot) => html`<tr class="slot slot--${slot.slot.kind}" id="slot-${slot.id}" data-start="${utcIso(slot.start)}" data-end="${utcIso(slot.end)}">
              <td class="slot__time">${timeCell(ctx, slot)}</td>
              <td class="slot__kind"><span class="kind kind--${slot.slot.kind}">${t.get(KIND_LABELS[slot.slot.kind])}</span></td>
              <th scope="row" class="slot__title"><span>${slot.slot.title}</span>${slotDetails(ctx, ctx.edition, slot)}</th>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  })}
  <p class="program__calendar"><a href="${pageUrl(ctx, "program.ics")}" type="text/calendar">${t.get("program_calendar")}</a></p>
  </div>`;
}

/** "Presented in …": the slot of a paper or keynote, linking to the program. */
export function slotNote(ctx: RenderContext, t: TimedSlot | undefined): SafeHtml {
  if (!t) return html``;
  const when = html`<time datetime="${t.startIso}">${ctx.text.get("day_time", { day: ctx.format.dayWithWeekday(t.date), time: `${ctx.format.time(t.slot.start)}–${ctx.format.time(t.slot.end)}` })}</time>`;
  const slot = html`<a href="${pageUrl(ctx, `program/#slot-${t.id}`)}">${t.slot.title}</a>`;
  return html`<p class="slot-note">${ctx.text.html("in_program", { slot, when, zone: ctx.format.zone(t.zone, t.start.getTime()) })}${t.room ? `, ${t.room}` : ""}</p>`;
}

/** The slot note of a paper (empty when the program does not list it). */
export function paperSlot(ctx: RenderContext, paperId: string): SafeHtml {
  return slotNote(ctx, slotOfPaper(ctx.edition, paperId));
}

/** The slot note of a keynote (empty when the program does not list it). */
export function keynoteSlot(ctx: RenderContext, personId: string): SafeHtml {
  return slotNote(ctx, slotOfSpeaker(ctx.edition, personId));
}
