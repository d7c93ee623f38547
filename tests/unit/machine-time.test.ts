// The benchmark's reading of the machine's CPU time (scripts/machine-time.ts).
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { describeMachine, parseCpuTimes, readCpuTimes } from "../../scripts/machine-time.ts";

const STAT = (user: number, system: number, idle: number, steal: number) =>
  `cpu  ${user} 0 ${system} ${idle} 10 0 5 ${steal} 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\nintr 12345\n`;

test("the cpu line adds up busy (user, nice, system, irq, softirq), idle (with I/O wait) and steal", () => {
  assert.deepEqual(parseCpuTimes(STAT(100, 40, 800, 7)), { busy: 145, idle: 810, steal: 7 });
  assert.equal(parseCpuTimes("intr 1 2 3\n"), undefined);
  assert.equal(parseCpuTimes("cpu  x y z\n"), undefined);
});

test("the line between two readings gives each kind's share of the time", () => {
  const before = parseCpuTimes(STAT(100, 0, 100, 0));
  const after = parseCpuTimes(STAT(250, 0, 190, 10));
  assert.equal(describeMachine(before, after), "Machine while this ran: cores 60.0 % busy, 36.0 % idle, 4.0 % stolen by the host for other guests");
  assert.equal(describeMachine(before, before), undefined);
  assert.equal(describeMachine(undefined, after), undefined);
});

test("a system without /proc/stat gives no reading, and a file with one is read", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "colloquy-stat-"));
  assert.equal(readCpuTimes(path.join(dir, "missing")), undefined);
  writeFileSync(path.join(dir, "stat"), STAT(1, 2, 3, 4));
  assert.deepEqual(readCpuTimes(path.join(dir, "stat")), { busy: 8, idle: 13, steal: 4 });
});
