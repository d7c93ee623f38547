// Calendars and the program in a built site: two builds of the same content give byte-identical
// .ics files, the program links papers and keynotes both ways, and every calendar link resolves.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import ICAL from "ical.js";
import { buildSite } from "../../scripts/build.ts";
import { copyContent, ROOT } from "../helpers.ts";
import { checkLinks } from "./links.ts";

let first = "";
let second = "";

function files(dir: string, ext: string, sub = ""): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(sub, e.name);
    if (e.isDirectory()) return files(dir, ext, rel);
    return rel.endsWith(ext) ? [rel] : [];
  });
}

before(async () => {
  const { content, assets } = copyContent();
  copyFileSync(path.join(ROOT, "tests/fixtures/program-2024.yaml"), path.join(content, "2024/program.yaml"));
  const tmp = mkdtempSync(path.join(os.tmpdir(), "colloquy-time-"));
  first = await buildSite({ output: path.join(tmp, "a"), content, assets, quiet: true });
  second = await buildSite({ output: path.join(tmp, "b"), content, assets, quiet: true });
});

test("two builds give byte-identical calendar files", () => {
  const ics = files(first, ".ics").sort();
  assert.deepEqual(ics, files(second, ".ics").sort());
  assert.equal(ics.filter((f) => f.startsWith("2024/")).length, 1 + 1 + 4 + 7, "2024: dates.ics, program.ics, 4 dates, 7 slots");
  for (const file of ics) assert.ok(readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))), `${file} differs`);
  for (const page of ["2024/dates/index.html", "2024/program/index.html", "dates/index.html"]) {
    assert.equal(readFileSync(path.join(first, page), "utf8"), readFileSync(path.join(second, page), "utf8"));
  }
});

test("program.ics holds every slot; each slot also has its own file", () => {
  const whole = readFileSync(path.join(first, "2024/program.ics"), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(whole));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  assert.equal(events.length, 7);
  assert.deepEqual(
    events.map((e) => e.startDate.toJSDate().toISOString().slice(11, 16)),
    ["07:30", "08:00", "09:00", "09:30", "10:30", "13:00", "14:00"],
    "Lisbon is UTC+1 on 20 April 2024",
  );
  const one = readFileSync(path.join(first, "2024/program/papers-evaluation.ics"), "utf8");
  const [event] = new ICAL.Component(ICAL.parse(one)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  assert.equal(event!.uid, "2024-slot-papers-evaluation@llm4code.github.io");
  assert.equal(event!.location, "Room 1.5, Lisbon, Portugal");
});

test("the program page links every slot's calendar file; papers and keynotes show their slot", () => {
  const program = readFileSync(path.join(first, "2024/program/index.html"), "utf8");
  assert.equal((program.match(/<tr class="slot /g) ?? []).length, 7);
  assert.match(program, /<a href="\/2024\/program\/papers-evaluation\.ics" type="text\/calendar">Add to calendar/);
  assert.match(program, /<script src="\/js\/program\.js" defer><\/script>/);
  const papers = readFileSync(path.join(first, "2024/papers/index.html"), "utf8");
  assert.match(papers, /In the program: <a href="\/2024\/program\/#slot-papers-evaluation">Papers: evaluation<\/a>, <time datetime="2024-04-20T10:30\+01:00">Saturday, 20 April 2024, 10:30–11:30<\/time> Lisbon time \(UTC\+01:00\), Room 1\.5/);
  // A paper's own page names its slot the same way.
  const paper = readFileSync(path.join(first, "2024/papers/13/index.html"), "utf8");
  assert.match(paper, /In the program: <a href="\/2024\/program\/#slot-papers-evaluation">Papers: evaluation<\/a>, <time datetime="2024-04-20T10:30\+01:00">/);
  const speakers = readFileSync(path.join(first, "2024/speakers/index.html"), "utf8");
  assert.match(speakers, /In the program: <a href="\/2024\/program\/#slot-2024-04-20-0900">First keynote<\/a>/);
});

test("every link of the site with a program resolves, calendar files included", () => {
  const report = checkLinks(first, "/", "https://llm4code.github.io");
  assert.deepEqual(report.broken, []);
  assert.deepEqual(report.unprefixed, []);
});
