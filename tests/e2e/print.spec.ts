/**
 * Printing: the papers list and the program print as plain black-on-white pages without the
 * menu, theme switch, banner or social card; nothing is wider than the paper; a paper entry or a
 * program slot is never split across pages; link addresses are printed.
 */
import { expect, test } from "@playwright/test";

// 2024 has papers with links; the current edition (at the root) has a program.
const PAGES = ["2024/papers/", "program/"];

for (const url of PAGES) {
  test(`${url} prints cleanly`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "print layout does not depend on the screen");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);

    for (const selector of [".site-nav", "#theme-toggle", ".skip-link", ".banner", ".social-card", ".site-footer__links"]) {
      for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
    }
    const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    expect(colours, "black on white, even in dark mode").toEqual(["rgb(255, 255, 255)", "rgb(0, 0, 0)"]);

    const overflow = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>("main *"))
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(overflow, "elements wider than the page").toEqual([]);

    for (const selector of [".paper", ".program tr"]) {
      const breaks = await page.locator(selector).evaluateAll((elements) => elements.map((e) => getComputedStyle(e).breakInside));
      expect(breaks.filter((b) => b !== "avoid"), `${selector} may be split across pages`).toEqual([]);
    }
    if (url === "2024/papers/") {
      const printed = await page.locator(".paper__links a[href^='http']").first().evaluate((a) => getComputedStyle(a, "::after").content);
      expect(printed).toMatch(/^": " attr\(href\)$|^": https?:/);
    }

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages, "a reasonable number of printed pages").toBeLessThan(url === "papers/" ? 12 : 6);
    await testInfo.attach(`${url.replace(/\W/g, "")}.pdf`, { body: pdf, contentType: "application/pdf" });
  });
}
