import assert from "node:assert/strict";
import { test } from "node:test";
import { isoWithOffset, offsetAt, spanOf, wallTimeExists, zonedToUtc } from "../../src/lib/dates.ts";
import { siteLanguage } from "../../src/lib/language.ts";
import { dateStates, formatShortInZone, offsetLabel, wallClock } from "../../src/lib/local-time.ts";

const gb = siteLanguage("en-GB").format;
const zoneLabel = gb.zone;

test("days and months format in words", () => {
  assert.equal(gb.day("2024-04-20"), "20 April 2024");
  assert.equal(gb.day("2023-10"), "October 2023");
  assert.equal(gb.dayWithWeekday("2024-04-20"), "Saturday, 20 April 2024");
  assert.equal(gb.dayShort("2024-04-20"), "20 Apr 2024");
});

test("AoE is UTC-12 all year", () => {
  assert.equal(zonedToUtc("2023-12-07", "23:59", "AoE").toISOString(), "2023-12-08T11:59:00.000Z");
  assert.equal(isoWithOffset("2023-12-07", "23:59", "AoE"), "2023-12-07T23:59-12:00");
  assert.equal(zoneLabel("AoE", 0), "AoE (UTC−12)");
});

test("IANA zones follow daylight saving", () => {
  // Lisbon: WET (UTC+0) in winter, WEST (UTC+1) in summer; the change in 2024 was on 31 March.
  assert.equal(isoWithOffset("2024-03-30", "12:00", "Europe/Lisbon"), "2024-03-30T12:00+00:00");
  assert.equal(isoWithOffset("2024-04-20", "09:00", "Europe/Lisbon"), "2024-04-20T09:00+01:00");
  assert.equal(zonedToUtc("2024-04-20", "09:00", "Europe/Lisbon").toISOString(), "2024-04-20T08:00:00.000Z");
  assert.equal(offsetAt("America/Sao_Paulo", Date.UTC(2026, 3, 14)), -180);
});

test("numeric offsets", () => {
  assert.equal(isoWithOffset("2024-01-01", "10:30", "+05:30"), "2024-01-01T10:30+05:30");
  assert.equal(zoneLabel("-03:00", 0), "UTC−03:00");
});

test("IANA zones across a daylight-saving change: the same wall clock, a different UTC offset", () => {
  // Los Angeles moved from PST (UTC−8) to PDT (UTC−7) at 02:00 on 10 March 2024.
  assert.equal(zonedToUtc("2024-03-09", "09:00", "America/Los_Angeles").toISOString(), "2024-03-09T17:00:00.000Z");
  assert.equal(zonedToUtc("2024-03-10", "09:00", "America/Los_Angeles").toISOString(), "2024-03-10T16:00:00.000Z");
  assert.equal(isoWithOffset("2024-03-10", "01:30", "America/Los_Angeles"), "2024-03-10T01:30-08:00");
  assert.equal(isoWithOffset("2024-03-10", "03:30", "America/Los_Angeles"), "2024-03-10T03:30-07:00");
  // Europe changes on the last Sunday of October: Lisbon 27 October 2024, 02:00 WEST → 01:00 WET.
  assert.equal(zonedToUtc("2024-10-26", "12:00", "Europe/Lisbon").toISOString(), "2024-10-26T11:00:00.000Z");
  assert.equal(zonedToUtc("2024-10-27", "12:00", "Europe/Lisbon").toISOString(), "2024-10-27T12:00:00.000Z");
  // Southern hemisphere: Sydney leaves daylight saving on 7 April 2024.
  assert.equal(offsetAt("Australia/Sydney", Date.UTC(2024, 3, 8, 12)), 600);
  assert.equal(offsetAt("Australia/Sydney", Date.UTC(2024, 0, 6, 12)), 660);
  // Rio de Janeiro (America/Sao_Paulo) has no daylight saving since 2019: UTC−3 all year.
  assert.equal(isoWithOffset("2026-04-14", "09:10", "America/Sao_Paulo"), "2026-04-14T09:10-03:00");
  assert.equal(zoneLabel("America/Los_Angeles", Date.UTC(2024, 6, 1)), "Los Angeles time (UTC−07:00)");
});

test("offsets east and west, and zones far from UTC", () => {
  assert.equal(zonedToUtc("2024-01-01", "00:30", "+05:30").toISOString(), "2023-12-31T19:00:00.000Z");
  assert.equal(zonedToUtc("2024-01-01", "10:00", "UTC-03:00").toISOString(), "2024-01-01T13:00:00.000Z");
  assert.equal(zonedToUtc("2024-01-01", "10:00", "UTC").toISOString(), "2024-01-01T10:00:00.000Z");
  // Kiritimati is UTC+14: its new day starts 26 hours before AoE's.
  assert.equal(offsetAt("Pacific/Kiritimati", Date.UTC(2024, 0, 1)), 14 * 60);
  assert.equal(zonedToUtc("2024-01-01", "00:00", "Pacific/Kiritimati").getTime() + 26 * 3_600_000, zonedToUtc("2024-01-01", "00:00", "AoE").getTime());
});

test("spans: a deadline is a moment at 23:59, an event without time is its whole day in its zone", () => {
  const deadline = spanOf({ date: "2023-12-07" }, "AoE");
  assert.equal(deadline.start.toISOString(), "2023-12-08T11:59:00.000Z");
  assert.equal(deadline.end.getTime(), deadline.start.getTime());
  assert.equal(deadline.allDay, false);
  const day = spanOf({ date: "2024-04-20" }, "Europe/Lisbon", "event");
  assert.equal(day.start.toISOString(), "2024-04-19T23:00:00.000Z");
  assert.equal(day.end.toISOString(), "2024-04-20T23:00:00.000Z");
  assert.equal(day.datetime, "2024-04-20");
  // A day with a daylight-saving change lasts 23 hours.
  const short = spanOf({ date: "2024-03-10" }, "America/Los_Angeles", "event");
  assert.equal(short.end.getTime() - short.start.getTime(), 23 * 3_600_000);
  const timed = spanOf({ date: "2024-04-20", time: "09:00", zone: "+02:00" }, "AoE", "event");
  assert.equal(timed.datetime, "2024-04-20T09:00+02:00");
});

test("the visitor's clock: wall time in any zone, states at a moment, countdown words", () => {
  const at = Date.UTC(2023, 11, 8, 11, 59);
  assert.deepEqual(wallClock(at, "Pacific/Kiritimati"), { date: "2023-12-09", time: "01:59" });
  assert.deepEqual(wallClock(at, "America/Los_Angeles"), { date: "2023-12-08", time: "03:59" });
  assert.deepEqual(wallClock(at, "Asia/Shanghai"), { date: "2023-12-08", time: "19:59" });
  assert.equal(formatShortInZone(at, "Asia/Shanghai", gb), "Fri, 8 Dec 2023, 19:59");

  const items = [
    { start: 100, end: 100 },
    { start: 200, end: 200 },
    { start: 300, end: 400 },
    { start: 500, end: 500 },
  ];
  assert.deepEqual(dateStates(items, 50), ["next", "later", "later", "later"]);
  assert.deepEqual(dateStates(items, 100), ["next", "later", "later", "later"], "a deadline is open up to its moment");
  assert.deepEqual(dateStates(items, 101), ["passed", "next", "later", "later"]);
  assert.deepEqual(dateStates(items, 350), ["passed", "passed", "now", "next"]);
  assert.deepEqual(dateStates(items, 400), ["passed", "passed", "passed", "next"]);
  assert.deepEqual(dateStates(items, 600), ["passed", "passed", "passed", "passed"]);

  assert.equal(gb.duration(30_000), "less than a minute");
  assert.equal(gb.duration(60_000), "1 minute");
  assert.equal(gb.duration(125 * 60_000), "2 hours, 5 minutes");
  assert.equal(gb.duration(3 * 3_600_000), "3 hours");
  assert.equal(gb.duration(86_400_000 + 3_600_000 + 59_000), "1 day, 1 hour");
  assert.equal(gb.duration(6 * 86_400_000 + 30 * 60_000), "6 days");
});

test("short local forms for the dates page", () => {
  const at = Date.UTC(2023, 11, 8, 11, 59);
  assert.equal(formatShortInZone(at, "Pacific/Kiritimati", gb), "Sat, 9 Dec 2023, 01:59");
  assert.equal(formatShortInZone(at, "Pacific/Kiritimati", siteLanguage("en-US").format), "Sat, Dec 9, 2023, 1:59 AM");
  assert.equal(offsetLabel("Pacific/Kiritimati", at), "UTC+14:00");
  assert.equal(offsetLabel("America/Los_Angeles", at), "UTC−08:00");
  assert.equal(offsetLabel("America/Los_Angeles", Date.UTC(2024, 6, 1)), "UTC−07:00");
});

test("wall times the clocks skip are recognised", () => {
  assert.equal(wallTimeExists("2024-03-10", "02:30", "America/Los_Angeles"), false);
  assert.equal(wallTimeExists("2024-03-10", "03:00", "America/Los_Angeles"), true);
  assert.equal(wallTimeExists("2024-11-03", "01:30", "America/Los_Angeles"), true, "a repeated hour exists (its first occurrence is used)");
  assert.equal(wallTimeExists("2024-03-31", "01:30", "Europe/Lisbon"), false);
  assert.equal(wallTimeExists("2023-12-07", "23:59", "AoE"), true);
});
