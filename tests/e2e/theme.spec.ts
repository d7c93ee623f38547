/**
 * The light/dark theme: the `#theme-toggle` button, the stored choice, and the
 * home banner's colour-scheme-specific image variants.
 *
 * Contract (see the site's client scripts):
 * - `<html data-theme="light|dark">` only when the visitor chose a theme,
 *   stored in localStorage under `colloquy-theme`; otherwise the system
 *   colour scheme applies.
 * - `#theme-toggle` is `hidden` until JavaScript runs; `aria-pressed="true"`
 *   while the dark theme shows.
 * - `.banner` holds one `<picture data-theme="light|dark">` per theme, whose
 *   `<source>`s are tagged `data-shape` (mobile: max-width 600px); only the
 *   active theme's picture is displayed, and only its variant is downloaded.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { siteDir } from "./site-pages.ts";

type Theme = "light" | "dark";

const STORAGE_KEY = "colloquy-theme";
const THEMES: readonly Theme[] = ["light", "dark"];
const SITE_DIR = siteDir("llm4code");

const opposite = (theme: Theme): Theme => (theme === "dark" ? "light" : "dark");

/** A second page for navigation tests: the first `x/index.html` of the built site. */
function secondPage(): string {
  const dirs = readdirSync(SITE_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const dir of dirs) {
    if (readdirSync(path.join(SITE_DIR, dir)).includes("index.html")) return `${dir}/`;
  }
  throw new Error(`No page besides the home page in ${SITE_DIR}`);
}

/** Stores a manual theme choice before any of the page's scripts run. */
async function storeTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        // about:blank and other opaque origins have no storage.
      }
    },
    [STORAGE_KEY, theme] as const,
  );
}

/**
 * Returns the visible theme toggle. On a narrow screen it may sit inside a
 * collapsed menu; any `button[aria-expanded="false"][aria-controls]` whose
 * controlled element contains the toggle is opened first.
 */
async function revealToggle(page: Page): Promise<Locator> {
  const toggle = page.locator("#theme-toggle");
  await expect(toggle).toHaveCount(1);
  await expect(toggle).not.toHaveAttribute("hidden");
  if (!(await toggle.isVisible())) {
    const openers = page.locator('button[aria-expanded="false"][aria-controls]');
    for (const opener of await openers.all()) {
      const controls = await opener.getAttribute("aria-controls");
      if (controls && (await page.locator(`[id="${controls}"] #theme-toggle`).count()) > 0) {
        await opener.click();
        break;
      }
    }
  }
  await expect(toggle).toBeVisible();
  return toggle;
}

async function expectTheme(page: Page, theme: Theme, chosen: boolean): Promise<void> {
  const html = page.locator("html");
  if (chosen) await expect(html).toHaveAttribute("data-theme", theme);
  else await expect(html).not.toHaveAttribute("data-theme");
  await expect(page.locator("#theme-toggle")).toHaveAttribute("aria-pressed", theme === "dark" ? "true" : "false");
}

async function storedTheme(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
}

/** The colours that tell the themes apart. */
async function themeColours(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const html = getComputedStyle(document.documentElement);
    const body = getComputedStyle(document.body);
    return [html.backgroundColor, body.backgroundColor, body.color];
  });
}

function bannerShape(page: Page): "mobile" | "desktop" {
  const width = page.viewportSize()?.width ?? 1280;
  return width <= 600 ? "mobile" : "desktop";
}

async function bannerSource(page: Page): Promise<string> {
  const img = page.locator(".banner img:visible");
  await expect(img).toHaveCount(1);
  await expect(img).toHaveJSProperty("complete", true);
  return img.evaluate((element: HTMLImageElement) => element.currentSrc);
}

async function expectBanner(page: Page, theme: Theme): Promise<void> {
  const shape = bannerShape(page);
  await expect
    .poll(() => bannerSource(page), { message: `the banner shows its ${theme} ${shape} variant` })
    .toMatch(new RegExp(`^(?=.*-${theme}-)(?=.*-${shape}-)`));
}

test.describe("theme toggle", () => {
  for (const scheme of THEMES) {
    test(`follows the system colour scheme until a choice is made (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("");
      await revealToggle(page);
      await expectTheme(page, scheme, false);
      expect(await storedTheme(page)).toBeNull();
    });

    test(`a click switches the theme and the choice persists (${scheme} system)`, async ({ page }) => {
      const chosen = opposite(scheme);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("");
      const systemColours = await themeColours(page);

      await (await revealToggle(page)).click();
      await expectTheme(page, chosen, true);
      expect(await storedTheme(page)).toBe(chosen);
      expect(await themeColours(page), "the page colours change").not.toEqual(systemColours);

      await page.goto(secondPage());
      await revealToggle(page);
      await expectTheme(page, chosen, true);

      await page.reload();
      await revealToggle(page);
      await expectTheme(page, chosen, true);

      await page.goto("");
      await (await revealToggle(page)).click();
      await expect(page.locator("#theme-toggle")).toHaveAttribute("aria-pressed", scheme === "dark" ? "true" : "false");
      expect(await themeColours(page), "back to the original colours").toEqual(systemColours);
    });

    test(`a stored ${scheme} choice looks like the system ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("");
      const systemColours = await themeColours(page);

      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, scheme] as const);
      await page.emulateMedia({ colorScheme: opposite(scheme) });
      await page.reload();
      await revealToggle(page);
      await expectTheme(page, scheme, true);
      expect(await themeColours(page)).toEqual(systemColours);
    });

    test(`a stored ${scheme} choice is applied before the body is parsed (no flash)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: opposite(scheme) });
      await storeTheme(page, scheme);
      await page.addInitScript(() => {
        const record = window as unknown as { themeSetBeforeBody?: boolean };
        new MutationObserver((_records, observer) => {
          if (document.documentElement.hasAttribute("data-theme")) {
            record.themeSetBeforeBody = document.body === null;
            observer.disconnect();
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-theme"] });
      });
      for (const url of ["", secondPage()]) {
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
        const setBeforeBody = await page.evaluate(
          () => (window as unknown as { themeSetBeforeBody?: boolean }).themeSetBeforeBody,
        );
        expect(setBeforeBody, `data-theme must be set by a blocking script in <head> (/${url})`).toBe(true);
      }
    });
  }

  test("is operable with the keyboard and shows a focus indicator", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("");
    const toggle = await revealToggle(page);

    let focused = false;
    for (let presses = 0; presses < 80 && !focused; presses++) {
      await page.keyboard.press("Tab");
      focused = await toggle.evaluate((element) => element === document.activeElement);
    }
    expect(focused, "Tab reaches #theme-toggle").toBe(true);

    await page.keyboard.press("Enter");
    await expectTheme(page, "dark", true);
    await expect(toggle).toBeFocused();

    await page.keyboard.press("Space");
    await expectTheme(page, "light", true);
    await expect(toggle).toBeFocused();

    const indicator = await toggle.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        matchesFocusVisible: element.matches(":focus-visible"),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== "rgba(0, 0, 0, 0)",
        boxShadow: style.boxShadow !== "none",
      };
    });
    expect(indicator.matchesFocusVisible, "keyboard focus matches :focus-visible").toBe(true);
    expect(indicator.outline || indicator.boxShadow, "an outline or box-shadow marks the focus").toBe(true);

    const box = await toggle.boundingBox();
    expect(box).not.toBeNull();
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    const margin = 8;
    const x = Math.max(0, Math.floor((box?.x ?? 0) - margin));
    const y = Math.max(0, Math.floor((box?.y ?? 0) - margin));
    const clip = {
      x,
      y,
      width: Math.min(viewport.width - x, Math.ceil((box?.width ?? 0) + 2 * margin)),
      height: Math.min(viewport.height - y, Math.ceil((box?.height ?? 0) + 2 * margin)),
    };
    const withFocus = await page.screenshot({ clip, animations: "disabled" });
    await toggle.evaluate((element) => (element as HTMLElement).blur());
    await page.mouse.move(0, 0);
    const withoutFocus = await page.screenshot({ clip, animations: "disabled" });
    expect(withFocus.equals(withoutFocus), "the focused toggle looks different").toBe(false);
  });
});

test.describe("theme toggle without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("stays hidden", async ({ page }) => {
    await page.goto("");
    await expect(page.locator("#theme-toggle")).toHaveAttribute("hidden");
    await expect(page.locator("#theme-toggle")).toBeHidden();
  });
});

test.describe("home banner", () => {
  test("has a light and a dark variant for each shape, and a WebP fallback", async ({ page }) => {
    await page.goto("");
    const pictures = page.locator(".banner picture");
    await expect(pictures).toHaveCount(2);
    for (const theme of THEMES) {
      const picture = page.locator(`.banner picture[data-theme="${theme}"]`);
      for (const shape of ["mobile", "desktop"]) {
        const sources = picture.locator(`source[data-shape="${shape}"]`);
        expect(await sources.count(), `${theme} ${shape} sources`).toBeGreaterThan(0);
        for (const source of await sources.all()) {
          if (shape === "mobile") await expect(source).toHaveAttribute("media", "(max-width: 600px)");
          await expect(source).toHaveAttribute("srcset", /\S/);
          await expect(source).toHaveAttribute("width", /^\d+$/);
          await expect(source).toHaveAttribute("height", /^\d+$/);
        }
      }
      const img = picture.locator("img");
      await expect(img).toHaveCount(1);
      await expect(img).toHaveAttribute("src", new RegExp(`-${theme}-desktop-.*\\.webp$`));
      await expect(img).toHaveAttribute("width", /^\d+$/);
      await expect(img).toHaveAttribute("height", /^\d+$/);
      await expect(img).toHaveAttribute("alt", /\S/);
    }
  });

  for (const scheme of THEMES) {
    test(`follows the system colour scheme (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("");
      await expectBanner(page, scheme);
    });

    test(`follows the toggle (${scheme} system)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("");
      await expectBanner(page, scheme);
      await (await revealToggle(page)).click();
      await expectBanner(page, opposite(scheme));
    });

    test(`a stored ${scheme} choice downloads only the ${scheme} banner`, async ({ page, baseURL }) => {
      const other = opposite(scheme);
      await page.emulateMedia({ colorScheme: other });
      await storeTheme(page, scheme);
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));

      await page.goto("");
      await expectBanner(page, scheme);
      await page.waitForLoadState("networkidle");

      const candidates = await page.locator(".banner").evaluate((picture) => {
        const urls = new Set<string>();
        const add = (srcset: string | null) => {
          for (const candidate of (srcset ?? "").split(",")) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) urls.add(new URL(url, document.baseURI).href);
          }
        };
        picture.querySelectorAll("source").forEach((source) => add(source.getAttribute("srcset")));
        const img = picture.querySelector("img");
        add(img?.getAttribute("srcset") ?? null);
        add(img?.getAttribute("src") ?? null);
        return [...urls];
      });
      expect(candidates.length, "banner image URLs").toBeGreaterThan(0);

      const bannerRequests = requested.filter((url) => candidates.includes(url));
      expect(bannerRequests.length, `a banner was requested from ${baseURL}`).toBeGreaterThan(0);
      expect(
        bannerRequests.filter((url) => !url.includes(`-${scheme}-`) || url.includes(`-${other}-`)),
        `only the ${scheme} banner is downloaded`,
      ).toEqual([]);
      expect(
        bannerRequests.filter((url) => !url.includes(`-${bannerShape(page)}-`)),
        `only the ${bannerShape(page)} banner is downloaded`,
      ).toEqual([]);
    });
  }
});
