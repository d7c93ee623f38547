// A built site whose editions take other shapes: the current one (2026) an online, standalone
// workshop of two days with a program on both, an archived one (2025) a hybrid workshop at its
// conference. Checks the home key facts, the banner text, the archive notice, the JSON-LD Event,
// the program pages and the calendar files, that every link resolves and the pages are valid HTML.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import ICAL from "ical.js";
import { buildSite } from "../../scripts/build.ts";
import { copyContent, edit, ROOT } from "../helpers.ts";
import { eventProblems } from "../json-ld-shapes.ts";
import { checkLinks } from "./links.ts";

let out = "";
const read = (file: string) => readFileSync(path.join(out, file), "utf8");

before(async () => {
  const { content, assets } = copyContent();
  // 2026: online only (Zoom), no conference, 14–15 April, a slot on the second day.
  const e2026 = path.join(content, "2026/edition.yaml");
  edit(e2026, /colocated_with:\n(  .*\n)+/, "");
  edit(e2026, /location:\n(  .*\n)+/, "");
  edit(e2026, "date: 2026-04-14\n", "date: 2026-04-14\nend_date: 2026-04-15\nonline:\n  url: https://meet.example.org/llm4code-2026\n  platform: Zoom\n");
  edit(path.join(content, "2026/program.yaml"), /\n*$/, `
  - date: 2026-04-15
    slots:
      - { id: day-two-panel, start: "14:00", end: "15:00", kind: panel, title: Panel on the second day, room: Breakout 2 }
`);
  // 2025: in Ottawa and online, at ICSE 2025, one day, with a program of its own.
  edit(path.join(content, "2025/edition.yaml"), "date: 2025-05-03\n", "date: 2025-05-03\nonline:\n  url: https://stream.example.org/llm4code-2025\n");
  writeFileSync(
    path.join(content, "2025/program.yaml"),
    `zone: America/Toronto
room: Room 101
days:
  - date: 2025-05-03
    slots:
      - { id: opening, start: "09:00", end: "09:15", kind: opening, title: Opening }
`,
  );
  out = await buildSite({ output: path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-shapes-")), "site"), content, assets, quiet: true });
});

function eventOf(page: string): Record<string, unknown> {
  const blocks = [...read(page).matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
  assert.equal(blocks.length, 1, `${page}: one JSON-LD block`);
  return blocks[0];
}

function events(file: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(read(file))).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

const facts = (page: string) => /<dl class="key-facts">[^]*?<\/dl>/.exec(read(page))![0].replace(/<svg[^]*?<\/svg>/g, "").replace(/\s+/g, " ");

test("an online, standalone, two-day workshop: key facts, banner text, footer and editions menu", () => {
  for (const page of ["index.html", "2026/index.html"]) {
    const dl = facts(page);
    assert.equal(dl.includes("Co-located with"), false, page);
    assert.match(dl, /<dt>Place<\/dt><dd> Online \(Zoom\) · <a href="https:\/\/meet\.example\.org\/llm4code-2026">Join online<\/a><\/dd>/, page);
    assert.match(dl, /<dt>Dates<\/dt><dd> 14 – 15 April 2026<\/dd>/, page);
    const html = read(page);
    assert.match(html, /alt="LLM4Code 2026: workshop, 14\s–\s15 April 2026, online\."/);
    assert.equal(/co-located with/i.test(/<footer[^]*<\/footer>/.exec(html)![0]), false, "the footer names no conference");
    assert.match(html, /<span class="editions__year">2026<\/span> <span class="editions__place">Online<\/span>/);
  }
  assert.match(read("2026/dates/index.html"), /<meta name="description" content="Deadlines and the workshop days of LLM4Code 2026\.">/);
});

test("an online, two-day workshop in JSON-LD: OnlineEventAttendanceMode, a VirtualLocation, an endDate", () => {
  const event = eventOf("2026/index.html");
  assert.deepEqual(eventProblems(event), []);
  assert.equal(event.eventAttendanceMode, "https://schema.org/OnlineEventAttendanceMode");
  assert.deepEqual(event.location, { "@type": "VirtualLocation", url: "https://meet.example.org/llm4code-2026", name: "Zoom" });
  assert.equal(event.startDate, "2026-04-14");
  assert.equal(event.endDate, "2026-04-15");
  assert.equal(event.superEvent, undefined);
  assert.deepEqual(eventOf("index.html"), event);
});

test("a two-day program: one table per day, a slot on the second day, in the calendars with the online link", () => {
  const program = read("2026/program/index.html");
  assert.match(program, /<h2 id="day-2026-04-14">Tuesday, 14 April 2026<\/h2>/);
  assert.match(program, /<h2 id="day-2026-04-15">Wednesday, 15 April 2026<\/h2>[^]*id="slot-day-two-panel"[^]*Panel on the second day/);
  assert.match(program, /The full program, with any last-minute changes, is on the program site\./);
  assert.match(program, />See the full program<\/a>/);
  const all = events("2026/program.ics");
  assert.equal(all.length, 4, "three keynotes on the first day and the panel on the second");
  const panel = all.find((e) => e.uid === "2026-slot-day-two-panel@llm4code.github.io")!;
  assert.equal(panel.startDate.toJSDate().toISOString(), "2026-04-15T17:00:00.000Z", "14:00 in São Paulo is 17:00 UTC");
  assert.equal(panel.location, "https://meet.example.org/llm4code-2026");
  assert.match(panel.description, /Join online \(Zoom\): https:\/\/meet\.example\.org\/llm4code-2026/);
  const own = read("2026/program/day-two-panel.ics");
  assert.match(own, /\r\nLOCATION:https:\/\/meet\.example\.org\/llm4code-2026\r\n/);
  assert.match(own, /\r\nURL(;VALUE=URI)?:https:\/\/llm4code\.github\.io\/2026\/program\/#slot-day-two-panel\r\n/);
});

test("a hybrid workshop: place and attendance in the key facts, the archive notice, Mixed attendance in JSON-LD, the place in the calendar", () => {
  const dl = facts("2025/index.html");
  assert.match(dl, /<dt>Co-located with<\/dt><dd><a href="https:\/\/conf\.researchr\.org\/home\/icse-2025">ICSE 2025<\/a><\/dd>/);
  assert.match(dl, /<dt>Place<\/dt><dd> Ottawa, Canada<\/dd>/);
  assert.match(dl, /<dt>Attendance<\/dt><dd> Hybrid: in person and online · <a href="https:\/\/stream\.example\.org\/llm4code-2025">Join online<\/a><\/dd>/);
  assert.match(dl, /<dt>Date<\/dt><dd> <time datetime="2025-05-03">Saturday, 3 May 2025<\/time><\/dd>/);
  const home = read("2025/index.html");
  assert.match(home, /You are looking at the archive of LLM4Code 2025, held in Ottawa and online on 3 May 2025\./);
  assert.match(home, /alt="LLM4Code 2025: workshop at ICSE, 3 May 2025, in Ottawa, Canada and online\."/);
  const event = eventOf("2025/index.html");
  assert.deepEqual(eventProblems(event), []);
  assert.equal(event.eventAttendanceMode, "https://schema.org/MixedEventAttendanceMode");
  assert.deepEqual(event.location, [
    { "@type": "Place", name: "Ottawa, Canada", address: { "@type": "PostalAddress", addressLocality: "Ottawa", addressCountry: "Canada" } },
    { "@type": "VirtualLocation", url: "https://stream.example.org/llm4code-2025" },
  ]);
  assert.equal(event.endDate, "2025-05-03");
  assert.deepEqual(event.superEvent, { "@type": "Event", name: "ICSE 2025", url: "https://conf.researchr.org/home/icse-2025" });
  const [opening] = events("2025/program/opening.ics");
  assert.equal(opening!.location, "Room 101, Ottawa, Canada");
  assert.equal(opening!.description, "Opening.\nJoin online: https://stream.example.org/llm4code-2025");
  // The in-person 2024 edition is unchanged.
  assert.match(facts("2024/index.html"), /<dt>Place<\/dt><dd> Lisbon, Portugal<\/dd>/);
  assert.equal(eventOf("2024/index.html").eventAttendanceMode, "https://schema.org/OfflineEventAttendanceMode");
});

test("every link resolves and the pages of both shapes are valid HTML", async () => {
  const report = checkLinks(out, "/", "https://llm4code.github.io");
  assert.deepEqual(report.broken, []);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const page of ["index.html", "2026/program/index.html", "2025/index.html", "2025/program/index.html"]) {
    const result = await validator.validateString(read(page), path.join(ROOT, "_site", page));
    assert.deepEqual(result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), [], page);
  }
});
