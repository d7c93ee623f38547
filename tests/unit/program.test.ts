// program.yaml: references checked with file:line, slots as instants, and the calendar files
// (dates.ics, program.ics, one file per item) read back with a real iCalendar parser.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import ICAL from "ical.js";
import { ContentError } from "../../src/content/errors.ts";
import { loadSite } from "../../src/content/load.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { dateEvent, datesCalendar, programCalendar, singleCalendar, slotEvent } from "../../src/render/calendars.ts";
import type { RenderContext } from "../../src/render/context.ts";
import { siteLanguage } from "../../src/lib/language.ts";
import { timedSlots } from "../../src/content/program.ts";
import { Urls } from "../../src/lib/urls.ts";
import { calendarFiles } from "../../src/pages/calendars.11ty.ts";
import { render as programPage } from "../../src/pages/program.11ty.ts";
import { copyContent, edit, fixture } from "../helpers.ts";
import { Kept } from "../../src/lib/kept.ts";

const PROGRAM = `zone: Europe/Lisbon
room: Sala 1
days:
  - date: 2024-04-20
    slots:
      - { start: "08:30", end: "09:00", kind: opening, title: Opening }
      - { start: "09:00", end: "10:00", kind: keynote, title: "Keynote: open models for code, façade and all — a long title that needs folding in the calendar file", speaker: loubna-ben-allal, chair: lin-tan }
      - { id: papers-1, start: "10:30", end: "11:30", kind: paper-session, title: "Papers: evaluation; tools, and more", papers: [13, 95], room: "Room 2.1" }
      - { start: "23:30", end: "23:55", kind: closing, title: Late closing }
`;

function ctxOf(model: SiteModel, atRoot = false): RenderContext {
  const edition = model.editions.find((e) => e.year === 2024)!;
  return {
    model,
    edition,
    urls: new Urls("/", model.site.url),
    base: atRoot ? "/" : `/${edition.year}/`,
    permanentBase: `/${edition.year}/`,
    atRoot,
    archived: false,
    ...siteLanguage(model.site.language, model.labels),
    kept: new Kept(),
    images: {
      brand: { favicon: { width: 180, height: 180, sources: [{ format: "png", type: "image/png", files: [{ path: "brand/favicon-0-32.png", width: 32, height: 32 }, { path: "brand/favicon-0-180.png", width: 180, height: 180 }] }] } },
      banner: {} as RenderContext["images"]["banner"],
      speakers: {},
      share: async (key, title) => ({ path: `img/share-${key.replace(/\W/g, "") || "home"}.png`, width: 1200, height: 630, alt: title }),
    },
  };
}

function withProgram(text: string, workshopDay?: string): { model?: SiteModel; problems: string[]; root: string } {
  const { root, content, assets } = copyContent();
  writeFileSync(path.join(content, "2024/program.yaml"), text);
  if (workshopDay) edit(path.join(content, "2024/edition.yaml"), /^date: .*$/m, `date: ${workshopDay}`);
  try {
    return { model: loadSite({ contentDir: content, assetsDir: assets, relativeTo: root }), problems: [], root };
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return { problems: error.message.split("\n").slice(1), root };
  }
}

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

function assertWellFormed(ics: string): void {
  assert.ok(ics.endsWith("\r\n"), "ends with CRLF");
  assert.equal(ics.replace(/\r\n/g, "").includes("\n"), false, "every line ends with CRLF");
  for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line, "utf8") <= 75, `line longer than 75 octets: ${line}`);
  assert.equal(ics.includes("\uFFFD"), false);
}

test("program references are checked, each problem with file:line:column", () => {
  const { problems } = withProgram(`zone: "+01:00"
days:
  - date: 2024-04-20
    slots:
      - { start: "09:00", end: "10:00", kind: keynote, title: Keynote, speaker: ada-lovelace }
      - { start: "10:30", end: "10:00", kind: paper-session, title: Papers, papers: [13, 9999], chair: nobody-here }
      - { start: "11:00", end: "12:00", kind: panel, title: Panel, speakers: [loubna-ben-allal, grace-hopper] }
`);
  assert.deepEqual(problems, [
    "content/2024/program.yaml:1:7 program.zone: must be an IANA zone such as Europe/Lisbon, so that daylight saving is right",
    "content/2024/program.yaml:5:81 program.days[0].slots[0].speaker: no keynote by \"ada-lovelace\" in speakers.yaml",
    "content/2024/program.yaml:6:32 program.days[0].slots[1].end: ends (10:00) before it starts (10:30)",
    "content/2024/program.yaml:6:90 program.days[0].slots[1].papers[1]: no paper \"9999\" in papers.yaml",
    "content/2024/program.yaml:6:104 program.days[0].slots[1].chair: no person \"nobody-here\" in content/people.yaml",
    "content/2024/program.yaml:7:97 program.days[0].slots[2].speakers[1]: no keynote by \"grace-hopper\" in speakers.yaml",
  ]);
  // Kinds are a closed list; the message names every allowed one.
  const kind = withProgram(`zone: Europe/Lisbon
days:
  - date: 2024-04-20
    slots:
      - { start: "11:00", end: "12:30", kind: talk, title: Talk }
`);
  assert.deepEqual(kind.problems, [
    'content/2024/program.yaml:5:47 program.days[0].slots[0].kind: Invalid option: expected one of "opening"|"keynote"|"paper-session"|"papers"|"break"|"lunch"|"panel"|"closing"|"other"',
  ]);
});

test("two slots with the same id are refused", () => {
  const { problems } = withProgram(`zone: Europe/Lisbon
days:
  - date: 2024-04-20
    slots:
      - { start: "09:00", end: "10:00", kind: opening, title: A }
      - { start: "09:00", end: "09:30", kind: other, title: B }
`);
  assert.deepEqual(problems, ['content/2024/program.yaml:6:18 program.days[0].slots[1].start: two slots have the id "2024-04-20-0900"; give one an id']);
});

test("slots are instants in the workshop's zone", () => {
  const { model } = withProgram(PROGRAM);
  const slots = timedSlots(ctxOf(model!).edition.program!);
  assert.deepEqual(
    slots.map((t) => [t.id, t.start.toISOString(), t.room]),
    [
      ["2024-04-20-0830", "2024-04-20T07:30:00.000Z", "Sala 1"],
      ["2024-04-20-0900", "2024-04-20T08:00:00.000Z", "Sala 1"],
      ["papers-1", "2024-04-20T09:30:00.000Z", "Room 2.1"],
      ["2024-04-20-2330", "2024-04-20T22:30:00.000Z", "Sala 1"],
    ],
  );
});

test("program.ics: every slot, in UTC, with stable UIDs, read back by ical.js", () => {
  const { model } = withProgram(PROGRAM);
  const ctx = ctxOf(model!);
  const ics = programCalendar(ctx);
  assertWellFormed(ics);
  const list = events(ics);
  assert.equal(list.length, 4);
  const keynote = list[1]!;
  assert.equal(keynote.uid, "2024-slot-2024-04-20-0900@llm4code.github.io");
  assert.equal(keynote.summary, "LLM4Code 2024: Keynote: open models for code, façade and all — a long title that needs folding in the calendar file");
  assert.equal(keynote.startDate.toJSDate().toISOString(), "2024-04-20T08:00:00.000Z");
  assert.equal(keynote.endDate.toJSDate().toISOString(), "2024-04-20T09:00:00.000Z");
  assert.equal(keynote.location, "Sala 1, Lisbon, Portugal");
  assert.match(keynote.description, /^Keynote\.\nLoubna Ben Allal: Open development/);
  assert.match(keynote.description, /Chair: Lin Tan$/);
  const papers = list[2]!;
  assert.equal(papers.summary, "LLM4Code 2024: Papers: evaluation; tools, and more", "escaped ; and , come back");
  assert.match(ics, /SUMMARY:LLM4Code 2024: Papers: evaluation\\; tools\\, and more\r\n/);
  assert.equal(papers.component.getFirstPropertyValue("url"), "https://llm4code.github.io/2024/program/#slot-papers-1");
  assert.match(papers.description, /Can It Edit\?/);
  assert.match(ics, /DTSTAMP:20240226T000000Z\r\n/, "the stamp is the newest news item's day, not the clock");
  // The multibyte title is folded between characters, never inside one.
  assert.ok(ics.split("\r\n").some((l) => l.startsWith(" ")), "long lines are folded");
});

test("dates.ics: deadlines as moments (no DTEND), the workshop as an all-day event, moves counted in SEQUENCE", () => {
  const model = loadSite({ contentDir: fixture().content, assetsDir: fixture().assets });
  const ctx = ctxOf(model, true);
  const ics = datesCalendar(ctx);
  assertWellFormed(ics);
  const list = events(ics);
  assert.deepEqual(
    list.map((e) => [e.uid, e.summary, e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString(), e.sequence]),
    [
      ["2024-date-submission@llm4code.github.io", "LLM4Code 2024: Paper submission", "2023-12-08T11:59:00.000Z", 1],
      ["2024-date-notification@llm4code.github.io", "LLM4Code 2024: Notification of acceptance", "2024-01-16T11:59:00.000Z", 2],
      ["2024-date-camera-ready@llm4code.github.io", "LLM4Code 2024: Camera-ready papers", "2024-01-26T11:59:00.000Z", 0],
      ["2024-date-workshop@llm4code.github.io", "LLM4Code 2024: Workshop day", "2024-04-20", 2],
    ],
  );
  const submission = list[0]!;
  assert.equal(submission.component.hasProperty("dtend"), false);
  assert.equal(submission.component.getFirstPropertyValue("transp"), "TRANSPARENT");
  assert.match(submission.description, /7 December 2023, 23:59 AoE \(UTC−12\)\. Earlier announced: 9 November 2023\./);
  const workshop = list[3]!;
  assert.equal(workshop.endDate.toString(), "2024-04-21");
  // The root copy and the /2024/ copy describe the same events: same UIDs, same bytes.
  assert.equal(datesCalendar(ctxOf(model, false)), ics);
});

test("one calendar file per date and per slot, beside each copy of the edition", () => {
  const { model } = withProgram(PROGRAM);
  const permanent = calendarFiles(ctxOf(model!, false)).map((f) => f.path);
  assert.deepEqual(permanent, [
    "/2024/dates.ics",
    "/2024/program.ics",
    "/2024/dates/submission.ics",
    "/2024/dates/notification.ics",
    "/2024/dates/camera-ready.ics",
    "/2024/dates/workshop.ics",
    "/2024/program/2024-04-20-0830.ics",
    "/2024/program/2024-04-20-0900.ics",
    "/2024/program/papers-1.ics",
    "/2024/program/2024-04-20-2330.ics",
  ]);
  assert.deepEqual(
    calendarFiles(ctxOf(model!, true)).map((f) => f.path),
    permanent.map((p) => p.replace(/^\/2024\//, "/")),
  );
  const ctx = ctxOf(model!);
  const one = singleCalendar(ctx, slotEvent(ctx, timedSlots(ctx.edition.program!)[2]!));
  assertWellFormed(one);
  const [event] = events(one);
  assert.equal(event!.uid, "2024-slot-papers-1@llm4code.github.io");
  assert.equal(event!.startDate.toJSDate().toISOString(), "2024-04-20T09:30:00.000Z");
  const date = events(singleCalendar(ctx, dateEvent(ctx, ctx.edition.dates[0]!)));
  assert.equal(date.length, 1);
  assert.equal(date[0]!.startDate.toJSDate().toISOString(), "2023-12-08T11:59:00.000Z");
});

test("the Program page: a partial program keeps the link to the full one; without program.yaml only the link", async () => {
  const partial = withProgram(`zone: Europe/Lisbon
partial: true
days:
  - date: 2024-04-20
    slots:
      - { start: "09:00", end: "10:00", kind: keynote, title: First keynote, speaker: loubna-ben-allal }
`);
  const withSome = await programPage({ ctx: ctxOf(partial.model!) });
  assert.match(withSome, /<table class="program">/);
  assert.match(withSome, /href="https:\/\/conf\.researchr\.org\/program\/icse-2024\/program-icse-2024\/\?track=LLM4Code"/);
  assert.match(withSome, /<script src="\/js\/program\.js" defer><\/script>/);
  const full = await programPage({ ctx: ctxOf(withProgram(PROGRAM).model!) });
  assert.equal(full.includes("conf.researchr.org/program"), false, "a full program needs no external link");
  const none = await programPage({ ctx: ctxOf(loadSite({ contentDir: fixture().content, assetsDir: fixture().assets })) });
  assert.equal(none.includes("<table"), false);
  assert.match(none, /conf\.researchr\.org\/program/);
});

test("a time the clocks skip for daylight saving is refused, in the program and in dates.yaml", () => {
  // Lisbon went from 01:00 straight to 02:00 on 31 March 2024.
  const { problems } = withProgram(`zone: Europe/Lisbon
days:
  - date: 2024-03-31
    slots:
      - { start: "01:30", end: "03:00", kind: other, title: Night session }
`, "2024-03-31");
  assert.deepEqual(problems, ["content/2024/program.yaml:5:18 program.days[0].slots[0].start: 01:30 does not exist in Europe/Lisbon on 2024-03-31: the clocks skip it for daylight saving"]);
  const { root, content, assets } = copyContent();
  writeFileSync(
    path.join(content, "2024/dates.yaml"),
    `- { id: a, label: A, date: 2024-03-10, time: "02:15", zone: America/Los_Angeles }
- { id: b, label: B, date: 2024-03-11, time: "02:15", zone: America/Los_Angeles, previously: [{ date: 2024-03-10 , time: "02:59" }] }
`,
  );
  try {
    loadSite({ contentDir: content, assetsDir: assets, relativeTo: root });
    assert.fail("expected the content to be rejected");
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    assert.deepEqual(error.message.split("\n").slice(1), [
      "content/2024/dates.yaml:1:46 dates[0].time: 02:15 does not exist in America/Los_Angeles on 2024-03-10: the clocks skip it for daylight saving",
      "content/2024/dates.yaml:2:122 dates[1].previously[0].time: 02:59 does not exist in America/Los_Angeles on 2024-03-10: the clocks skip it for daylight saving",
    ]);
  }
});
