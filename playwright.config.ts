import path from "node:path";
import { defineConfig } from "@playwright/test";
import { normalizePrefix } from "./src/lib/urls.ts";
import { BROWSER, DESKTOP as desktop, PHONE as mobile, RUNNER } from "./tests/playwright-base.ts";

/**
 * Engine browser tests against the built fixture sites (`npm test` builds them into E2E_SITES,
 * one folder per fixture of tests/fixtures/sites/; default `.test-sites`).
 *
 * - llm4code (projects `desktop`, `mobile`): every spec but vera.spec.ts, on port E2E_PORT
 *   (default 4173).
 * - vera, the second fixture workshop (projects `vera-desktop`, `vera-mobile`): vera.spec.ts, on
 *   the next port.
 * - SITE_PREFIX serves the sites under a path prefix, for sites built with `--pathprefix` (e.g.
 *   SITE_PREFIX=/llm4code/). Tests navigate with paths relative to baseURL ("call/", never
 *   "/call/"), so they work either way.
 *
 * Colour scheme is not a project: each test sets it with page.emulateMedia().
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const prefix = normalizePrefix(process.env.SITE_PREFIX);
const sites = path.resolve(process.env.E2E_SITES ?? ".test-sites");
const fixtures = { llm4code: port, vera: port + 1 } as const;
const urlOf = (name: keyof typeof fixtures) => `http://127.0.0.1:${fixtures[name]}${prefix}`;
const baseURL = urlOf("llm4code");

export default defineConfig({
  testDir: "tests/e2e",
  snapshotPathTemplate: "tests/e2e/__snapshots__/{testFilePath}/{projectName}/{arg}{ext}",
  outputDir: "test-results",
  ...RUNNER,
  expect: {
    timeout: 10_000,
    toHaveScreenshot: { maxDiffPixelRatio: 0.002, animations: "disabled" },
  },
  webServer: (Object.keys(fixtures) as (keyof typeof fixtures)[]).map((name) => ({
    command: `"${process.execPath}" --import tsx scripts/serve.ts --dir "${path.join(sites, name)}" --port ${fixtures[name]}`,
    url: urlOf(name),
    env: { SITE_PREFIX: prefix },
    reuseExistingServer: false,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    timeout: 30_000,
  })),
  use: {
    ...BROWSER,
    baseURL,
    timezoneId: "Europe/Lisbon",
    trace: "retain-on-failure",
  },
  projects: [
    { name: "desktop", testIgnore: "vera.spec.ts", use: desktop },
    { name: "mobile", testIgnore: "vera.spec.ts", use: mobile },
    { name: "vera-desktop", testMatch: "vera.spec.ts", use: { ...desktop, baseURL: urlOf("vera") } },
    { name: "vera-mobile", testMatch: "vera.spec.ts", use: { ...mobile, baseURL: urlOf("vera") } },
  ],
});
