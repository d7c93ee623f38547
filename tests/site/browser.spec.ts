/**
 * Site check: every visited page (see ./pages.ts) in each project of ./playwright.config.ts
 * (desktop and phone), in the light and then the dark scheme (where axe checks the rules that
 * depend on colours; the document is the same). A rule, not a baseline: no axe WCAG 2.2 AA violation, no
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
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(sitePage.url);
      expect(response?.status(), `status of ${target.pathname}`).toBe(sitePage.status);
      await settle(page);
      const where = `${target.pathname} (${scheme})`;
      expect.soft(await brokenImages(page), `broken images on ${where}`).toEqual([]);
      if (testInfo.project.metadata.phone) expect.soft(await horizontalOverflow(page), `horizontal overflow on ${where}`).toEqual([]);
      // Every rule in the light scheme; in the dark one, the rules that depend on colours.
      expect.soft(await axeViolations(page, scheme === "light" ? "all" : "colours"), `axe violations on ${where}`).toEqual([]);
      expect(await watcher.all(), `console errors, CSP violations or bad requests on ${where}`).toEqual([]);
    }
  });
}

test("the checks do catch what they look for (a broken page served in place of one)", async ({ page, baseURL }, testInfo) => {
  const url = new URL("colloquy-check-self-test/", baseURL);
  await page.route(url.href, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"></head><body>
        <img src="missing.png"><p style="color:#eee">pale</p><div style="width:3000px">wide</div><script>1</script>
        <img src="https://elsewhere.example/x.png" alt="x"></body></html>`,
    }),
  );
  const watcher = await watchPage(page, url.origin, () => url.href, 200);
  await page.goto(url.href);
  await settle(page);
  expect(await brokenImages(page)).not.toEqual([]);
  if (testInfo.project.metadata.phone) expect(await horizontalOverflow(page)).not.toEqual([]);
  const axe = await axeViolations(page);
  for (const rule of ["image-alt", "color-contrast", "document-title", "html-has-lang"]) expect(axe.some((v) => v.startsWith(rule)), rule).toBe(true);
  expect((await axeViolations(page, "colours")).map((v) => v.split(" ")[0])).toEqual(["color-contrast"]);
  const problems = (await watcher.all()).join("\n");
  expect(problems).toMatch(/CSP violation: script-src/);
  expect(problems).toMatch(/request to another origin: https:\/\/elsewhere\.example/);
  expect(problems).toMatch(/HTTP 404: .*missing\.png/);
});
