// The schedule's slots as instants: ids, UTC start and end, and which slot presents a paper or keynote.
import type { EditionModel } from "./model.ts";
import type { Program, Slot, SlotKind } from "../schemas/program.ts";
import { ZoneClock } from "../lib/dates.ts";
import type { LabelKey } from "../lib/labels.ts";

/** The interface text naming each kind in words (the schedule never relies on colour alone). */
export const KIND_LABELS: Record<SlotKind, LabelKey> = {
  opening: "kind_opening",
  keynote: "kind_keynote",
  "paper-session": "kind_paper_session",
  papers: "kind_paper_session",
  break: "kind_break",
  lunch: "kind_lunch",
  panel: "kind_panel",
  closing: "kind_closing",
  other: "kind_other",
};

/** A slot with its day and its instants. */
export interface TimedSlot {
  slot: Slot;
  /** Its id: the one given, else `<date>-<HHMM>`. */
  id: string;
  date: string;
  zone: string;
  start: Date;
  end: Date;
  /** ISO 8601 with the workshop's offset, for `<time datetime>`. */
  startIso: string;
  endIso: string;
  room?: string;
}

/** The default id of a slot: its day and start, `2024-04-20-0830`. */
export function defaultSlotId(date: string, start: string): string {
  return `${date}-${start.replace(":", "")}`;
}

/** Every slot of a program with its instants, in the order written. */
export function timedSlots(program: Program): TimedSlot[] {
  // One clock for the program's zone: its formatters are made once, not once per instant.
  const clock = new ZoneClock(program.zone);
  return program.days.flatMap((day) =>
    day.slots.map((slot) => {
      const room = slot.room ?? program.room;
      return {
        slot,
        id: slot.id ?? defaultSlotId(day.date, slot.start),
        date: day.date,
        zone: program.zone,
        start: clock.toUtc(day.date, slot.start),
        end: clock.toUtc(day.date, slot.end),
        startIso: clock.iso(day.date, slot.start),
        endIso: clock.iso(day.date, slot.end),
        ...(room ? { room } : {}),
      };
    }),
  );
}

/** The person ids a slot presents as speakers. */
export function slotSpeakers(slot: Slot): string[] {
  return [...(slot.speaker ? [slot.speaker] : []), ...slot.speakers];
}

/**
 * The edition's slots with their instants (none without a program), worked out once per edition
 * and kept on it: every paper card asks for its slot, and each instant costs a time-zone lookup.
 */
export function editionSlots(edition: EditionModel): TimedSlot[] {
  edition.slots ??= edition.program ? timedSlots(edition.program) : [];
  return edition.slots;
}

/** The slot where a paper is presented, if the program has one. */
export function slotOfPaper(edition: EditionModel, paperId: string): TimedSlot | undefined {
  return editionSlots(edition).find((t) => t.slot.papers.includes(paperId));
}

/** The slot of a keynote speaker's talk, if the program has one. */
export function slotOfSpeaker(edition: EditionModel, personId: string): TimedSlot | undefined {
  return editionSlots(edition).find((t) => slotSpeakers(t.slot).includes(personId));
}
