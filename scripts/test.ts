/**
 * `npm test`: the engine tests, then the site checks, stopping at the first stage that fails.
 *
 * Engine tests check Colloquy itself on the fixture sites in tests/fixtures/sites/ and never read
 * content/; their baselines, counts and texts belong to the fixtures:
 *   1. find (or, as root on Debian, install) Chromium; CHROMIUM_PATH is set for the stages below;
 *   2. unit and build tests: node's test runner on tests/unit/*.test.ts and tests/build/*.test.ts;
 *   3. the fixture sites are built;
 *   4. browser tests: Playwright on tests/e2e (screenshots, ARIA snapshots, axe), with any extra
 *      arguments, e.g. `npm test -- --update-snapshots` or `npm test -- tests/e2e/theme.spec.ts`.
 *
 * Site checks (scripts/check-site.ts) check whatever content/ holds, by rules that hold for any
 * content: an organizer's ordinary edit never makes them fail.
 *
 * The stages' temporary folders (the tests build many sites) go into one folder, removed at the
 * end. The last line is a summary of all stages: "N passed, N failed".
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findChromium } from "./chromium.ts";
import { checkSite } from "./check-site.ts";
import { build, heading, nodeTests, playwright, ROOT, Tally } from "./test-runner.ts";

/** The fixture sites the browser tests visit, each served by its own test server (playwright.config.ts). */
export const FIXTURE_SITES = ["llm4code", "vera"] as const;

const tally = new Tally();

/** Where every stage's temporary files go (TMPDIR of the children). */
const scratch = mkdtempSync(path.join(os.tmpdir(), "colloquy-test-"));
process.env.TMPDIR = scratch;

function finish(code: number): never {
  rmSync(scratch, { recursive: true, force: true });
  console.log(`\n${tally.summary()}`);
  process.exit(code);
}

function testFiles(dir: string): string[] {
  const absolute = path.join(ROOT, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => name.endsWith(".test.ts"))
    .sort()
    .map((name) => `${dir}/${name}`);
}

async function main(): Promise<void> {
  // `npm test -- --update-snapshots` arrives without the "--"; `tsx scripts/test.ts -- …` with it.
  const playwrightArgs = process.argv.slice(2);
  if (playwrightArgs[0] === "--") playwrightArgs.shift();

  heading("Chromium");
  try {
    process.env.CHROMIUM_PATH = await findChromium();
    console.log(`Using ${process.env.CHROMIUM_PATH}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    tally.total.failed += 1;
    finish(1);
  }

  const files = [...testFiles("tests/unit"), ...testFiles("tests/build")];
  heading(`Engine: unit and build tests (${files.length} files)`);
  const unit = await nodeTests(files, tally);
  if (unit !== 0) finish(unit);

  const sites = path.join(scratch, "fixture-sites");
  for (const name of FIXTURE_SITES) {
    heading(`Engine: build the fixture site "${name}"`);
    const fixture = path.join("tests/fixtures/sites", name);
    const code = await build([`--content=${fixture}/content`, `--assets=${fixture}/assets`, `--output=${path.join(sites, name)}`, "--quiet"], tally, `The build of ${name}`);
    if (code !== 0) finish(code);
  }

  heading("Engine: browser tests on the fixture sites");
  const e2e = await playwright("playwright.config.ts", playwrightArgs, tally, { E2E_SITES: sites });
  if (e2e !== 0) finish(e2e);

  // Extra arguments name engine tests (or update their snapshots); the site checks take none.
  const siteChecks = await checkSite({ content: "content", assets: "assets", scratch: path.join(scratch, "site-check") }, tally);
  finish(siteChecks);
}

await main();
