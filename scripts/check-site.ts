/**
 * `npm run check:site [-- --content=DIR --assets=DIR]`: the site checks, on whatever the content
 * folder holds. They know nothing of a particular workshop and compare with no baseline:
 *
 *   1. the content validates and the site builds, at `/` and under a base path;
 *   2. static checks of every page (tests/site/static.test.ts): every internal link, asset and
 *      srcset resolves in both builds, html-validate passes, the editors' JSON Schemas are current;
 *   3. the pages in Chromium (tests/site/browser.spec.ts), light and dark, desktop and phone:
 *      no axe WCAG 2.2 AA violation, console error, CSP violation, request to another origin,
 *      horizontal overflow on a phone or broken image. Per-paper pages are sampled.
 *
 * The last line is "N passed, N failed". `npm test` runs these after the engine tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { findChromium } from "./chromium.ts";
import { option } from "./cli.ts";
import { build, heading, nodeTests, playwright, ROOT, Tally } from "./test-runner.ts";

/** The base path the second build is served under, like a GitHub project site. */
export const CHECK_PREFIX = "/site-check/";

export interface SiteCheckOptions {
  content: string;
  assets: string;
  /** Folder for the two builds (removed by the caller). */
  scratch: string;
  /** Extra Playwright arguments. */
  playwrightArgs?: readonly string[];
}

/** Runs every site check into `tally`; resolves to the exit code of the first failing stage, else 0. */
export async function checkSite(options: SiteCheckOptions, tally: Tally): Promise<number> {
  const rootDir = path.join(options.scratch, "site-root");
  const prefixedDir = path.join(options.scratch, "site-prefixed");
  const sources = [`--content=${options.content}`, `--assets=${options.assets}`, "--quiet"];

  heading(`Site checks: build ${path.relative(ROOT, options.content) || options.content} at / and at ${CHECK_PREFIX}`);
  const atRoot = await build([...sources, `--output=${rootDir}`], tally, "The build at /");
  if (atRoot !== 0) return atRoot;
  const prefixed = await build([...sources, `--output=${prefixedDir}`, `--pathprefix=${CHECK_PREFIX}`], tally, `The build at ${CHECK_PREFIX}`);
  if (prefixed !== 0) return prefixed;

  const env = {
    SITE_CHECK_CONTENT: path.resolve(options.content),
    SITE_CHECK_ROOT_DIR: rootDir,
    SITE_CHECK_PREFIXED_DIR: prefixedDir,
    SITE_CHECK_PREFIX: CHECK_PREFIX,
  };
  heading("Site checks: every page, statically");
  const statics = await nodeTests(["tests/site/static.test.ts"], tally, env);
  if (statics !== 0) return statics;

  heading("Site checks: the pages in Chromium");
  return playwright("tests/site/playwright.config.ts", options.playwrightArgs ?? [], tally, env);
}

async function main(args: string[]): Promise<void> {
  const tally = new Tally();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "colloquy-site-check-"));
  let code = 1;
  try {
    process.env.CHROMIUM_PATH = await findChromium();
    code = await checkSite({ content: option(args, "content") ?? "content", assets: option(args, "assets") ?? "assets", scratch }, tally);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    tally.total.failed += 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\n${tally.summary()}`);
  process.exit(code);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) await main(process.argv.slice(2));
