// content/<year>/dates.yaml: important dates as instants with a time zone, with their extension history.
import { z } from "zod";
import { clockTime, id, isoDate, text, zone } from "./common.ts";

/** A moment: a day, an optional time (the whole day when absent) and a zone. */
export const instantSchema = z
  .strictObject({
    date: isoDate.describe("The day, YYYY-MM-DD."),
    time: clockTime.optional().describe("The time, HH:MM; when absent the date means the end of that day."),
    zone: zone.optional().describe("Time zone; defaults to the date's zone."),
  })
  .describe("A moment.");

export const importantDateSchema = z
  .strictObject({
    /** Stable id, used for anchors and calendar entries. */
    id: id.describe("Stable id, used for anchors and calendar entries."),
    /** What happens, e.g. `Paper submission`. */
    label: text.describe("What happens, e.g. Paper submission."),
    /** The day. */
    date: isoDate.describe("The day, YYYY-MM-DD."),
    /** The time of day, `HH:MM`; without it the date means the whole day (deadlines: the end of it). */
    time: clockTime.optional().describe("The time, HH:MM; without it the date is the whole day."),
    /** The zone of this date: `AoE`, `UTC`, an offset or an IANA name. */
    zone: zone.describe("The zone: AoE, UTC, an offset such as +02:00, or an IANA name."),
    /** `deadline` (the default): a moment, the end of the day when no time is given; `event`: something that happens, the whole day when no time is given. */
    kind: z.enum(["deadline", "event"]).default("deadline").describe("deadline (default): a moment, the end of the day without a time; event: the whole day without a time."),
    /** Earlier values of this date, oldest first, shown struck through. */
    previously: z.array(instantSchema).default([]).describe("Earlier values, oldest first, shown struck through."),
  })
  .describe("An important date.");

export const datesSchema = z.array(importantDateSchema).describe("Important dates (content/<year>/dates.yaml).");

export type ImportantDate = z.infer<typeof importantDateSchema>;
export type Instant = z.infer<typeof instantSchema>;
