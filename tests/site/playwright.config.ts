import { defineConfig, type Project } from "@playwright/test";
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH, LOCAL_ONLY_ARGS } from "../../scripts/chromium.ts";
import { normalizePrefix } from "../../src/lib/urls.ts";

/**
 * The site checks in the browser (`npm run check:site` sets the variables below): the built site
 * in SITE_CHECK_PREFIXED_DIR, served under SITE_CHECK_PREFIX on SITE_CHECK_PORT (default 4180).
 * Two projects, desktop and phone; each test visits its page in the light and the dark scheme.
 * No screenshots and no baselines: every rule holds for any content.
 */
const port = Number(process.env.SITE_CHECK_PORT ?? 4180);
const prefix = normalizePrefix(process.env.SITE_CHECK_PREFIX);
const dir = process.env.SITE_CHECK_PREFIXED_DIR ?? "_site";
const baseURL = `http://127.0.0.1:${port}${prefix}`;

const desktop = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const projects: Project[] = [];
for (const [name, device] of [["desktop", desktop], ["phone", phone]] as const) {
  projects.push({ name, use: { ...device, deviceScaleFactor: 1 }, metadata: { phone: name === "phone" } });
}

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/site",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  webServer: {
    command: `"${process.execPath}" --import tsx scripts/serve.ts --dir "${dir}" --port ${port} --prefix ${prefix}`,
    cwd: "../..",
    url: baseURL,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    timeout: 30_000,
  },
  use: {
    baseURL,
    browserName: "chromium",
    locale: "en-GB",
    timezoneId: "UTC",
    reducedMotion: "reduce",
    serviceWorkers: "block",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...LOCAL_ONLY_ARGS] },
  },
  projects,
});
