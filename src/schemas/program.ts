// content/<year>/program.yaml (optional): the workshop's schedule.
import { z } from "zod";
import { clockTime, id, isoDate, text, zone } from "./common.ts";

export const slotSchema = z
  .strictObject({
    start: clockTime.describe("Start, HH:MM local time."),
    end: clockTime.describe("End, HH:MM local time."),
    kind: z.enum(["opening", "keynote", "papers", "break", "lunch", "panel", "closing", "other"]).describe("The kind of slot."),
    title: text.describe("What happens."),
    room: text.optional().describe("Room."),
    chair: id.optional().describe("Session chair, a person id."),
    speaker: id.optional().describe("For a keynote: the speaker's person id (from speakers.yaml)."),
    papers: z.array(z.union([z.string(), z.number()]).transform(String)).default([]).describe("For a paper session: paper ids."),
  })
  .describe("A slot of the schedule.");

export const programSchema = z
  .strictObject({
    zone: zone.describe("The workshop's IANA time zone."),
    days: z
      .array(z.strictObject({ date: isoDate.describe("The day."), slots: z.array(slotSchema).min(1).describe("Slots, in order.") }))
      .min(1)
      .describe("Days of the workshop."),
  })
  .describe("The schedule (content/<year>/program.yaml).");

export type Program = z.infer<typeof programSchema>;
export type Slot = z.infer<typeof slotSchema>;
