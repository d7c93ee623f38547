// The calendar entries of an edition: its important dates and its program slots, with UIDs made
// from the edition, the item id and the site's host, so they stay the same from build to build.
import { editionName, type EditionModel } from "../content/model.ts";
import type { ImportantDate } from "../schemas/dates.ts";
import { onlineOf, placeOf } from "../content/attendance.ts";
import type { RenderContext } from "./context.ts";
import { spanOf } from "../lib/dates.ts";
import { icsFile, type CalendarEvent, type CalendarFile } from "../lib/ics.ts";
import { fullName } from "../lib/people.ts";
import { editionSlots, KIND_LABELS, slotSpeakers, type TimedSlot } from "../content/program.ts";


function host(ctx: RenderContext): string {
  return new URL(ctx.model.site.url).host;
}

/**
 * The DTSTAMP of an edition's calendars, taken from the content, never from the clock: the day of
 * the newest news item (the last time the organizers announced something), else the workshop day.
 */
export function calendarStamp(edition: EditionModel): Date {
  const day = edition.news[0]?.date ?? edition.edition.date;
  return new Date(`${day.length === 7 ? `${day}-01` : day}T00:00:00Z`);
}

/** The calendar entry of one important date. */
export function dateEvent(ctx: RenderContext, d: ImportantDate): CalendarEvent {
  const span = spanOf(d, ctx.edition.edition.zone, d.kind);
  const { site } = ctx.model;
  const { format, text } = ctx;
  const day = span.allDay ? format.day(d.date) : format.dayTime(d.date, d.time ?? "23:59");
  const when = `${day} ${format.zone(span.zone, span.start.getTime())}`;
  const earlier = d.previously.map((p) => (p.time ? format.dayTime(p.date, p.time) : format.day(p.date))).join("; ");
  const moved = d.previously.length ? ` ${text.get("calendar_earlier", { dates: earlier })}` : "";
  return {
    uid: `${ctx.edition.year}-date-${d.id}@${host(ctx)}`,
    summary: `${editionName(site, ctx.edition.year)}: ${d.label}`,
    description: `${text.get("calendar_when", { label: d.label, when })}${moved}`,
    url: ctx.urls.absolute(`${ctx.permanentBase}dates/#${d.id}`),
    start: allDayStart(span.allDay, d.date, span.start),
    end: span.allDay ? new Date(allDayStart(true, d.date, span.start).getTime() + 86_400_000) : span.end,
    allDay: span.allDay,
    sequence: d.previously.length,
    transparent: d.kind === "deadline",
  };
}

/** Whole days are written as bare dates: their UTC midnight stands for the day. */
function allDayStart(allDay: boolean, date: string, start: Date): Date {
  return allDay ? new Date(`${date}T00:00:00Z`) : start;
}

/** The calendar entry of one program slot. */
export function slotEvent(ctx: RenderContext, t: TimedSlot): CalendarEvent {
  const { site } = ctx.model;
  const e = ctx.edition;
  const speakers = slotSpeakers(t.slot).flatMap((id) => e.speakers.find((s) => s.who.id === id) ?? []);
  const papers = t.slot.papers.flatMap((id) => e.papers.find((p) => p.id === id) ?? []);
  const chair = t.slot.chair ? ctx.model.people[t.slot.chair] : undefined;
  const lines = [
    `${ctx.text.get(KIND_LABELS[t.slot.kind])}.`,
    ...speakers.map((s) => `${fullName(s.who)}: ${s.title}`),
    ...papers.map((p) => `- ${p.title}`),
    ...(chair ? [ctx.text.get("chair", { name: fullName(chair) })] : []),
  ];
  // In person: the room and the place. Online only: the attendees' link (or just "Online").
  // Hybrid: the place, with the link in the description.
  const online = onlineOf(e.edition);
  const place = placeOf(e.edition);
  if (online?.url) lines.push(`${ctx.text.get("join_online")}${online.platform ? ` (${online.platform})` : ""}: ${online.url}`);
  const location = place ? [t.room, place].filter(Boolean).join(", ") : (online?.url ?? ctx.text.get("place_online"));
  return {
    uid: `${e.year}-slot-${t.id}@${host(ctx)}`,
    summary: `${editionName(site, e.year)}: ${t.slot.title}`,
    description: lines.join("\n"),
    location,
    url: ctx.urls.absolute(`${ctx.permanentBase}program/#slot-${t.id}`),
    start: t.start,
    end: t.end,
  };
}

/**
 * The text of a calendar file. Folding its lines costs more than making its entries, so a file
 * whose entries the last run of `npm start` wrote alike is not folded again.
 */
function calendarText(ctx: RenderContext, file: CalendarFile): string {
  return ctx.kept.get("ics", file, () => icsFile(file));
}

/** `dates.ics`: every important date of the edition. */
export function datesCalendar(ctx: RenderContext): string {
  return calendarText(ctx, {
    name: ctx.text.get("calendar_dates", { edition: editionName(ctx.model.site, ctx.edition.year) }),
    stamp: calendarStamp(ctx.edition),
    events: ctx.edition.dates.map((d) => dateEvent(ctx, d)),
  });
}

/** `program.ics`: every slot of the program. */
export function programCalendar(ctx: RenderContext): string {
  return calendarText(ctx, {
    name: ctx.text.get("calendar_program", { edition: editionName(ctx.model.site, ctx.edition.year) }),
    stamp: calendarStamp(ctx.edition),
    events: editionSlots(ctx.edition).map((t) => slotEvent(ctx, t)),
  });
}

/** A calendar file holding one entry (an "add to calendar" link). */
export function singleCalendar(ctx: RenderContext, event: CalendarEvent): string {
  return calendarText(ctx, { name: event.summary, stamp: calendarStamp(ctx.edition), events: [event] });
}
