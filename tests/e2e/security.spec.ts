/**
 * The Content-Security-Policy holds in Chromium: the theme switch and the JSON-LD work under it,
 * and the policy really is enforced (an inline script is refused and reported). That no page of
 * the built site causes a violation, in either scheme, is checked by the page suite
 * (./page-suite.ts), which watches every page it visits for violation reports.
 * Also: the banner's preload hint fetches the visible variant once, early and at high priority.
 */
import { expect, test, type Page } from "@playwright/test";

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...fromConsole];
}

test.describe("content security policy", () => {
  test("the theme switch and the JSON-LD work under the policy", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("");
    const ld = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(ld ?? "{}")["@type"]).toBe("Event");
    const toggle = page.locator("#theme-toggle");
    if (!(await toggle.isVisible())) test.skip(true, "the toggle sits in a collapsed menu on this viewport");
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await violations()).toEqual([]);
  });

  test("the policy is enforced: an inline script is refused and reported", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("");
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.body.append(script);
    });
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    expect((await violations())[0]).toMatch(/^script-src(-elem)? blocked inline/);
  });
});

test.describe("banner preload", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`the visible ${scheme} variant is preloaded at high priority and downloaded once`, async ({ page }) => {
      const banners: { url: string; priority: string }[] = [];
      const client = await page.context().newCDPSession(page);
      await client.send("Network.enable");
      client.on("Network.requestWillBeSent", (event) => {
        if (/\/img\/banner-/.test(event.request.url)) banners.push({ url: event.request.url, priority: event.request.initialPriority });
      });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("");
      await page.waitForLoadState("networkidle");
      const shape = (page.viewportSize()?.width ?? 1280) <= 600 ? "mobile" : "desktop";
      await expect(page.locator(`head > link[rel="preload"][as="image"][data-theme="${scheme}"][data-shape="${shape}"]`)).toHaveCount(1);
      await expect(page.locator('head > link[rel="preload"][as="image"]')).toHaveCount(1);
      expect(banners.length, JSON.stringify(banners)).toBe(1);
      expect(banners[0]!.url).toMatch(new RegExp(`-${scheme}-${shape}-.*\\.avif$`));
      expect(banners[0]!.priority).toBe("High");
      const current = await page.locator(".banner img:visible").evaluate((img: HTMLImageElement) => img.currentSrc);
      expect(current).toBe(banners[0]!.url);
    });
  }
});
