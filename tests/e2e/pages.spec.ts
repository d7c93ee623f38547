/**
 * The pages of the built site (see ./site-pages.ts for which), in the light
 * and the dark colour scheme: an axe scan, no console errors, no failed
 * requests and no request to another origin; for the root pages, each
 * edition's home and the samples also a full-page screenshot and an aria
 * snapshot (light only). `404.html` is visited at a URL that does not exist,
 * so it is served with status 404.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { discoverPages } from "./site-pages.ts";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCHEMES = ["light", "dark"] as const;
const PREFIXED = (process.env.SITE_PREFIX ?? "").replace(/\//g, "") !== "";

/** Collects console errors, uncaught exceptions, failed and foreign requests. */
function watch(page: Page, origin: string, documentUrl: () => string, expectedStatus: number) {
  const problems: string[] = [];

  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    // Chromium reports the 404 page's own status as a console error.
    if (expectedStatus === 404 && where === documentUrl() && /status of 404/.test(message.text())) return;
    // Chromium's own request for /favicon.ico (not the page's) may or may not be reported.
    if (where === `${origin}/favicon.ico`) return;
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ""}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Requests to other origins are reported (and aborted) by blockForeignRequests.
    if (new URL(request.url()).origin !== origin) return;
    // An image request the page cancelled itself is no failure: a full-page screenshot briefly
    // resizes the viewport, and an eager responsive image may start, then drop, another variant.
    // Missing files still fail through their status code below.
    if (request.resourceType() === "image" && request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "unknown error"})`);
  });
  page.on("response", (response) => {
    const isDocument = response.request().isNavigationRequest() && response.url() === documentUrl();
    const expected = isDocument ? expectedStatus : 200;
    if (response.status() >= 400 && response.status() !== expected) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on("websocket", (socket) => problems.push(`websocket opened: ${socket.url()}`));

  return {
    problems,
    /** Aborts (and records) every request that leaves the test server. */
    async blockForeignRequests(): Promise<void> {
      await page.route(
        (url) => url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:",
        async (route) => {
          problems.push(`request to another origin: ${route.request().url()}`);
          await route.abort("blockedbyclient");
        },
      );
    },
  };
}

/** Waits until fonts and every image (lazy ones included) are loaded and decoded. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const images = Array.from(document.images);
    for (const image of images) if (image.loading === "lazy") image.loading = "eager";
    await document.fonts.ready;
    await Promise.all(
      images.map((image) =>
        image.complete
          ? undefined
          : new Promise<void>((resolve) => {
              image.addEventListener("load", () => resolve(), { once: true });
              image.addEventListener("error", () => resolve(), { once: true });
            }),
      ),
    );
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

function describeViolations(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]): string[] {
  return violations.map((violation) => {
    const targets = violation.nodes.map((node) =>
      node.target.map((selector) => (Array.isArray(selector) ? selector.join(" >>> ") : selector)).join(" / "),
    );
    return `${violation.id} (${violation.impact ?? "?"}): ${violation.help} — ${targets.join(", ")}`;
  });
}

const pages = discoverPages();

test.describe("pages", () => {
  test("the site has pages", () => {
    expect(pages.map((p) => p.name)).toContain("home");
    expect(pages.map((p) => p.name)).toContain("404");
  });

  for (const sitePage of pages) {
    for (const scheme of SCHEMES) {
      test(`${sitePage.name} (${scheme})`, async ({ page, baseURL }) => {
        const target = new URL(sitePage.url, baseURL);
        const watcher = watch(page, target.origin, () => target.href, sitePage.status);
        await watcher.blockForeignRequests();
        await page.emulateMedia({ colorScheme: scheme });
        // The dates page words its countdown and passed/next labels from the clock: pin it.
        await page.clock.setFixedTime(new Date("2026-11-01T12:00:00Z"));

        const response = await page.goto(sitePage.url);
        expect(response?.status(), `status of ${target.pathname}`).toBe(sitePage.status);
        await settle(page);

        if (sitePage.snapshot) await expect.soft(page).toHaveScreenshot(`${sitePage.name}-${scheme}.png`, { fullPage: true });
        // Link URLs appear in aria snapshots, so they only hold for a site built without a prefix.
        if (sitePage.snapshot && scheme === "light" && !PREFIXED) {
          await expect.soft(page.locator("body")).toMatchAriaSnapshot({ name: `${sitePage.name}.aria.yml` });
        }

        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect.soft(describeViolations(axe.violations), `axe violations on ${target.pathname} (${scheme})`).toEqual([]);

        expect(watcher.problems, `console errors or bad requests on ${target.pathname} (${scheme})`).toEqual([]);
      });
    }
  }
});
