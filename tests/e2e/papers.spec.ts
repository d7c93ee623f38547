/**
 * Search on the Accepted Papers and Related Reading pages: the list narrows as one types, the
 * count is announced in a polite live region, the URL keeps the query and restores the view,
 * everything works from the keyboard, and axe finds nothing in light or dark mode. Also the
 * "Copy BibTeX" button of a paper's page.
 */
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "../site/browser-checks.ts";

const TOTAL = 24;

/** Every axe rule in the light scheme; in the dark one, the rules that depend on colours. */
async function axeClean(page: Page, scheme: "light" | "dark"): Promise<void> {
  expect(await axeViolations(page, scheme === "light" ? "all" : "colours"), `axe on ${page.url()} (${scheme})`).toEqual([]);
}

const status = (page: Page) => page.locator(".paper-search__status");
const results = (page: Page) => page.locator(".paper-search__results li.paper");
/** Waits until the latest search's results are on screen (the form drops aria-busy). */
const settled = (page: Page) => expect(page.locator("form.paper-search")).not.toHaveAttribute("aria-busy");

test("without JavaScript the list is complete and the search form stays hidden", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("2024/papers/");
  await expect(page.locator(".paper-list li.paper")).toHaveCount(TOTAL);
  await expect(page.getByRole("search")).toBeHidden();
  await context.close();
});

test("typing narrows the list, the count is announced and the URL keeps the query", async ({ page }) => {
  await page.goto("2024/papers/");
  const box = page.getByRole("searchbox", { name: "Search papers" });
  await expect(box).toBeVisible();
  await expect(status(page)).toHaveAttribute("aria-live", "polite");
  await box.fill("HierarchyNet");
  await expect(status(page)).toHaveText(`1 of ${TOTAL} papers match.`);
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first().getByRole("link")).toHaveText("HierarchyNet: Learning to Summarize Source Code with Heterogeneous Representations");
  await expect(page.locator(".paper-list")).toBeHidden();
  await expect(page).toHaveURL(/\?q=HierarchyNet$/);

  // An author's name and a word of a title both search.
  await box.fill("Guha");
  await expect(status(page)).toHaveText(`2 of ${TOTAL} papers match.`);
  await expect(results(page).filter({ hasText: "Can It Edit?" })).toHaveCount(1);

  // Clearing the query shows the full list again.
  await box.fill("");
  await expect(status(page)).toHaveText(`Showing all ${TOTAL} papers.`);
  await expect(page.locator(".paper-list")).toBeVisible();
  await expect(page).toHaveURL(/papers\/$/);
});

test("filters by type, award and archival, and ?q= with filters restores the view", async ({ page }) => {
  await page.goto("2024/papers/?type=position");
  await expect(page.getByLabel("Type")).toHaveValue("position");
  await expect(status(page)).toHaveText(`5 of ${TOTAL} papers match.`);
  await expect(results(page)).toHaveCount(5);
  for (const badge of await results(page).locator(".badge--type").allTextContents()) expect(badge).toBe("Position paper");

  await page.getByLabel("Type").selectOption("");
  await page.getByLabel("Award").selectOption("any");
  await expect(status(page)).toHaveText(`3 of ${TOTAL} papers match.`);
  await page.getByLabel("Proceedings").selectOption("no");
  await expect(page).toHaveURL(/award=any&archival=no/);
  // Wait for the narrower search to be on screen: its count, announced and shown.
  await expect(status(page)).not.toHaveText(`3 of ${TOTAL} papers match.`);
  await expect(status(page)).toHaveText(/^\d+ of \d+ papers match\.$/);
  const count = Number(/^(\d+)/.exec((await status(page).textContent()) ?? "")![1]);
  expect(count).toBeGreaterThan(0);
  await expect(results(page)).toHaveCount(count);
  const url = page.url();

  await page.goto(url);
  await expect(page.getByLabel("Award")).toHaveValue("any");
  await expect(page.getByLabel("Proceedings")).toHaveValue("no");
  await expect(results(page)).toHaveCount(count);
});

test("keyboard only: search, filter and open a result", async ({ page }) => {
  await page.goto("2024/papers/");
  await expect(page.getByRole("searchbox")).toBeVisible();
  // Tab from the top of the page until the search box has focus.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.getByRole("searchbox").evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByRole("searchbox")).toBeFocused();
  await page.keyboard.type("code");
  await expect(status(page)).toHaveText(/^\d+ of 24 papers match\.$/);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Search" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Type")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Type")).toHaveValue("research");
  await expect(page).toHaveURL(/q=code&type=research/);
  // The address changes as the search starts; the results are redrawn when it ends.
  await settled(page);
  // On to the first result, and Enter opens the paper's page.
  await page.getByLabel("Proceedings").focus();
  await page.keyboard.press("Tab");
  const first = results(page).first().getByRole("link");
  await expect(first).toBeFocused();
  const title = await first.textContent();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
  await expect(page).toHaveURL(/\/2024\/papers\/[^/]+\/$/);
});

test("axe finds nothing with results shown, in either scheme", async ({ page }) => {
  for (const url of ["2024/papers/?q=model&award=any", "2024/reading/?q=benchmark"]) {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(results(page).first()).toBeVisible();
      await axeClean(page, scheme);
    }
  }
});

test("related reading: same search, abstracts in the results", async ({ page }) => {
  await page.goto("2024/reading/");
  const all = await page.locator(".paper-list li.paper").count();
  expect(all).toBeGreaterThan(200);
  await page.getByRole("searchbox", { name: "Search related papers" }).fill("StarCoder");
  await expect(status(page)).toHaveText(new RegExp(`^\\d+ of ${all} related papers match\\.$`));
  await expect(results(page).filter({ hasText: "StarCoder: may the source be with you!" })).toHaveCount(1);
  await results(page).first().locator("summary").click();
  await expect(results(page).first().locator("details p")).toBeVisible();
});

test("a paper's page: Copy BibTeX copies the entry and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("2024/papers/5/");
  const button = page.getByRole("button", { name: "Copy BibTeX" });
  await button.click();
  await expect(page.locator(".cite__status")).toHaveText("BibTeX entry copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^@inproceedings\{llm4code2024-5,/);
  await expect(page.getByRole("link", { name: "Download .bib" })).toHaveAttribute("href", /2024\/papers\/5\/5\.bib$/);
});
