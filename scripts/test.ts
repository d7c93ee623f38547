/**
 * `npm test`: every test stage, stopping at the first one that fails.
 *
 *   1. find (or, as root on Debian, install) Chromium; CHROMIUM_PATH is set
 *      for the stages below;
 *   2. unit and build tests: node's test runner on tests/unit/*.test.ts and
 *      tests/build/*.test.ts;
 *   3. a fresh build of the site into _site;
 *   4. browser tests: Playwright on tests/e2e, with any extra arguments, e.g.
 *      `npm test -- --update-snapshots` or `npm test -- tests/e2e/theme.spec.ts`.
 *
 * The stages' temporary folders (the tests build many sites) go into one folder, removed at the end.
 *
 * The last line is a summary of all stages: "N passed, N failed".
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "./chromium.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SITE_DIR = path.join(ROOT, "_site");
const require = createRequire(import.meta.url);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };

/** Where every stage's temporary files go (TMPDIR of the children). */
const scratch = mkdtempSync(path.join(os.tmpdir(), "colloquy-test-"));
process.env.TMPDIR = scratch;

function summary(): string {
  const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : "";
  return `${total.passed} passed, ${total.failed} failed${skipped}`;
}

function finish(code: number): never {
  rmSync(scratch, { recursive: true, force: true });
  console.log(`\n${summary()}`);
  process.exit(code);
}

function heading(text: string): void {
  console.log(`\n── ${text} ${"─".repeat(Math.max(0, 70 - text.length))}`);
}

const stripAnsi = (text: string): string => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");

interface Result {
  code: number;
  /** The end of the child's standard output, for reading its summary. */
  tail: string;
}

/** Runs a command with the project root as cwd, echoing its output as it comes. */
function run(command: string, args: readonly string[]): Promise<Result> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    if (process.stdout.isTTY && env.FORCE_COLOR === undefined && env.NO_COLOR === undefined) env.FORCE_COLOR = "1";
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString("utf8")).slice(-64_000);
    });
    child.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    child.on("error", (error) => {
      console.error(`Cannot run ${command}: ${error.message}`);
      resolve({ code: 1, tail });
    });
    child.on("close", (code, signal) => {
      resolve({ code: code ?? (signal ? 1 : 0), tail });
    });
  });
}

function lastNumber(text: string, pattern: RegExp): number | undefined {
  let value: number | undefined;
  for (const match of text.matchAll(pattern)) value = Number(match[1]);
  return value;
}

/** Reads node's spec reporter summary ("ℹ pass 12", "ℹ fail 0", …). */
function nodeCounts(output: string): Counts | undefined {
  const text = stripAnsi(output);
  const count = (label: string) => lastNumber(text, new RegExp(`^\\S* ?${label} (\\d+)\\s*$`, "gm"));
  const passed = count("pass");
  const failed = count("fail");
  if (passed === undefined || failed === undefined) return undefined;
  return {
    passed,
    failed: failed + (count("cancelled") ?? 0),
    skipped: (count("skipped") ?? 0) + (count("todo") ?? 0),
  };
}

/** Reads Playwright's summary ("  40 passed (1.2m)", "  2 failed", …). */
function playwrightCounts(output: string): Counts | undefined {
  const text = stripAnsi(output);
  const count = (label: string) => lastNumber(text, new RegExp(`^\\s*(\\d+) ${label}\\b`, "gm")) ?? 0;
  const counts = {
    passed: count("passed") + count("flaky"),
    failed: count("failed") + count("interrupted"),
    skipped: count("skipped") + count("did not run"),
  };
  return counts.passed + counts.failed + counts.skipped > 0 ? counts : undefined;
}

/** Adds a stage's counts; a failed stage that reported no failure counts as one. */
function record(result: Result, counts: Counts | undefined): void {
  total.passed += counts?.passed ?? 0;
  total.skipped += counts?.skipped ?? 0;
  total.failed += counts?.failed ?? 0;
  if (result.code !== 0 && !counts?.failed) total.failed += 1;
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
    total.failed += 1;
    finish(1);
  }

  const files = [...testFiles("tests/unit"), ...testFiles("tests/build")];
  heading(`Unit and build tests (${files.length} files)`);
  if (files.length === 0) {
    console.log("No tests/unit/*.test.ts or tests/build/*.test.ts files.");
  } else {
    const result = await run(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files]);
    record(result, nodeCounts(result.tail));
    if (result.code !== 0) finish(result.code);
  }

  heading("Build");
  rmSync(SITE_DIR, { recursive: true, force: true });
  const build = await run(process.execPath, [require.resolve("tsx/cli"), "scripts/build.ts"]);
  if (build.code !== 0) {
    console.error(`The build failed (exit code ${build.code}).`);
    record(build, undefined);
    finish(build.code);
  }

  heading("Browser tests");
  const e2e = await run(process.execPath, [require.resolve("@playwright/test/cli"), "test", ...playwrightArgs]);
  record(e2e, playwrightCounts(e2e.tail));
  finish(e2e.code);
}

await main();
