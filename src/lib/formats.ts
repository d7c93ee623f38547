// Days, times, ranges, zones and durations written the way the site's language writes them,
// through Intl: `formatsFor("en-US")` writes "December 12, 2026" and "11:59 PM", `en-GB`
// "12 December 2026" and "23:59". Days are calendar days (`YYYY-MM-DD`, or `YYYY-MM` for a month)
// and times wall-clock times (`HH:MM`): they are written as they are, in no zone. The few words a
// format needs (a zone's name, "less than a minute") come from the interface texts.
import { fixedOffset, formatOffset, offsetAt } from "./dates.ts";
import type { Texts } from "./text.ts";

/** The interface texts the formats use (see src/lib/labels.ts). */
export type FormatTextKey = "zone_aoe" | "zone_utc" | "zone_offset" | "zone_named" | "day_time" | "duration_under_minute";

export interface Formats {
  /** The BCP 47 tag the formats follow. */
  readonly locale: string;
  /** `2026-12-12` → `12 December 2026` (en-GB) / `December 12, 2026` (en-US); a month `2023-10` → `October 2023`. */
  day(day: string): string;
  /** `Saturday, 12 December 2026` / `Saturday, December 12, 2026`. */
  dayWithWeekday(day: string): string;
  /** `12 Dec 2026` / `Dec 12, 2026` (the banner's date). */
  dayShort(day: string): string;
  /** `Sat, 12 Dec 2026` / `Sat, Dec 12, 2026` (the visitor's clock on the dates page). */
  dayShortWithWeekday(day: string): string;
  /** `Sat 12 Dec` / `Sat, Dec 12` (a program time that falls on another day). */
  weekdayDayMonth(day: string): string;
  /** `2023-10` → `October 2023`. */
  month(month: string): string;
  /** `23:59` → `23:59` (en-GB) / `11:59 PM` (en-US). */
  time(time: string): string;
  /** A day and a time: `12 December 2026, 23:59`; `short`: `Sat, 12 Dec 2026, 23:59`. */
  dayTime(day: string, time: string, short?: boolean): string;
  /** Two days as one range, the way Intl writes it: `12–13 December 2026` / `December 12 – 13, 2026`. */
  dayRange(start: string, end: string): string;
  /** A zone as readers know it: `AoE (UTC−12)`, `UTC+01:00`, `Los Angeles time (UTC−07:00)` (its offset at `atUtcMs`). */
  zone(zone: string, atUtcMs: number): string;
  /** How long until something, to the minute: `3 days, 4 hours`, `12 minutes`, `less than a minute`. */
  duration(ms: number): string;
  /** A number the language's way: `1,234`. */
  number(n: number): string;
}

/** The UTC instant standing for a calendar day (or the first day of a month). */
function dayInstant(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number | undefined];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/** The formats of `locale` (a BCP 47 tag Intl supports). */
export function formatsFor(locale: string, text: Texts<FormatTextKey>): Formats {
  const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
  const long = utc({ day: "numeric", month: "long", year: "numeric" });
  const withWeekday = utc({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const short = utc({ day: "numeric", month: "short", year: "numeric" });
  const shortWithWeekday = utc({ weekday: "short", day: "numeric", month: "short", year: "numeric" });
  const weekdayDayMonth = utc({ weekday: "short", day: "numeric", month: "short" });
  const monthYear = utc({ month: "long", year: "numeric" });
  const clock = utc({ timeStyle: "short" });
  const number = new Intl.NumberFormat(locale);
  const unit = (u: "day" | "hour" | "minute") => new Intl.NumberFormat(locale, { style: "unit", unit: u, unitDisplay: "long" });
  const units = { day: unit("day"), hour: unit("hour"), minute: unit("minute") };
  const list = new Intl.ListFormat(locale, { type: "unit", style: "long" });
  const isMonth = (day: string) => day.length === 7;

  const formats: Formats = {
    locale,
    day: (day) => (isMonth(day) ? monthYear : long).format(dayInstant(day)),
    dayWithWeekday: (day) => (isMonth(day) ? monthYear : withWeekday).format(dayInstant(day)),
    dayShort: (day) => (isMonth(day) ? monthYear : short).format(dayInstant(day)),
    dayShortWithWeekday: (day) => shortWithWeekday.format(dayInstant(day)),
    weekdayDayMonth: (day) => weekdayDayMonth.format(dayInstant(day)),
    month: (month) => monthYear.format(dayInstant(month)),
    time: (time) => {
      const [hh, mm] = time.split(":").map(Number) as [number, number];
      return clock.format(new Date(Date.UTC(2000, 0, 1, hh, mm)));
    },
    dayTime: (day, time, short = false) =>
      text.get("day_time", { day: short ? formats.dayShortWithWeekday(day) : formats.day(day), time: formats.time(time) }),
    dayRange: (start, end) => (start === end ? formats.day(start) : long.formatRange(dayInstant(start), dayInstant(end))),
    zone: (zone, atUtcMs) => {
      if (zone === "AoE") return text.get("zone_aoe");
      if (zone === "UTC") return text.get("zone_utc");
      const offset = formatOffset(offsetAt(zone, atUtcMs)).replace("-", "−");
      if (fixedOffset(zone) !== undefined) return text.get("zone_offset", { offset });
      return text.get("zone_named", { city: zone.split("/").pop()!.replace(/_/g, " "), offset });
    },
    duration: (ms) => {
      const minutes = Math.floor(ms / 60_000);
      if (minutes < 1) return text.get("duration_under_minute");
      const days = Math.floor(minutes / 1440);
      const hours = Math.floor((minutes % 1440) / 60);
      const mins = minutes % 60;
      // To the minute, in the two largest units: `3 days, 4 hours`, `5 hours, 2 minutes`.
      const parts: string[] =
        days > 0
          ? [units.day.format(days), ...(hours > 0 ? [units.hour.format(hours)] : [])]
          : hours > 0
            ? [units.hour.format(hours), ...(mins > 0 ? [units.minute.format(mins)] : [])]
            : [units.minute.format(mins)];
      return list.format(parts);
    },
    number: (n) => number.format(n),
  };
  return formats;
}
