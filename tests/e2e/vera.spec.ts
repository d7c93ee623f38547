/**
 * The second fixture workshop (tests/fixtures/sites/vera): online, standalone, over two days, in
 * en-US, with its own accent colours, logo, font, typographic banner and interface wording
 * (labels.yaml), and a hybrid, co-located 2025 edition in its archive. Run by the `vera-desktop`
 * and `vera-mobile` projects of playwright.config.ts against its own test server.
 */
import { expect, test, type Page } from "@playwright/test";
import { pageSuite } from "./page-suite.ts";
import { siteDir } from "./site-pages.ts";

test.describe("vera pages", () => {
  pageSuite(siteDir("vera"), ["2026/papers/3/"], new Date("2026-12-01T20:00:00Z"));
});

/** The computed value of a CSS property of the first element matching `selector`. */
const style = (page: Page, selector: string, property: string) =>
  page.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

test.describe("vera: its own shape, language, wording and look", () => {
  test("the home page says online, standalone and both days, in US English", async ({ page }) => {
    await page.goto("");
    const facts = page.locator(".key-facts");
    await expect(facts).toContainText("Second edition");
    await expect(facts).toContainText("Online (Example Meet)");
    await expect(facts.getByRole("link", { name: "Join online" })).toHaveAttribute("href", "https://meet.example.org/vera-2026");
    await expect(facts).toContainText(/December 12\s*–\s*13, 2026/);
    await expect(facts).not.toContainText("Co-located");
    await expect(page.locator(".news time").first()).toHaveText("November 20, 2026");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
    const event = [jsonLd].flat().find((item: { "@type"?: string }) => item["@type"] === "Event") ?? jsonLd;
    expect(event.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(event.endDate).toMatch(/^2026-12-13/);
  });

  test("labels.yaml renames the program and the call everywhere it is named", async ({ page }) => {
    await page.goto("");
    const menu = page.getByRole("navigation", { name: "Main" });
    await expect(menu.getByRole("link", { name: "Schedule" })).toBeVisible();
    await expect(menu.getByRole("link", { name: "Call for Contributions" })).toBeVisible();
    await expect(menu.getByRole("link", { name: "Program", exact: true })).toHaveCount(0);
    await page.goto("program/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Schedule");
    await expect(page).toHaveTitle(/^Schedule/);
  });

  test("the schedule has both days, with times as US English writes them", async ({ page }) => {
    await page.goto("program/");
    await expect(page.locator("table.program")).toHaveCount(2);
    await expect(page.locator("table.program").nth(1)).toContainText("Papers: tools and tests");
    await expect(page.locator("table.program").first()).toContainText(/8:00\s*AM/);
  });

  test("the accent colours links and the current menu item, in each scheme; the text font is Source Sans 3", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("");
    expect(await style(page, ".news a", "color")).toBe("rgb(138, 43, 110)");
    expect(await style(page, "nav [aria-current=page]", "background-color")).toBe("rgb(138, 43, 110)");
    expect(await style(page, "body", "font-family")).toMatch(/^"?Source Sans 3"?/);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await style(page, ".news a", "color")).toBe("rgb(242, 167, 217)");
  });

  test("the header logo follows the scheme and names the home link", async ({ page }) => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("");
      const shown = page.locator(`.site-logo[data-theme="${scheme}"] img`);
      await expect(shown).toBeVisible();
      await expect(page.locator(`.site-logo:not([data-theme="${scheme}"]) img`)).toBeHidden();
      await expect(page.getByRole("link", { name: /^VerA/ }).first()).toHaveAttribute("href", /\/$/);
    }
  });

  test("the archived 2025 edition was hybrid and co-located, and says so", async ({ page }) => {
    await page.goto("2025/");
    await expect(page.locator(".archive-notice")).toContainText(/held in San Diego and online on December 6, 2025/);
    const facts = page.locator(".key-facts");
    await expect(facts).toContainText("NeurIPS 2025");
    await expect(facts).toContainText("Convention Center, Room 7, San Diego, United States");
    await expect(facts).toContainText("Hybrid: in person and online");
  });
});
