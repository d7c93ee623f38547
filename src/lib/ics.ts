// iCalendar (RFC 5545) files, written with ical-generator: CRLF line ends, lines folded at 75
// octets, text escaped, every time in UTC (or a bare day for whole-day events). The output depends
// only on its input: the stamp is given, never read from the clock.
import ical, { ICalCalendarMethod, ICalEventTransparency } from "ical-generator";

/** One calendar entry. */
export interface CalendarEvent {
  /** Globally unique and stable across builds, e.g. `2024-date-submission@llm4code.github.io`. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  start: Date;
  /** Exclusive end; equal to start for a moment such as a deadline. */
  end: Date;
  /** A whole day (or days): start and end are taken as UTC midnights of the days meant. */
  allDay?: boolean;
  /** Revision number: how many times the entry has moved. */
  sequence?: number;
  /** Does not block time in the calendar (deadlines). */
  transparent?: boolean;
}

export interface CalendarFile {
  /** Calendar name shown by calendar apps. */
  name: string;
  /** The DTSTAMP of every entry: derived from content so two builds give the same bytes. */
  stamp: Date;
  events: readonly CalendarEvent[];
}

/** The text of a `.ics` file. */
export function icsFile(file: CalendarFile): string {
  const calendar = ical({
    name: file.name,
    prodId: { company: "Colloquy", product: "Colloquy", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of file.events) {
    calendar.createEvent({
      id: e.uid,
      stamp: file.stamp,
      start: e.start,
      // A moment has no DTEND (RFC 5545 §3.6.1: it then ends when it starts); DTEND must be later.
      ...(e.end.getTime() > e.start.getTime() ? { end: e.end } : {}),
      allDay: e.allDay ?? false,
      summary: e.summary,
      ...(e.description ? { description: e.description } : {}),
      ...(e.location ? { location: e.location } : {}),
      ...(e.url ? { url: e.url } : {}),
      sequence: e.sequence ?? 0,
      ...(e.transparent ? { transparency: ICalEventTransparency.TRANSPARENT } : {}),
    });
  }
  // Every content line ends with CRLF, the last one included (RFC 5545 §3.1).
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
