import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDay, formatDayShort, formatDayWithWeekday, isoWithOffset, offsetAt, zonedToUtc, zoneLabel } from "../../src/lib/dates.ts";

test("days and months format in words", () => {
  assert.equal(formatDay("2024-04-20"), "20 April 2024");
  assert.equal(formatDay("2023-10"), "October 2023");
  assert.equal(formatDayWithWeekday("2024-04-20"), "Saturday, 20 April 2024");
  assert.equal(formatDayShort("2024-04-20"), "Apr 20, 2024");
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
