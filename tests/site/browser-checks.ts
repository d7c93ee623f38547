/**
 * What a page must never do in the browser, for any content: the checks shared by the site checks
 * (tests/site/browser.spec.ts) and the engine's page tests (tests/e2e/pages.spec.ts).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import type { AxeResults } from "axe-core";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Watches a page for console errors, uncaught exceptions, CSP violations, failed requests and
 * requests to another origin. Call before the first navigation.
 */
export async function watchPage(page: Page, origin: string, documentUrl: () => string, expectedStatus: number) {
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
  // A request to another origin is recorded here; it goes nowhere, since the test browser resolves
  // no host but the test server's (LOCAL_ONLY_ARGS in scripts/chromium.ts).
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:") problems.push(`request to another origin: ${request.url()}`);
  });
  page.on("requestfailed", (request) => {
    if (new URL(request.url()).origin !== origin) return;
    // An image request the page cancelled itself is no failure (a responsive image may start, then
    // drop, another variant while the viewport changes). Missing files fail by their status.
    if (request.resourceType() === "image" && request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "unknown error"})`);
  });
  page.on("response", (response) => {
    const isDocument = response.request().isNavigationRequest() && response.url() === documentUrl();
    const expected = isDocument ? expectedStatus : 200;
    if (response.status() >= 400 && response.status() !== expected) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("websocket", (socket) => problems.push(`websocket opened: ${socket.url()}`));
  // A CSP violation fires an event on the document, whether or not Chromium also logs it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline code"}${event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ""}`);
    });
  });

  return {
    problems,
    /** Every problem seen so far, the page's CSP violations included. */
    async all(): Promise<string[]> {
      const csp = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      return [...problems, ...csp.map((v) => `CSP violation: ${v}`)];
    },
  };
}

/** Waits until fonts and every image (lazy ones included) are loaded and decoded. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const images = Array.from(document.images);
    for (const image of images) {
      if (image.loading === "lazy") image.loading = "eager";
      // An image decoded off the main thread may be painted blank for a frame when the browser is
      // busy: a screenshot must show every image.
      image.decoding = "sync";
    }
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

/** Images that finished loading without a picture (after `settle`). */
export function brokenImages(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.images)
      .filter((image) => image.complete && image.naturalWidth === 0)
      .map((image) => image.currentSrc || image.src || image.outerHTML.slice(0, 120)),
  );
}

/** Elements wider than the viewport, which make a phone scroll sideways. */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const culprits: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const box = element.getBoundingClientRect();
      if (box.right > width + 1 && getComputedStyle(element).position !== "fixed") {
        const id = element.id ? `#${element.id}` : "";
        const cls = typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
        culprits.push(`${element.tagName.toLowerCase()}${id}${cls} reaches ${Math.round(box.right)} px of ${width}`);
      }
    }
    return culprits.length > 0 ? culprits.slice(0, 5) : [`the page is ${document.documentElement.scrollWidth} px wide on a ${width} px screen`];
  });
}

/**
 * The WCAG 2.2 AA rules of axe whose outcome depends on the colour scheme. The other rules read
 * the document, which is the same in both schemes, so a second scheme needs only these.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** axe-core's browser build, put into each page as it is: a page's CSP does not apply to it. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's WCAG 2.2 AA rules on the page as it is now (`colours`: only COLOUR_RULES), one line per violation. axe runs in the
 * page itself, asked for violations only: several times faster than going through
 * @axe-core/playwright, which also walks frames (the site has none).
 */
export async function axeViolations(page: Page, only: "all" | "colours" = "all"): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = only === "all" ? { type: "tag", values: AXE_TAGS } : { type: "rule", values: COLOUR_RULES };
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? "?", help: v.help, targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))).join(" / ")) }));
  }, runOnly);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(", ")}`);
}
