// Calendar files (.ics) for every place an edition is published: `dates.ics` and `program.ics`,
// and one small file per important date and per program slot (`dates/<id>.ics`,
// `program/<slot>.ics`) behind the "add to calendar" links. The root copy of the current edition
// has its own set, so its pages stay the same as the /<year>/ copy's, read relative to their base.
import { dateEvent, datesCalendar, programCalendar, singleCalendar, slotEvent } from "../render/calendars.ts";
import type { RenderContext } from "../render/context.ts";
import { editionSlots } from "../content/program.ts";

interface CalendarOutput {
  /** Output path inside the site. */
  path: string;
  text: () => string;
}

/** Every calendar file of one rendered edition. */
export function calendarFiles(ctx: RenderContext): CalendarOutput[] {
  const out: CalendarOutput[] = [];
  const { dates, program } = ctx.edition;
  if (dates.length > 0) out.push({ path: `${ctx.base}dates.ics`, text: () => datesCalendar(ctx) });
  if (program) out.push({ path: `${ctx.base}program.ics`, text: () => programCalendar(ctx) });
  for (const d of dates) out.push({ path: `${ctx.base}dates/${d.id}.ics`, text: () => singleCalendar(ctx, dateEvent(ctx, d)) });
  for (const t of editionSlots(ctx.edition)) {
    out.push({ path: `${ctx.base}program/${t.id}.ics`, text: () => singleCalendar(ctx, slotEvent(ctx, t)) });
  }
  return out;
}

export const data = {
  pagination: {
    data: "colloquy.renders",
    size: 1,
    alias: "calendar",
    before: (renders: RenderContext[]) => renders.flatMap(calendarFiles),
  },
  permalink: (data: { calendar: CalendarOutput }) => data.calendar.path,
  eleventyExcludeFromCollections: true,
};

export function render({ calendar }: { calendar: CalendarOutput }): string {
  return calendar.text();
}
