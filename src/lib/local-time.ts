// Time as the visitor sees it: wall-clock day and time of an instant in any zone, the state of
// dated items at a given moment, and countdown wording. Pure functions shared by the browser
// scripts (src/client/dates.ts, src/client/program.ts) and the unit tests.
import { formatOffset, offsetAt } from "./dates.ts";
import type { Formats } from "./formats.ts";

/** The zone the browser runs in, e.g. `Asia/Shanghai`. */
export function browserZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Day (`YYYY-MM-DD`) and time (`HH:MM`) of a UTC instant on the clocks of `zone`. */
export function wallClock(utcMs: number, zone: string): { date: string; time: string } {
  const local = new Date(utcMs + offsetAt(zone, utcMs) * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** `Sat, 9 Dec 2023, 01:59` (en-GB) on the clocks of `zone`, in the site's language. */
export function formatShortInZone(utcMs: number, zone: string, format: Formats): string {
  const { date, time } = wallClock(utcMs, zone);
  return format.dayTime(date, time, true);
}

/** `UTC+14:00`, `UTC−07:00`: the offset `zone` has at that instant. */
export function offsetLabel(zone: string, utcMs: number): string {
  return `UTC${formatOffset(offsetAt(zone, utcMs)).replace("-", "−")}`;
}

export type DateState = "passed" | "now" | "next" | "later";

/**
 * The state of each item at `nowMs`: passed once its end is reached (a deadline: its moment), `now`
 * while it runs, `next` for the first one still to start, `later` after that. Items in time order.
 */
export function dateStates(items: readonly { start: number; end: number }[], nowMs: number): DateState[] {
  let nextFound = false;
  return items.map((item) => {
    const moment = item.end <= item.start;
    if (moment ? nowMs > item.start : nowMs >= item.end) return "passed";
    if (!moment && nowMs >= item.start) return "now";
    if (!nextFound) {
      nextFound = true;
      return "next";
    }
    return "later";
  });
}
