/**
 * Time zones in the browser: the dates page shows each date on the visitor's clock, which dates
 * have passed and which is next, and a countdown, all worked out at view time (a fixed clock
 * here); the program switches between the workshop's zone and the visitor's, remembers the
 * choice across reloads, and marks the running slot during the event.
 *
 * The dates page is the 2024 edition's (`2024/dates/`) in the built site. The program page comes from a second build of the
 * same content plus tests/fixtures/program-2024.yaml (the 2024 content links to the ICSE
 * program instead of having its own), served on a free port for this file's tests.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { createSiteServer } from "../../scripts/serve.ts";
import { axeViolations } from "../site/browser-checks.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Every axe rule in the light scheme; in the dark one, the rules that depend on colours. */
async function axeClean(page: Page, scheme: "light" | "dark" = "light"): Promise<void> {
  expect(await axeViolations(page, scheme === "light" ? "all" : "colours"), `axe on ${page.url()} (${scheme})`).toEqual([]);
}

const local = (page: Page, id: string) => page.locator(`#${id} [data-local]`);

interface ZoneCase {
  zone: string;
  submission: string;
  workshop: string;
}

const ZONES: ZoneCase[] = [
  { zone: "Pacific/Kiritimati", submission: "Sat, 9 Dec 2023, 01:59 (UTC+14:00)", workshop: "from Sat, 20 Apr 2024, 13:00 (UTC+14:00)" },
  { zone: "America/Los_Angeles", submission: "Fri, 8 Dec 2023, 03:59 (UTC−08:00)", workshop: "from Fri, 19 Apr 2024, 16:00 (UTC−07:00)" },
  { zone: "Asia/Shanghai", submission: "Fri, 8 Dec 2023, 19:59 (UTC+08:00)", workshop: "from Sat, 20 Apr 2024, 07:00 (UTC+08:00)" },
];

for (const { zone, submission, workshop } of ZONES) {
  test.describe(`dates page in ${zone}`, () => {
    test.use({ timezoneId: zone });

    test("local times, the next deadline and the countdown at a fixed clock", async ({ page }) => {
      await page.clock.setFixedTime(new Date("2023-12-01T00:00:00Z"));
      await page.goto("2024/dates/");
      // The organizers' zone stays as written; the visitor's clock is added beside it.
      await expect(page.locator("#submission time").first()).toHaveText("7 December 2023, 23:59");
      await expect(local(page, "submission")).toHaveText(`Next Your time: ${submission}`);
      await expect(local(page, "workshop")).toHaveText(`Your time: ${workshop}`);
      await expect(page.locator("#submission")).toHaveClass(/date--next/);
      await expect(page.locator(".date--passed")).toHaveCount(0);
      // 2023-12-08T11:59Z is 7 days, 11 hours and 59 minutes away.
      await expect(page.locator("[data-countdown]")).toHaveText("Next: Paper submission, in 7 days, 11 hours.");
      await axeClean(page);
    });

    test("filling in the local times moves nothing on the page", async ({ page }) => {
      await page.clock.setFixedTime(new Date("2023-12-01T00:00:00Z"));
      await page.goto("2024/dates/");
      await expect(local(page, "workshop")).toHaveText(`Your time: ${workshop}`);
      await page.evaluate(() => document.fonts.ready);
      // Shifts of the dates list or the countdown themselves (the page header has its own, site-wide).
      const shifts = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            type Shift = PerformanceEntry & { sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
            new PerformanceObserver((list) =>
              resolve(
                (list.getEntries() as Shift[]).flatMap((e) =>
                  e.sources
                    .filter((s) => s.node && (s.node.parentElement ?? (s.node as Element)).closest?.("[data-dates], [data-countdown]"))
                    .filter((s) => s.previousRect.y !== s.currentRect.y || s.previousRect.height !== s.currentRect.height)
                    .map((s) => `${s.node!.nodeName} ${s.previousRect.y}→${s.currentRect.y}`),
                ),
              ),
            ).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve([]), 500);
          }),
      );
      expect(shifts).toEqual([]);
    });

    test("passed and next move with the clock", async ({ page }) => {
      await page.clock.setFixedTime(new Date("2024-01-20T00:00:00Z"));
      await page.goto("2024/dates/");
      await expect(local(page, "submission")).toHaveText(`Passed Your time: ${submission}`);
      await expect(page.locator("#notification")).toHaveClass(/date--passed/);
      await expect(page.locator("#camera-ready")).toHaveClass(/date--next/);
      await expect(page.locator("[data-countdown]")).toHaveText("Next: Camera-ready papers, in 6 days, 11 hours.");
    });
  });
}

test.describe("dates page on the workshop day", () => {
  test.use({ timezoneId: "America/Los_Angeles" });

  test("the workshop is under way, everything else has passed", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2024-04-20T12:00:00Z"));
    await page.goto("2024/dates/");
    await expect(page.locator("#workshop")).toHaveClass(/date--now/);
    await expect(local(page, "workshop")).toHaveText(/^Today Your time: /);
    await expect(page.locator(".date--passed")).toHaveCount(3);
    await expect(page.locator("[data-countdown]")).toHaveText("Under way: Workshop day.");
  });

  test("the countdown changes once a minute at most, and is not a live region", async ({ page }) => {
    await page.clock.install({ time: new Date("2024-01-26T11:57:00Z") });
    await page.goto("2024/dates/");
    await page.clock.pauseAt(new Date("2024-01-26T11:57:30Z"));
    const countdown = page.locator("[data-countdown]");
    await expect(countdown).toHaveText("Next: Camera-ready papers, in 1 minute.");
    await countdown.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(el.textContent ?? "")).observe(el, { childList: true, characterData: true, subtree: true });
    });
    // Two and a half minutes: the text changes at 11:58 and when the deadline passes at 11:59, never in between.
    await page.clock.runFor(150_000);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
      "Next: Camera-ready papers, in less than a minute.",
      "Next: Workshop day, in 84 days, 11 hours.",
    ]);
    await expect(page.locator("#camera-ready")).toHaveClass(/date--passed/);
    await expect(countdown).not.toHaveAttribute("aria-live");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the dates page is complete in the organizers' zones, with no empty room left", async ({ page }) => {
    await page.goto("2024/dates/");
    await expect(page.locator("#submission .date__when")).toHaveText("7 December 2023, 23:59 AoE (UTC−12)");
    await expect(page.locator("#workshop .date__when")).toHaveText("20 April 2024 Lisbon time (UTC+01:00)");
    await expect(page.locator("[data-countdown]")).toBeHidden();
    await expect(page.locator("[data-local]").first()).toBeHidden();
  });
});

// ---- The program, from a build with tests/fixtures/program-2024.yaml ------------------------

let server: Server | undefined;
let siteDir = "";
let programUrl = "";

test.describe("program", () => {
  test.beforeAll(async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "colloquy-time-e2e-"));
    const fixtureDir = path.join(ROOT, "tests/fixtures/sites/llm4code");
    cpSync(path.join(fixtureDir, "content"), path.join(tmp, "content"), { recursive: true });
    cpSync(path.join(fixtureDir, "assets"), path.join(tmp, "assets"), { recursive: true });
    copyFileSync(path.join(ROOT, "tests/fixtures/program-2024.yaml"), path.join(tmp, "content/2024/program.yaml"));
    siteDir = path.join(tmp, "site");
    const build = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/build.ts", "--quiet", `--content=${tmp}/content`, `--assets=${tmp}/assets`, `--output=${siteDir}`],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(build.status, build.stderr).toBe(0);
    server = createSiteServer({ dir: siteDir });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    programUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/2024/program/`;
  });

  test.afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(path.dirname(siteDir), { recursive: true, force: true });
  });

  const slot = (page: Page, id: string) => page.locator(`#slot-${id}`);

  const CASES = [
    { zone: "Asia/Shanghai", keynote: "16:00–17:00", closing: "22:00–22:20", caption: "Times are in your time zone, Shanghai time (UTC+08:00)." },
    { zone: "America/Los_Angeles", keynote: "01:00–02:00", closing: "07:00–07:20", caption: "Times are in your time zone, Los Angeles time (UTC−07:00)." },
    { zone: "Pacific/Kiritimati", keynote: "22:00–23:00", closing: "04:00 (Sun 21 Apr)–04:20 (Sun 21 Apr)", caption: "Times are in your time zone, Kiritimati time (UTC+14:00)." },
  ];

  for (const { zone, keynote, closing, caption } of CASES) {
    test.describe(`in ${zone}`, () => {
      test.use({ timezoneId: zone });

      test("the switch shows the visitor's zone and survives a reload", async ({ page }) => {
        await page.clock.setFixedTime(new Date("2024-04-01T00:00:00Z"));
        await page.goto(programUrl);
        await expect(slot(page, "2024-04-20-0900").locator(".slot__time")).toHaveText("09:00–10:00");
        await expect(page.locator("caption")).toHaveText("Times are in Lisbon time (UTC+01:00).");
        await expect(page.getByRole("radio", { name: /your time zone/ })).toHaveAccessibleName(`your time zone: ${caption.replace(/^Times are in your time zone, (.*)\.$/, "$1")}`);
        await page.getByRole("radio", { name: /your time zone/ }).check();
        await expect(slot(page, "2024-04-20-0900").locator(".slot__time")).toHaveText(keynote);
        await expect(slot(page, "2024-04-20-1500").locator(".slot__time")).toHaveText(closing);
        await expect(page.locator("caption")).toHaveText(caption);
        await page.reload();
        await expect(page.getByRole("radio", { name: /your time zone/ })).toBeChecked();
        await expect(slot(page, "2024-04-20-0900").locator(".slot__time")).toHaveText(keynote);
        await page.getByRole("radio", { name: /workshop’s time zone/ }).check();
        await page.reload();
        await expect(slot(page, "2024-04-20-0900").locator(".slot__time")).toHaveText("09:00–10:00");
        await expect(page.locator("[aria-current=time]")).toHaveCount(0, { timeout: 1000 });
      });
    });
  }

  test("a now marker on the running slot during the event, axe clean", async ({ page }) => {
    // 09:45 UTC is 10:45 in Lisbon: the paper session 10:30–11:30 is running.
    await page.clock.setFixedTime(new Date("2024-04-20T09:45:00Z"));
    await page.goto(programUrl);
    const running = slot(page, "papers-evaluation");
    await expect(running).toHaveAttribute("aria-current", "time");
    await expect(running.locator(".slot__kind")).toHaveText("Now Paper session");
    await expect(page.locator(".slot--now")).toHaveCount(1);
    await axeClean(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await axeClean(page, "dark");
  });

  test("without JavaScript the program is complete in the workshop's zone and the switch is hidden", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: "Asia/Shanghai" });
    const page = await context.newPage();
    await page.goto(programUrl);
    await expect(page.locator(".zone-switch")).toBeHidden();
    await expect(slot(page, "2024-04-20-0900").locator(".slot__time")).toHaveText("09:00–10:00");
    await expect(page.getByRole("table")).toHaveCount(1);
    await context.close();
  });
});
