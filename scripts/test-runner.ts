/**
 * What `npm test` and `npm run check:site` share: running a stage as a child process with its
 * output echoed, reading the test runners' summaries, and adding them up into one
 * "N passed, N failed" line.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root: the nearest folder above this module with a package.json (the same for the sources and for the engine compiled under .cache/). */
export const ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json")) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return dir;
})();

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface Result {
  code: number;
  /** The end of the child's standard output, for reading its summary. */
  tail: string;
}

export function heading(text: string): void {
  console.log(`\n── ${text} ${"─".repeat(Math.max(0, 70 - text.length))}`);
}

const stripAnsi = (text: string): string => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");

/** Runs a command with the project root as cwd and `env` added, echoing its output as it comes. */
export function run(command: string, args: readonly string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    const childEnv = { ...process.env, ...env };
    if (process.stdout.isTTY && childEnv.FORCE_COLOR === undefined && childEnv.NO_COLOR === undefined) childEnv.FORCE_COLOR = "1";
    const child = spawn(command, args, { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
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
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), tail }));
  });
}

function lastNumber(text: string, pattern: RegExp): number | undefined {
  let value: number | undefined;
  for (const match of text.matchAll(pattern)) value = Number(match[1]);
  return value;
}

/** Reads node's spec reporter summary ("ℹ pass 12", "ℹ fail 0", …). */
export function nodeCounts(output: string): Counts | undefined {
  const text = stripAnsi(output);
  const count = (label: string) => lastNumber(text, new RegExp(`^\\S* ?${label} (\\d+)\\s*$`, "gm"));
  const passed = count("pass");
  const failed = count("fail");
  if (passed === undefined || failed === undefined) return undefined;
  return { passed, failed: failed + (count("cancelled") ?? 0), skipped: (count("skipped") ?? 0) + (count("todo") ?? 0) };
}

/** Reads Playwright's summary ("  40 passed (1.2m)", "  2 failed", …). */
export function playwrightCounts(output: string): Counts | undefined {
  const text = stripAnsi(output);
  const count = (label: string) => lastNumber(text, new RegExp(`^\\s*(\\d+) ${label}\\b`, "gm")) ?? 0;
  const counts = {
    passed: count("passed") + count("flaky"),
    failed: count("failed") + count("interrupted"),
    skipped: count("skipped") + count("did not run"),
  };
  return counts.passed + counts.failed + counts.skipped > 0 ? counts : undefined;
}

/** The counts of every stage so far. */
export class Tally {
  readonly total: Counts = { passed: 0, failed: 0, skipped: 0 };

  /** Adds a stage's counts; a failed stage that reported no failure counts as one. */
  record(result: Result, counts: Counts | undefined): void {
    this.total.passed += counts?.passed ?? 0;
    this.total.skipped += counts?.skipped ?? 0;
    this.total.failed += counts?.failed ?? 0;
    if (result.code !== 0 && !counts?.failed) this.total.failed += 1;
  }

  summary(): string {
    const skipped = this.total.skipped > 0 ? `, ${this.total.skipped} skipped` : "";
    return `${this.total.passed} passed, ${this.total.failed} failed${skipped}`;
  }
}

/** Node's test runner on explicit `.ts` files (Node 20 does not find them by itself). */
export async function nodeTests(files: readonly string[], tally: Tally, env: Record<string, string> = {}): Promise<number> {
  // Three files at a time on two cores: with two, the files' waits (a server starting, a child
  // process's start-up, the disk) left the cores a third idle, and the stage took 81 s against 71 s
  // with three; four gave nothing more.
  const result = await run(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=3", "--test-reporter=spec", ...files], env);
  tally.record(result, nodeCounts(result.tail));
  return result.code;
}

/** Playwright with a configuration file and extra arguments. */
export async function playwright(config: string, args: readonly string[], tally: Tally, env: Record<string, string> = {}): Promise<number> {
  const cli = path.join(ROOT, "node_modules/@playwright/test/cli.js");
  const result = await run(process.execPath, [cli, "test", "-c", config, ...args], env);
  tally.record(result, playwrightCounts(result.tail));
  return result.code;
}

/** `npm run build -- …` (scripts/run.js) as its own process, as an organizer runs it; counts as one check. */
export async function build(args: readonly string[], tally: Tally, label: string): Promise<number> {
  const result = await run(process.execPath, [path.join(ROOT, "scripts/run.js"), "build", ...args]);
  if (result.code === 0) tally.total.passed += 1;
  else {
    console.error(`${label} failed (exit code ${result.code}).`);
    tally.total.failed += 1;
  }
  return result.code;
}
