// Every shape of a workshop: co-located or standalone, in person, online or hybrid, one day or
// several. The schema's rules, the day ranges, the positioned content errors, and how each shape
// reads in the key facts, the banner, the archive notice, JSON-LD and the calendar entries.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { bannerAlt } from "../../src/components/banner.ts";
import { archiveNotice } from "../../src/components/editions.ts";
import { keyFacts } from "../../src/components/home.ts";
import { loadSite } from "../../src/content/load.ts";
import type { SiteModel } from "../../src/content/model.ts";
import { lineText, singleLineCall } from "../../src/images/banner-code.ts";
import { bannerArgs } from "../../src/images/site-images.ts";
import { attendanceOf, isWorkshopDay, lastDayOf } from "../../src/content/attendance.ts";
import { slotEvent } from "../../src/render/calendars.ts";
import type { RenderContext } from "../../src/render/context.ts";
import { siteLanguage } from "../../src/lib/language.ts";
import { timedSlots } from "../../src/content/program.ts";
import { Urls } from "../../src/lib/urls.ts";
import { editionSchema } from "../../src/schemas/edition.ts";
import { eventJsonLd, jsonLdScript } from "../../src/seo/json-ld.ts";
import { eventProblems } from "../json-ld-shapes.ts";
import { copyContent, edit, problemsOf } from "../helpers.ts";
import { Kept } from "../../src/lib/kept.ts";

const BASE = { year: 2030, ordinal: 1, title: "A Workshop", date: "2030-12-12", zone: "Europe/Lisbon" };
const LISBON = { city: "Lisbon", country: "Portugal" };

function issues(input: Record<string, unknown>): string[] {
  const result = editionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

test("the edition schema takes every shape: standalone, online, hybrid, several days", () => {
  assert.deepEqual(issues({ ...BASE, location: LISBON }), [], "standalone, in person");
  assert.deepEqual(issues({ ...BASE, online: true }), [], "online, no link published");
  assert.deepEqual(issues({ ...BASE, online: { url: "https://meet.example.org/ws", platform: "Zoom" } }), [], "online with a link");
  assert.deepEqual(issues({ ...BASE, location: LISBON, online: { url: "https://meet.example.org/ws" } }), [], "hybrid");
  assert.deepEqual(issues({ ...BASE, location: LISBON, end_date: "2030-12-12" }), [], "end_date may be the first day");
  assert.deepEqual(issues({ ...BASE, location: LISBON, end_date: "2031-01-02" }), [], "across a year");
  const parsed = editionSchema.parse({ ...BASE, location: LISBON, online: { url: "https://meet.example.org/ws" }, end_date: "2030-12-13" });
  assert.equal(attendanceOf(parsed), "hybrid");
  assert.equal(lastDayOf(parsed), "2030-12-13");
  assert.deepEqual(["2030-12-11", "2030-12-12", "2030-12-13", "2030-12-14"].map((d) => isWorkshopDay(parsed, d)), [false, true, true, false]);
  assert.equal(attendanceOf(editionSchema.parse({ ...BASE, online: true })), "online");
  assert.equal(attendanceOf(editionSchema.parse({ ...BASE, location: LISBON, online: false })), "in-person");
});

test("the edition schema refuses a workshop with no place and not online, an end before the start, and unsafe links", () => {
  const nowhere = ["location: is required unless the workshop is online: give a place (location), online, or both"];
  assert.deepEqual(issues(BASE), nowhere);
  assert.deepEqual(issues({ ...BASE, online: false }), nowhere, "online: false is in person only, so it needs a place");
  assert.deepEqual(issues({ ...BASE, location: LISBON, end_date: "2030-12-11" }), ["end_date: is 2030-12-11, before the first day (date: 2030-12-12)"]);
  assert.deepEqual(issues({ ...BASE, location: LISBON, end_date: "2030-02-30" }), ["end_date: is not a real calendar date"]);
  assert.equal(issues({ ...BASE, online: { url: "javascript:alert(1)" } }).length, 1);
  assert.equal(issues({ ...BASE, online: { url: "https://meet.example.org/", room: 4 } }).length, 1, "no unknown field in online");
  assert.equal(issues({ ...BASE, online: "yes" }).length, 1);
});

test("day ranges: one day, within a month, across months, across years (en-GB and en-US)", () => {
  // Intl sets the dash of a range between thin spaces; compared here with plain ones.
  const range = (locale: string, a: string, b: string) => siteLanguage(locale).format.dayRange(a, b).replace(/\s/g, " ");
  assert.equal(range("en-GB", "2026-12-12", "2026-12-12"), "12 December 2026");
  assert.equal(range("en-GB", "2026-12-12", "2026-12-13"), "12 – 13 December 2026");
  assert.equal(range("en-GB", "2026-11-30", "2026-12-01"), "30 November – 1 December 2026");
  assert.equal(range("en-GB", "2026-12-31", "2027-01-01"), "31 December 2026 – 1 January 2027");
  assert.equal(range("en-US", "2026-12-12", "2026-12-13"), "December 12 – 13, 2026");
  assert.equal(range("en-US", "2026-11-30", "2026-12-01"), "November 30 – December 1, 2026");
});

test("no place and not online, an end_date before date, a program day outside the workshop or listed twice are errors at file:line:col", () => {
  const { root, content, assets } = copyContent();
  edit(path.join(content, "2024/edition.yaml"), "location:\n  city: Lisbon\n  country: Portugal\n", "");
  edit(path.join(content, "2025/edition.yaml"), "date: 2025-05-03\n", "date: 2025-05-03\nend_date: 2025-05-02\n");
  edit(path.join(content, "2026/edition.yaml"), "date: 2026-04-14\n", "date: 2026-04-14\nend_date: 2026-04-15\n");
  edit(path.join(content, "2026/program.yaml"), /\n*$/, `
  - date: 2026-04-15
    slots:
      - { start: "09:00", end: "10:00", kind: other, title: Day two }
  - date: 2026-04-16
    slots:
      - { start: "09:00", end: "10:00", kind: other, title: Day three }
  - date: 2026-04-15
    slots:
      - { start: "11:00", end: "12:00", kind: other, title: Day two again }
`);
  assert.deepEqual(problemsOf(content, assets, root), [
    "content/2024/edition.yaml:4:1 edition.location: is required unless the workshop is online: give a place (location), online, or both",
    "content/2025/edition.yaml:15:11 edition.end_date: is 2025-05-02, before the first day (date: 2025-05-03)",
    "content/2026/program.yaml:29:11 program.days[2].date: 2026-04-16 is not a day of the workshop: edition.yaml has it from 2026-04-14 to 2026-04-15",
    "content/2026/program.yaml:32:11 program.days[3].date: duplicate day 2026-04-15 (also at index 1); put its slots under one day",
  ]);
  // A one-day workshop says so.
  edit(path.join(content, "2026/edition.yaml"), "end_date: 2026-04-15\n", "");
  edit(path.join(content, "2024/edition.yaml"), "date: 2024-04-20\n", "date: 2024-04-20\nonline: true\n");
  edit(path.join(content, "2025/edition.yaml"), "end_date: 2025-05-02\n", "");
  assert.deepEqual(problemsOf(content, assets, root), [
    "content/2026/program.yaml:26:11 program.days[1].date: 2026-04-15 is not a day of the workshop: edition.yaml has it on 2026-04-14",
    "content/2026/program.yaml:29:11 program.days[2].date: 2026-04-16 is not a day of the workshop: edition.yaml has it on 2026-04-14",
    "content/2026/program.yaml:32:11 program.days[3].date: 2026-04-15 is not a day of the workshop: edition.yaml has it on 2026-04-14",
    "content/2026/program.yaml:32:11 program.days[3].date: duplicate day 2026-04-15 (also at index 1); put its slots under one day",
  ]);
});

/** The 2026 edition of a content copy after `change` edits its edition.yaml, rendered as an archive. */
function shaped(change: (file: string) => void): { ctx: RenderContext; model: SiteModel } {
  const { root, content, assets } = copyContent();
  const file = path.join(content, "2026/edition.yaml");
  change(file);
  writeFileSync(
    path.join(content, "2026/program.yaml"),
    `zone: America/Sao_Paulo
room: Oceania I
days:
  - date: 2026-04-14
    slots:
      - { id: opening, start: "09:00", end: "09:10", kind: opening, title: Opening }
`,
  );
  const model = loadSite({ contentDir: content, assetsDir: assets, relativeTo: root });
  const edition = model.editions.find((e) => e.year === 2026)!;
  const ctx: RenderContext = {
    model: { ...model, current: model.editions[0]! },
    edition,
    urls: new Urls("/", model.site.url),
    ...siteLanguage(model.site.language, model.labels),
    kept: new Kept(),
    base: "/2026/",
    permanentBase: "/2026/",
    atRoot: false,
    archived: true,
    images: { banner: {} as RenderContext["images"]["banner"], speakers: {}, brand: { favicon: { width: 32, height: 32, sources: [] } }, share: async () => ({ path: "img/s.png", width: 1200, height: 630, alt: "" }) },
  };
  return { ctx, model };
}

const standalone = (file: string) => edit(file, /colocated_with:\n(  .*\n)+/, "");
const unplaced = (file: string) => edit(file, /location:\n(  .*\n)+/, "");
const addAfterDate = (file: string, lines: string) => edit(file, "date: 2026-04-14\n", `date: 2026-04-14\n${lines}`);

test("an online, standalone, two-day workshop reads so everywhere", () => {
  const { ctx, model } = shaped((file) => {
    standalone(file);
    unplaced(file);
    addAfterDate(file, "end_date: 2026-04-15\nonline:\n  url: https://meet.example.org/llm4code\n  platform: Zoom\n");
  });
  const facts = keyFacts(ctx).toString();
  assert.equal(facts.includes("Co-located with"), false);
  assert.match(facts, /<dt>Place<\/dt><dd><svg[^]*?<\/svg> Online \(Zoom\) · <a href="https:\/\/meet\.example\.org\/llm4code">Join online<\/a><\/dd>/);
  const days = ctx.format.dayRange("2026-04-14", "2026-04-15");
  assert.equal(days.replace(/\s/g, " "), "14 – 15 April 2026");
  assert.ok(facts.includes(`<dt>Dates</dt>`) && facts.includes(`</svg> ${days}</dd>`), facts);
  assert.equal(bannerAlt(ctx), `LLM4Code 2026: workshop, ${days}, online.`);
  assert.ok(archiveNotice(ctx).toString().includes(`archive of LLM4Code 2026, held online on ${days}.`));
  assert.equal(
    lineText(singleLineCall("Workshop", bannerArgs(model, ctx.edition, ctx.format))[0]!),
    "Workshop(name='LLM4Code', date='14 Apr 2026', end_date='15 Apr 2026', online=True)",
  );
  assert.equal(singleLineCall("Workshop", bannerArgs(model, ctx.edition, ctx.format))[0]!.find((t) => t.text === "True")?.kind, "constant");
  const event = eventJsonLd(ctx);
  assert.deepEqual(eventProblems(event), []);
  assert.equal(event.eventAttendanceMode, "https://schema.org/OnlineEventAttendanceMode");
  assert.deepEqual(event.location, { "@type": "VirtualLocation", url: "https://meet.example.org/llm4code", name: "Zoom" });
  assert.deepEqual([event.startDate, event.endDate], ["2026-04-14", "2026-04-15"]);
  assert.equal("superEvent" in event, false);
  const slot = slotEvent(ctx, timedSlots(ctx.edition.program!)[0]!);
  assert.equal(slot.location, "https://meet.example.org/llm4code");
  assert.match(slot.description!, /\nJoin online \(Zoom\): https:\/\/meet\.example\.org\/llm4code$/);
});

test("a hybrid workshop shows its place and the online part; online: true without a link falls back to the edition's page", () => {
  const { ctx } = shaped((file) => addAfterDate(file, "online: true\n"));
  const facts = keyFacts(ctx).toString();
  assert.match(facts, /Co-located with/);
  assert.match(facts, /<dt>Place<\/dt><dd><svg[^]*?<\/svg> Rio de Janeiro, Brazil<\/dd>/);
  assert.match(facts, /<dt>Attendance<\/dt><dd><svg[^]*?<\/svg> Hybrid: in person and online<\/dd>/);
  assert.equal(facts.includes("Join online"), false, "no link to join when none is published");
  assert.match(facts, /<time datetime="2026-04-14">Tuesday, 14 April 2026<\/time>/);
  assert.equal(bannerAlt(ctx), "LLM4Code 2026: workshop at ICSE, 14 April 2026, in Rio de Janeiro, Brazil and online.");
  assert.match(archiveNotice(ctx).toString(), /held in Rio de Janeiro and online on 14 April 2026\./);
  const event = eventJsonLd(ctx);
  assert.deepEqual(eventProblems(event), []);
  assert.equal(event.eventAttendanceMode, "https://schema.org/MixedEventAttendanceMode");
  const [place, virtual] = event.location as Record<string, unknown>[];
  assert.equal(place!["@type"], "Place");
  assert.deepEqual(virtual, { "@type": "VirtualLocation", url: "https://llm4code.github.io/2026/" });
  assert.equal(event.endDate, "2026-04-14");
  const slot = slotEvent(ctx, timedSlots(ctx.edition.program!)[0]!);
  assert.equal(slot.location, "Oceania I, Rio de Janeiro, Brazil");
  assert.equal(slot.description, "Opening.");
});

test("an in-person, co-located, one-day workshop reads as it always did", () => {
  const { ctx, model } = shaped(() => {});
  assert.equal(bannerAlt(ctx), "LLM4Code 2026: workshop at ICSE, 14 April 2026, in Rio de Janeiro, Brazil.");
  assert.match(archiveNotice(ctx).toString(), /held in Rio de Janeiro on 14 April 2026\./);
  assert.equal(
    lineText(singleLineCall("Workshop", bannerArgs(model, ctx.edition, ctx.format))[0]!),
    "Workshop(name='LLM4Code', main_conf='ICSE', date='14 Apr 2026', location='Rio de Janeiro, Brazil')",
  );
  const event = eventJsonLd(ctx);
  assert.equal(event.eventAttendanceMode, "https://schema.org/OfflineEventAttendanceMode");
  assert.equal((event.location as Record<string, unknown>)["@type"], "Place");
  assert.equal(keyFacts(ctx).toString().includes("Attendance"), false);
});

test("the platform's name and the link are escaped in the key facts and the JSON-LD", () => {
  const { ctx } = shaped((file) => addAfterDate(file, `online:\n  url: "https://meet.example.org/?a=1&b=\\"2\\""\n  platform: "<script>alert(1)</script>"\n`));
  const facts = keyFacts(ctx).toString();
  assert.equal(facts.includes("<script>"), false);
  assert.match(facts, /Hybrid: in person and online \(&lt;script&gt;alert\(1\)&lt;\/script&gt;\)/);
  assert.match(facts, /<a href="https:\/\/meet\.example\.org\/\?a=1&amp;b=&quot;2&quot;">Join online<\/a>/);
  assert.equal(jsonLdScript(eventJsonLd(ctx)).toString().includes("<script>alert"), false);
});
