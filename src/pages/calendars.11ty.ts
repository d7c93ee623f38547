// Calendar files (.ics): `dates.ics` and `program.ics` for every place an edition is published,
// and one small file per important date and per program slot at the edition's permanent prefix
// (`/<year>/dates/<id>.ics`, `/<year>/program/<slot>.ics`), behind the "add to calendar" links.
import { dateEvent, datesCalendar, programCalendar, singleCalendar, slotEvent } from "../lib/calendars.ts";
import type { RenderContext } from "../lib/context.ts";
import { timedSlots } from "../lib/program.ts";

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
  if (!ctx.atRoot) {
    for (const d of dates) out.push({ path: `${ctx.permanentBase}dates/${d.id}.ics`, text: () => singleCalendar(ctx, dateEvent(ctx, d)) });
    for (const t of program ? timedSlots(program) : []) {
      out.push({ path: `${ctx.permanentBase}program/${t.id}.ics`, text: () => singleCalendar(ctx, slotEvent(ctx, t)) });
    }
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
