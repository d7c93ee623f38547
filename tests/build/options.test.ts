// Optional content a default site does not use: program.yaml, extra Markdown pages, speaker
// photos and banner artwork supplied by the organizers.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import sharp from "sharp";
import { buildSite } from "../../scripts/build.ts";
import { copyContent, edit } from "../helpers.ts";
import { checkLinks } from "./links.ts";

let out = "";

before(async () => {
  const { content, assets } = copyContent();
  // The 2024 edition is the one at the site root here.
  edit(path.join(content, "site.yaml"), "current_edition: 2026", "current_edition: 2024");
  writeFileSync(
    path.join(content, "2024/program.yaml"),
    `zone: Europe/Lisbon
days:
  - date: 2024-04-20
    slots:
      - { start: "08:30", end: "09:00", kind: opening, title: Opening }
      - { start: "09:00", end: "10:00", kind: keynote, title: Keynote, speaker: loubna-ben-allal, chair: lin-tan }
      - { start: "10:00", end: "10:30", kind: break, title: Coffee }
      - { start: "10:30", end: "11:30", kind: papers, title: "Papers: evaluation", papers: [13, 95], room: Room 2.1 }
`,
  );
  writeFileSync(path.join(content, "2024/pages/venue.md"), "---\ntitle: Venue and travel\nnav_title: Venue\nnav_order: 65\n---\n\n# Getting there\n\nSee the [program](/program/).\n");
  mkdirSync(path.join(assets, "2024/people"), { recursive: true });
  await sharp({ create: { width: 600, height: 800, channels: 3, background: "#884422" } }).jpeg().toFile(path.join(assets, "2024/people/loubna.jpg"));
  edit(path.join(content, "2024/speakers.yaml"), "- person: loubna-ben-allal\n", "- person: loubna-ben-allal\n  photo: people/loubna.jpg\n");
  mkdirSync(path.join(assets, "2024/banner"), { recursive: true });
  for (const variant of ["light-desktop", "dark-desktop", "light-mobile", "dark-mobile"]) {
    await sharp({ create: { width: 1200, height: 400, channels: 3, background: "#226688" } }).png().toFile(path.join(assets, `2024/banner/${variant}.png`));
  }
  out = await buildSite({ output: path.join(mkdtempSync(path.join(os.tmpdir(), "colloquy-opt-")), "site"), content, assets, quiet: true });
});

test("program.yaml becomes a schedule table linking keynotes and papers", () => {
  const page = readFileSync(path.join(out, "program/index.html"), "utf8");
  assert.match(page, /<table class="program">/);
  assert.equal((page.match(/<tr class="slot /g) ?? []).length, 4);
  assert.match(page, /<a href="\/speakers\/#keynote-loubna-ben-allal">Loubna Ben Allal: Open development/);
  assert.match(page, /<a href="\/2024\/papers\/13\/">Can It Edit\?/);
  assert.match(page, /Room: Room 2\.1/);
  assert.equal(page.includes("conf.researchr.org/program"), false, "no external program link when the program is here");
});

test("a Markdown page with nav_order is built and listed in the menu", () => {
  const page = readFileSync(path.join(out, "venue/index.html"), "utf8");
  assert.match(page, /<h1>Venue and travel<\/h1>/);
  assert.match(page, /<h2>Getting there<\/h2>/);
  assert.match(page, /<a href="\/venue\/" aria-current="page">Venue<\/a>/);
  const home = readFileSync(path.join(out, "index.html"), "utf8");
  const nav = home.slice(home.indexOf('<nav class="site-nav"'), home.indexOf("</nav>"));
  const menu = [...nav.matchAll(/<li><a href="\/([a-z]*)\/?"/g)].map((m) => m[1]);
  assert.deepEqual(menu.slice(0, 10), ["", "program", "speakers", "papers", "reading", "call", "dates", "organization", "venue", "pc"]);
});

test("a speaker photo is cropped square and resized; supplied banner artwork replaces the generated one", async () => {
  const page = readFileSync(path.join(out, "speakers/index.html"), "utf8");
  const photo = /<img src="\/(2024\/img\/speaker-2024-loubna-ben-allal-[^"]+\.webp)"[^>]*alt="Portrait of Loubna Ben Allal"/.exec(page);
  assert.ok(photo, "portrait with alt text");
  const meta = await sharp(path.join(out, photo[1]!)).metadata();
  assert.equal(meta.width, meta.height);
  const home = readFileSync(path.join(out, "index.html"), "utf8");
  const banner = /<img src="\/(2024\/img\/banner-2024-light-desktop-[^"]+\.webp)" [^>]*width="(\d+)" height="(\d+)"/.exec(home);
  assert.ok(banner);
  assert.deepEqual([banner[2], banner[3]], ["1200", "400"], "the supplied 1200×400 image, not the generated design");
});

test("all links of the fuller site resolve", () => {
  const report = checkLinks(out, "/", "https://llm4code.github.io");
  assert.deepEqual(report.broken, []);
  assert.deepEqual(report.unprefixed, []);
});
