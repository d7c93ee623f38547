// content/<year>/program.yaml (optional): the workshop's schedule, in the workshop's IANA zone.
import { z } from "zod";
import { clockTime, id, isoDate, text, zone } from "./common.ts";

/** Kinds of slot. `papers` and `paper-session` mean the same; `lunch` is a kind of break. */
export const SLOT_KINDS = ["opening", "keynote", "paper-session", "papers", "break", "lunch", "panel", "closing", "other"] as const;

export const slotSchema = z
  .strictObject({
    /** Stable id for the slot's anchor and calendar entry; defaults to `<date>-<HHMM>` of its start. */
    id: id.optional().describe("Stable id for the slot's anchor and calendar entry; defaults to <date>-<HHMM> of its start."),
    /** Start, `HH:MM` in the workshop's zone. */
    start: clockTime.describe("Start, HH:MM local time."),
    /** End, `HH:MM` in the workshop's zone, after the start. */
    end: clockTime.describe("End, HH:MM local time."),
    /** What kind of slot: opening, keynote, paper-session (or papers), break, lunch, panel, closing, other. */
    kind: z.enum(SLOT_KINDS).describe("The kind of slot."),
    /** What happens. */
    title: text.describe("What happens."),
    /** Room; defaults to the program's room. */
    room: text.optional().describe("Room; defaults to the program's room."),
    /** Session chair, a person id from people.yaml. */
    chair: id.optional().describe("Session chair, a person id."),
    /** For a keynote: the speaker's person id (from speakers.yaml). */
    speaker: id.optional().describe("For a keynote: the speaker's person id (from speakers.yaml)."),
    /** Further speakers (panel members, several keynotes): person ids from speakers.yaml. */
    speakers: z.array(id).default([]).describe("Further speakers: person ids from speakers.yaml."),
    /** For a paper session: paper ids from papers.yaml, in order of presentation. */
    papers: z.array(z.union([z.string(), z.number()]).transform(String)).default([]).describe("For a paper session: paper ids."),
  })
  .describe("A slot of the schedule.");

export const programSchema = z
  .strictObject({
    /** The workshop's IANA time zone, e.g. `Europe/Lisbon`; every time of the program is in it. */
    zone: zone.describe("The workshop's IANA time zone."),
    /** The room of every slot that names none. */
    room: text.optional().describe("The room of every slot that names none."),
    /** True when the program lists only part of the day (or days); the page then also links to program_url. */
    partial: z.boolean().default(false).describe("True when only part of the day is listed; the page also links to the full program (program_url)."),
    days: z
      .array(z.strictObject({ date: isoDate.describe("The day: one of the workshop's days, from date to end_date in edition.yaml."), slots: z.array(slotSchema).min(1).describe("Slots, in order.") }))
      .min(1)
      .describe("Days of the workshop."),
  })
  .describe("The schedule (content/<year>/program.yaml).");

export type Program = z.infer<typeof programSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type SlotKind = Slot["kind"];
