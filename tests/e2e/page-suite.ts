/**
 * The page suite of a fixture site: each page (see ./site-pages.ts for which), in the light and
 * then the dark scheme, gets the browser checks that hold for any site (tests/site/browser-checks.ts);
 * the root pages, each edition's home and the samples also get a full-page screenshot and an ARIA
 * snapshot (light only), the fixture's baselines. `404.html` is visited at a URL that does not
 * exist, so it is served with status 404.
 */
import { existsSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, brokenImages, settle, watchPage } from "../site/browser-checks.ts";
import { discoverPages } from "./site-pages.ts";

const SCHEMES = ["light", "dark"] as const;
const PREFIXED = (process.env.SITE_PREFIX ?? "").replace(/\//g, "") !== "";

/**
 * The page's full-page screenshot against its baseline. Playwright's matcher decodes both PNGs and
 * compares them pixel by pixel in JavaScript, every time; the test browser draws the same page to
 * the same bytes, so a screenshot equal to its baseline byte for byte passes at once. Any other
 * screenshot, a missing baseline and `--update-snapshots=all` go through the matcher, with its
 * tolerance, its diff image and its updates.
 */
async function expectScreenshot(page: Page, name: string): Promise<void> {
  const info = test.info();
  const baseline = info.snapshotPath(name, { kind: "screenshot" });
  if (info.config.updateSnapshots !== "all" && existsSync(baseline)) {
    const shot = await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide", scale: "css" });
    if (shot.equals(readFileSync(baseline))) return;
  }
  await expect.soft(page).toHaveScreenshot(name, { fullPage: true });
}

/** Defines the suite for the built site in `dir`; `samples` are the per-item pages it visits. */
export function pageSuite(dir: string, samples: readonly string[], clock: Date): void {
  const pages = discoverPages(dir, samples);

  test("the site has pages", () => {
    expect(pages.map((p) => p.name)).toContain("home");
    expect(pages.map((p) => p.name)).toContain("404");
  });

  for (const sitePage of pages) {
    // One test per page: the light scheme, then the dark one, on the same page and watcher.
    test(sitePage.name, async ({ page, baseURL }) => {
      const target = new URL(sitePage.url, baseURL);
      const watcher = await watchPage(page, target.origin, () => target.href, sitePage.status);
      // The dates page words its countdown and passed/next labels from the clock: pin it.
      await page.clock.setFixedTime(clock);
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        const response = await page.goto(sitePage.url);
        expect(response?.status(), `status of ${target.pathname}`).toBe(sitePage.status);
        await settle(page);

        if (sitePage.snapshot) await expectScreenshot(page, `${sitePage.name}-${scheme}.png`);
        // Link URLs appear in aria snapshots, so they only hold for a site built without a prefix.
        if (sitePage.snapshot && scheme === "light" && !PREFIXED) {
          await expect.soft(page.locator("body")).toMatchAriaSnapshot({ name: `${sitePage.name}.aria.yml` });
        }
        expect.soft(await brokenImages(page), `broken images on ${target.pathname} (${scheme})`).toEqual([]);
        // The dark scheme is the same document in other colours: only the rules that depend on colour run again.
        expect.soft(await axeViolations(page, scheme === "light" ? "all" : "colours"), `axe violations on ${target.pathname} (${scheme})`).toEqual([]);
        expect(await watcher.all(), `console errors, CSP violations or bad requests on ${target.pathname} (${scheme})`).toEqual([]);
      }
    });
  }
}
