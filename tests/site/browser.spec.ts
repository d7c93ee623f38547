/**
 * Site check: every visited page (see ./pages.ts) in each project of ./playwright.config.ts
 * (desktop and phone, light and dark). A rule, not a baseline: no axe WCAG 2.2 AA violation, no
 * console error or uncaught exception, no CSP violation, no request to another origin, no failed
 * request, no broken image, and on a phone no horizontal scrolling.
 */
import { expect, test } from "@playwright/test";
import { axeViolations, brokenImages, horizontalOverflow, settle, watchPage } from "./browser-checks.ts";
import { pagesToVisit } from "./pages.ts";

const dir = process.env.SITE_CHECK_PREFIXED_DIR;
if (!dir) throw new Error("SITE_CHECK_PREFIXED_DIR is not set: run the site checks with `npm run check:site`.");
const pages = pagesToVisit(dir);

test("the site has a home page and a 404 page", () => {
  expect(pages.map((p) => p.url)).toContain("");
  expect(pages.some((p) => p.status === 404)).toBe(true);
});

for (const sitePage of pages) {
  test(`/${sitePage.url}`, async ({ page, baseURL }, testInfo) => {
    const target = new URL(sitePage.url, baseURL);
    const watcher = await watchPage(page, target.origin, () => target.href, sitePage.status);
    const response = await page.goto(sitePage.url);
    expect(response?.status(), `status of ${target.pathname}`).toBe(sitePage.status);
    await settle(page);

    expect.soft(await brokenImages(page), `broken images on ${target.pathname}`).toEqual([]);
    if (testInfo.project.metadata.phone) expect.soft(await horizontalOverflow(page), `horizontal overflow on ${target.pathname}`).toEqual([]);
    expect.soft(await axeViolations(page), `axe violations on ${target.pathname}`).toEqual([]);
    expect(await watcher.all(), `console errors, CSP violations or bad requests on ${target.pathname}`).toEqual([]);
  });
}
