import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from "./scripts/chromium.ts";
import { normalizePrefix } from "./src/lib/urls.ts";

/**
 * Browser tests against the built site in `_site` (run `npm run build` first,
 * or use `npm test`, which builds it).
 *
 * - E2E_PORT changes the port of the test server (default 4173).
 * - SITE_PREFIX serves the site under a path prefix, for a site built with
 *   `--pathprefix` (e.g. SITE_PREFIX=/llm4code/). Tests navigate with paths
 *   relative to baseURL ("call/", never "/call/"), so they work either way.
 *
 * Colour scheme is not a project: each test sets it with page.emulateMedia().
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const prefix = normalizePrefix(process.env.SITE_PREFIX);
const baseURL = `http://127.0.0.1:${port}${prefix}`;

export default defineConfig({
  testDir: "tests/e2e",
  snapshotPathTemplate: "tests/e2e/__snapshots__/{testFilePath}/{projectName}/{arg}{ext}",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    toHaveScreenshot: { maxDiffPixelRatio: 0.002, animations: "disabled" },
  },
  webServer: {
    command: `"${process.execPath}" --import tsx scripts/serve.ts --dir _site --port ${port}`,
    url: baseURL,
    env: { SITE_PREFIX: prefix },
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    timeout: 30_000,
  },
  use: {
    baseURL,
    browserName: "chromium",
    locale: "en-GB",
    timezoneId: "Europe/Lisbon",
    reducedMotion: "reduce",
    serviceWorkers: "block",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    {
      name: "desktop",
      use: {
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
        isMobile: false,
        hasTouch: false,
      },
    },
    {
      name: "mobile",
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 1,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
});
