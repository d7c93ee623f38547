/**
 * Editions in the browser: the editions menu in the header (a `<details>` disclosure, usable
 * with the keyboard and without JavaScript), the archive notice on past editions, and old
 * addresses (aliases) that redirect to the current page.
 */
import { expect, test } from "@playwright/test";
import { axeViolations } from "../site/browser-checks.ts";

test("the editions menu opens with the keyboard, marks the edition being viewed and leads to it", async ({ page, baseURL }) => {
  await page.goto("2025/");
  const menu = page.locator("details.editions");
  const summary = menu.locator("summary");
  await expect(menu).not.toHaveAttribute("open", "");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("open", "");
  const links = menu.getByRole("link");
  await expect(links).toHaveText([/2026\s+Rio de Janeiro\s+current/, /2025\s+Ottawa/, /2024\s+Lisbon/]);
  await expect(menu.locator('[aria-current="true"]')).toHaveText(/2025/);

  await page.keyboard.press("Tab");
  await expect(links.first()).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new URL("2024/", baseURL).href);
  await expect(page.locator("h1")).toHaveText("The First International Workshop on Large Language Models for Code");
});

test("the open editions menu and the archive notice pass axe, in either scheme", async ({ page }) => {
  await page.goto("2024/papers/");
  await page.locator("details.editions summary").click();
  await expect(page.locator("details.editions ul")).toBeVisible();
  // Every rule in the light scheme; in the dark one, the rules that depend on colours.
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, scheme === "light" ? "all" : "colours"), `axe (${scheme})`).toEqual([]);
  }
});

test("an archived edition says so and links to the current edition; the current one does not", async ({ page, baseURL }) => {
  await page.goto("2024/dates/");
  const notice = page.getByRole("note");
  await expect(notice).toContainText("archive of LLM4Code 2024");
  await notice.getByRole("link", { name: "Go to LLM4Code 2026" }).click();
  await expect(page).toHaveURL(new URL("./", baseURL).href);
  await expect(page.getByRole("note")).toHaveCount(0);
  await page.goto("2026/");
  await expect(page.getByRole("note")).toHaveCount(0);
});

test("the menu works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("2025/call/");
  await page.locator("details.editions summary").click();
  await page.locator("details.editions").getByRole("link", { name: /2024/ }).click();
  await expect(page).toHaveURL(new URL("2024/", baseURL).href);
  await context.close();
});

for (const [from, to] of [
  ["date/", "dates/"],
  ["2024/date/", "2024/dates/"],
  ["2025/date/", "2025/dates/"],
] as const) {
  test(`the old address ${from} leads to ${to}`, async ({ page, baseURL }) => {
    await page.goto(from);
    await expect(page).toHaveURL(new URL(to, baseURL).href);
    await expect(page.locator("h1")).toHaveText("Important Dates");
  });
}
