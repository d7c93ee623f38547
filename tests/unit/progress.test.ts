import assert from "node:assert/strict";
import { test } from "node:test";
import { progressTo } from "../../src/lib/progress.ts";

/** A stream that keeps what is written, and a clock the test moves. */
function capture(isTTY: boolean) {
  const written: string[] = [];
  let clock = 0;
  const progress = progressTo({ isTTY, write: (text: string) => written.push(text) }, { redrawMs: 100, now: () => clock });
  return { written, progress, tick: (ms: number) => (clock += ms) };
}

test("in a log (CI), each stage prints one line when it ends: N of M, its time and its detail", () => {
  const { written, progress, tick } = capture(false);
  const stage = progress.stage("images");
  stage.add(3);
  stage.step();
  stage.add(1);
  stage.step(3);
  tick(2500);
  stage.end("(1 encoded, 3 from the store)");
  assert.deepEqual(written, ["images: 4 of 4 in 2.5 s (1 encoded, 3 from the store)\n"]);
});

test("on a terminal, a stage redraws one line at most every 100 ms, always at the last item, and ends it", () => {
  const { written, progress, tick } = capture(true);
  const stage = progress.stage("search index 2026/papers/search");
  stage.add(1000);
  stage.step(500);
  tick(50);
  stage.step(250);
  tick(60);
  stage.step(200);
  stage.step(50);
  stage.end("records");
  assert.deepEqual(written, [
    "\r\x1b[Ksearch index 2026/papers/search: 0 of 1000",
    "\r\x1b[Ksearch index 2026/papers/search: 950 of 1000",
    "\r\x1b[Ksearch index 2026/papers/search: 1000 of 1000",
    "\r\x1b[Ksearch index 2026/papers/search: 1000 of 1000 in 0.1 s records\n",
  ]);
});
