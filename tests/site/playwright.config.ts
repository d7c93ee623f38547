import { defineConfig, type Project } from "@playwright/test";
import { normalizePrefix } from "../../src/lib/urls.ts";
import { BROWSER, DESKTOP, PHONE, RUNNER } from "../playwright-base.ts";

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

const projects: Project[] = [
  { name: "desktop", use: DESKTOP, metadata: { phone: false } },
  { name: "phone", use: PHONE, metadata: { phone: true } },
];

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/site",
  ...RUNNER,
  webServer: {
    command: `"${process.execPath}" --import tsx scripts/serve.ts --dir "${dir}" --port ${port} --prefix ${prefix}`,
    cwd: "../..",
    url: baseURL,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    timeout: 30_000,
  },
  use: { ...BROWSER, baseURL, timezoneId: "UTC" },
  projects,
});
