// The benchmark's "npm start: news edit": the development server on a copy of the content, one
// news item appended to the current edition at a time. For each edit: the time from the write to
// the moment the edition's home page on disk (at the site root and at /<year>/) shows the new text,
// and which files of the output were rewritten (new inode, mtime or size) once the server is idle.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { DevServerProcess, rewritten, stamps } from "./dev-server-process.ts";

export interface NewsEditRun {
  /** Milliseconds from the write to both home pages holding the new text. */
  ms: number;
  /** CPU time the server spent on the edit until it was idle again (Linux; undefined elsewhere). */
  cpuMs?: number;
  /** Files written or replaced under the output (relative paths). */
  changed: string[];
  removed: string[];
}

export interface NewsEditBench {
  runs: NewsEditRun[];
  medianMs: number;
  medianChanged: number;
  medianCpuMs?: number;
  /** Files in the output after the first build. */
  files: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** CPU time (user + system) of process `pid` so far, in ms, from /proc; undefined where there is none. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    // Fields after the command name: state is the 3rd, utime and stime the 14th and 15th (clock ticks of 10 ms).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** The content of `file`, or "" while it is missing or being replaced. */
function readOr(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Resolves with the time since `started` once every file holds `text`. */
async function until(files: string[], text: string, started: number, timeoutMs: number): Promise<number> {
  for (;;) {
    if (files.every((file) => readOr(file).includes(text))) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`"${text}" did not appear in ${files.join(", ")} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * Start the development server on a copy of `content` and `assets` (with a fresh cache, so the
 * first build encodes every image, unless `cache` names one to use), then append `edits` news items to the current edition's news.yaml,
 * one at a time, each once the server is idle again (`settleMs` after it says it is watching).
 */
export async function benchNewsEdit(options: { content?: string; assets?: string; cache?: string; edits?: number; settleMs?: number; nodeArgs?: string[] } = {}): Promise<NewsEditBench> {
  const { edits = 5, settleMs = 1500 } = options;
  const work = mkdtempSync(path.join(os.tmpdir(), "colloquy-bench-start-"));
  const folders = { content: path.join(work, "content"), assets: path.join(work, "assets"), cache: options.cache ? path.resolve(options.cache) : path.join(work, "cache"), output: path.join(work, "site") };
  cpSync(options.content ?? "content", folders.content, { recursive: true });
  if (existsSync(options.assets ?? "assets")) cpSync(options.assets ?? "assets", folders.assets, { recursive: true });
  const site = parseYaml(readFileSync(path.join(folders.content, "site.yaml"), "utf8")) as { current_edition: number };
  const year = String(site.current_edition);
  const news = path.join(folders.content, year, "news.yaml");
  const items = (parseYaml(readFileSync(news, "utf8")) ?? []) as { date: string }[];
  // The newest date again: the edit adds an item without moving the edition's newest news day.
  const date = items.map((item) => String(item.date)).sort().at(-1) ?? `${year}-01`;
  const homes = [path.join(folders.output, "index.html"), path.join(folders.output, year, "index.html")];
  const server = await DevServerProcess.start(folders, { nodeArgs: options.nodeArgs });
  const runs: NewsEditRun[] = [];
  try {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const files = stamps(folders.output).size;
    for (let i = 0; i < edits; i++) {
      const before = stamps(folders.output);
      const watching = server.count("Watching…");
      const marker = `Benchmark news ${i + 1} ${Date.now().toString(36)}`;
      const cpuBefore = cpuMs(server.child.pid);
      const started = performance.now();
      appendFileSync(news, `\n- date: "${date}"\n  text: ${marker}.\n`);
      const ms = await until(homes, marker, started, 60_000);
      await server.waitFor((log) => log.split("Watching…").length - 1 > watching, 60_000, "the end of the rebuild");
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      const cpuAfter = cpuMs(server.child.pid);
      runs.push({ ms, ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuMs: cpuAfter - cpuBefore } : {}), ...rewritten(before, stamps(folders.output)) });
    }
    const cpu = runs.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
    return { runs, medianMs: median(runs.map((r) => r.ms)), medianChanged: median(runs.map((r) => r.changed.length)), ...(cpu.length ? { medianCpuMs: median(cpu) } : {}), files };
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The section's report, as the benchmark prints it. */
export function describeNewsEdit(result: NewsEditBench): string {
  const lines = [
    `npm start: news edit (development server on a copy of the content; ${result.runs.length} edits; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
    `  median: home page on disk after ${result.medianMs.toFixed(0)} ms${result.medianCpuMs === undefined ? "" : ` (server CPU ${result.medianCpuMs} ms for the whole rebuild)`}; ${result.medianChanged} of ${result.files} files rewritten`,
    ...result.runs.map((r, i) => `  edit ${i + 1}: ${r.ms.toFixed(0)} ms${r.cpuMs === undefined ? "" : `, CPU ${r.cpuMs} ms`}, ${r.changed.length} files rewritten${r.removed.length ? `, ${r.removed.length} removed` : ""}`),
  ];
  const last = result.runs.at(-1);
  if (last) lines.push(`  rewritten by the last edit: ${last.changed.slice(0, 12).join(", ")}${last.changed.length > 12 ? ` … (${last.changed.length - 12} more)` : ""}`);
  return lines.join("\n");
}
