// How an edition is attended and when: in person, online or both (hybrid), on one day or several.
// Every component that shows the place or the days asks here, so the shapes are read one way.
import type { Edition } from "../schemas/edition.ts";
import type { SiteTexts } from "../lib/labels.ts";

export type AttendanceMode = "in-person" | "online" | "hybrid";

/** The online part of an edition: the attendees' link and the platform, when the organizers give them. */
export interface OnlineAccess {
  url?: string;
  platform?: string;
}

/** The online part, or undefined for an edition held in person only. */
export function onlineOf(e: Edition): OnlineAccess | undefined {
  if (!e.online) return undefined;
  return e.online === true ? {} : { url: e.online.url, ...(e.online.platform ? { platform: e.online.platform } : {}) };
}

/** In person (a place only), online (no place), or hybrid (both). */
export function attendanceOf(e: Edition): AttendanceMode {
  if (!onlineOf(e)) return "in-person";
  return e.location ? "hybrid" : "online";
}

/** `Venue, City, Country` (the venue when known), or undefined for an online edition. */
export function placeOf(e: Edition, withVenue = true): string | undefined {
  const l = e.location;
  if (!l) return undefined;
  return [withVenue ? l.venue : undefined, l.city, l.country].filter(Boolean).join(", ");
}

/** The last day of the edition: `end_date`, or `date` for a one-day workshop. */
export function lastDayOf(e: Edition): string {
  return e.end_date !== undefined && e.end_date > e.date ? e.end_date : e.date;
}

/** True when the edition lasts more than one day. */
export function isMultiDay(e: Edition): boolean {
  return lastDayOf(e) !== e.date;
}

/** True when `day` (`YYYY-MM-DD`) is one of the edition's days. */
export function isWorkshopDay(e: Edition, day: string): boolean {
  return day >= e.date && day <= lastDayOf(e);
}

/**
 * Where the edition is or was held, to go inside a sentence: "in Lisbon, Portugal",
 * "in San Diego, United States and online", "online" (`withCountry` false: the city alone).
 */
export function whereHeld(e: Edition, text: SiteTexts, withCountry = true): string {
  const l = e.location;
  if (!l) return text.get("where_online");
  const place = withCountry ? `${l.city}, ${l.country}` : l.city;
  return text.get(onlineOf(e) ? "where_hybrid" : "where_place", { place });
}
