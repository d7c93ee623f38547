import assert from "node:assert/strict";
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { buildSite } from "../../scripts/build.ts";
import { copyContent, edit } from "../helpers.ts";

// A site in American English that calls its program a schedule and words a few texts its own way.
let out = "";
const read = (file: string) => readFileSync(path.join(out, file), "utf8");

before(async () => {
  const { content, assets } = copyContent();
  edit(path.join(content, "site.yaml"), /^language: .*$/m, "language: en-US");
  edit(path.join(content, "2026/edition.yaml"), /^date: .*$/m, "date: 2026-12-12");
  // The program's day moves with the workshop's.
  edit(path.join(content, "2026/program.yaml"), /date: 2026-04-14/g, "date: 2026-12-12");
  appendFileSync(
    path.join(content, "2026/dates.yaml"),
    `- id: extended\n  label: Extended deadline\n  date: 2026-12-01\n  time: "23:59"\n  zone: AoE\n  previously:\n    - date: 2026-11-20\n`,
  );
  writeFileSync(
    path.join(content, "labels.yaml"),
    [
      "# yaml-language-server: $schema=schemas/labels.schema.json",
      "program: Schedule",
      "archive_link: Visit {edition}",
      "date_next: Coming up",
      "pc_lead:",
      "  one: One member.",
      "  other: \"{count} reviewers.\"",
      "",
    ].join("\n"),
  );
  out = await buildSite({ output: path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-build-")), "site"), content, assets, quiet: true });
});

test("dates are written in the site's language (en-US) on the pages", () => {
  const home = read("index.html");
  assert.match(home, /<html lang="en-US">/);
  assert.match(home, /<time datetime="2026-12-12">Saturday, December 12, 2026<\/time>/);
  const dates = read("dates/index.html");
  assert.match(dates, /<time datetime="2026-12-01T23:59-12:00">December 1, 2026, 11:59 PM<\/time>/);
  assert.match(dates, /<del><time datetime="2026-11-20T23:59-12:00">November 20, 2026, 11:59 PM<\/time><\/del>/);
  assert.match(dates, /A deadline without a time ends at 11:59 PM on that day/);
});

test("a labels.yaml override renames the menu entry and the page title; what it leaves out stays English", () => {
  for (const page of ["index.html", "dates/index.html", "2024/index.html"]) {
    assert.match(read(page), /<li><a href="[^"]*program\/"[^>]*>Schedule<\/a><\/li>/, `${page}: menu`);
  }
  const program = read("program/index.html");
  assert.match(program, /<title>Schedule · LLM4Code 2026<\/title>/);
  assert.match(program, /<h1>Schedule<\/h1>/);
  assert.match(program, /<li><a href="\/program\/" aria-current="page">Schedule<\/a><\/li>/);
  assert.equal(/>Program<\/a>/.test(read("index.html")), false, "no menu entry keeps the default");
  assert.match(read("index.html"), />Keynotes<\/a>/, "texts not overridden stay English");
  assert.match(read("2024/index.html"), /<a href="\/">Visit LLM4Code 2026<\/a>/, "a placeholder is filled in an override");
  assert.match(read("2024/index.html"), /held in Lisbon on April 20, 2024\./, "the archive notice's day in US form");
  const pc = read("pc/index.html");
  assert.match(pc, /<p class="lead">\d+ reviewers\.<\/p>/, "a plural override takes the form for the number");
  // Browser scripts get their texts from the page.
  assert.match(dates(), /data-texts="[^"]*&quot;date_next&quot;:&quot;Coming up&quot;/);
});

const dates = () => read("dates/index.html");

test("calendar descriptions use the site's language", () => {
  const ics = read("dates/extended.ics").replace(/\r\n[ \t]/g, "");
  const description = /^DESCRIPTION:(.*)$/m.exec(ics)?.[1]?.replace(/\r$/, "").replace(/\\([,;\\])/g, "$1");
  assert.equal(description, "Extended deadline: December 1, 2026, 11:59 PM AoE (UTC−12). Earlier announced: November 20, 2026.");
});
