// Calendar days and zoned instants: parsing, UTC conversion, offsets. Writing them in words is
// the site's language's business: src/lib/formats.ts.

function parts(day: string): [number, number, number | undefined] {
  const [y, m, d] = day.split("-").map(Number);
  return [y!, m!, d];
}

/** Offset in minutes east of UTC of a fixed zone (`AoE`, `UTC`, `+05:30`), or undefined for IANA zones. */
export function fixedOffset(zone: string): number | undefined {
  if (zone === "AoE") return -12 * 60;
  if (zone === "UTC") return 0;
  const m = /^(?:UTC)?([+-])(\d{2}):(\d{2})$/.exec(zone);
  if (!m) return undefined;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * Wall clock and instants in one zone. Building the `Intl` formatter is the costly part of a
 * conversion, so one clock does every conversion of a zone that a caller needs (a program's slots).
 */
export class ZoneClock {
  private readonly fixed: number | undefined;
  private readonly format: Intl.DateTimeFormat | undefined;

  constructor(readonly zone: string) {
    this.fixed = fixedOffset(zone);
    this.format =
      this.fixed === undefined
        ? new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
        : undefined;
  }

  /** Offset in minutes east of UTC that the zone has at the UTC instant `utcMs`. */
  offsetAt(utcMs: number): number {
    if (!this.format) return this.fixed!;
    const p = Object.fromEntries(this.format.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
    const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
    return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
  }

  /** The UTC instant of a wall-clock `date` + `time` in the zone (daylight-saving aware). */
  toUtc(date: string, time: string): Date {
    const [y, m, d] = parts(date);
    const [hh, mm] = time.split(":").map(Number) as [number, number];
    const wall = Date.UTC(y, m - 1, d ?? 1, hh, mm);
    let guess = wall - this.offsetAt(wall) * 60000;
    guess = wall - this.offsetAt(guess) * 60000;
    return new Date(guess);
  }

  /** ISO 8601 with the zone's offset, for `<time datetime>`: `2023-12-07T23:59-12:00`. */
  iso(date: string, time: string): string {
    return `${date}T${time}${formatOffset(this.offsetAt(this.toUtc(date, time).getTime()))}`;
  }
}

/** Offset in minutes east of UTC that `zone` has at the UTC instant `utcMs`. */
export function offsetAt(zone: string, utcMs: number): number {
  return new ZoneClock(zone).offsetAt(utcMs);
}

/** The UTC instant of a wall-clock `date` + `time` in `zone` (daylight-saving aware). */
export function zonedToUtc(date: string, time: string, zone: string): Date {
  return new ZoneClock(zone).toUtc(date, time);
}

/** `+05:30` style offset for minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** ISO 8601 with the zone's offset, for `<time datetime>`: `2023-12-07T23:59-12:00`. */
export function isoWithOffset(date: string, time: string, zone: string): string {
  return new ZoneClock(zone).iso(date, time);
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const [y, m, d] = parts(day);
  return new Date(Date.UTC(y, m - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/** `2024-04-20T08:00:00Z` (UTC, no milliseconds), for data attributes and calendars. */
export function utcIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A dated thing in a zone, with or without a time of day. */
export interface Dated {
  date: string;
  time?: string | undefined;
  zone?: string | undefined;
}

/** When a dated thing happens: a moment (`start` = `end`) or, for a whole day, its span. */
export interface Span {
  /** The zone used. */
  zone: string;
  /** First instant. */
  start: Date;
  /** Last instant (exclusive for a whole day; equal to start for a moment). */
  end: Date;
  /** True for a whole day without a time. */
  allDay: boolean;
  /** ISO 8601 with the zone's offset of the start (or the bare day when all day). */
  datetime: string;
}

/**
 * The instants a date stands for. A deadline without a time is 23:59 at the end of its day; an
 * event without a time is the whole day, midnight to midnight in its zone.
 */
export function spanOf(d: Dated, fallbackZone: string, kind: "deadline" | "event" = "deadline"): Span {
  const zone = d.zone ?? fallbackZone;
  const clock = new ZoneClock(zone);
  if (kind === "event" && !d.time) {
    return { zone, start: clock.toUtc(d.date, "00:00"), end: clock.toUtc(nextDay(d.date), "00:00"), allDay: true, datetime: d.date };
  }
  const time = d.time ?? "23:59";
  const at = clock.toUtc(d.date, time);
  return { zone, start: at, end: at, allDay: false, datetime: clock.iso(d.date, time) };
}

/** False when `time` never shows on the clocks of `zone` that day (skipped by a daylight-saving change). */
export function wallTimeExists(date: string, time: string, zone: string): boolean {
  const utc = zonedToUtc(date, time, zone).getTime();
  const local = new Date(utc + offsetAt(zone, utc) * 60_000).toISOString();
  return local.slice(0, 10) === date && local.slice(11, 16) === time;
}
