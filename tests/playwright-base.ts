// What the two Playwright configurations share: how tests run, the browser (Debian's Chromium,
// reaching no host but the test server), and the two device shapes. playwright.config.ts runs the
// engine's browser tests on the fixture sites, tests/site/playwright.config.ts the site checks.
import type { PlaywrightTestConfig } from "@playwright/test";
import { PLAYWRIGHT_ARGS, DEFAULT_CHROMIUM_PATH, LOCAL_ONLY_ARGS } from "../scripts/chromium.ts";

export const RUNNER: PlaywrightTestConfig = {
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
};

/** The browser of every test: pinned language, reduced motion, no service workers, no other host. */
export const BROWSER: NonNullable<PlaywrightTestConfig["use"]> = {
  browserName: "chromium",
  locale: "en-GB",
  reducedMotion: "reduce",
  serviceWorkers: "block",
  launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH, args: [...PLAYWRIGHT_ARGS, ...LOCAL_ONLY_ARGS] },
};

export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false };
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
