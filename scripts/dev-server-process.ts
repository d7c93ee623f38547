// The development server (`npm start`) in a child process, on folders of the caller's choosing:
// for the benchmark's "npm start: news edit" and the build tests of the server. It waits for the
// first build, and tells which files of the output an edit rewrote.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, statSync, utimesSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface DevServerFolders {
  content: string;
  assets: string;
  cache: string;
  output: string;
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** What identifies a file's bytes on disk: a rewrite changes its inode or its mtime. */
export type FileStamps = Map<string, string>;

/** The stamp (inode, mtime, size) of every file under `dir`, by path relative to it. */
export function stamps(dir: string, relative = "", into: FileStamps = new Map()): FileStamps {
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) stamps(dir, child, into);
    else if (entry.isFile()) {
      const stat = statSync(path.join(dir, child), { bigint: true });
      into.set(child, `${stat.ino}:${stat.mtimeNs}:${stat.size}`);
    }
  }
  return into;
}

/** The files that are new or were rewritten between two stamps, and those removed. */
export function rewritten(before: FileStamps, after: FileStamps): { changed: string[]; removed: string[] } {
  return {
    changed: [...after].filter(([file, stamp]) => before.get(file) !== stamp).map(([file]) => file).sort(),
    removed: [...before.keys()].filter((file) => !after.has(file)).sort(),
  };
}

export class DevServerProcess {
  /** Everything the server printed, stdout and stderr together. */
  log = "";
  private readonly waiters: { test: (log: string) => boolean; resolve: () => void }[] = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    const take = (chunk: Buffer) => {
      this.log += chunk.toString();
      for (const waiter of [...this.waiters]) {
        if (!waiter.test(this.log)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    };
    child.stdout!.on("data", take);
    child.stderr!.on("data", take);
    this.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  }

  /**
   * Start `npm start`'s server on `folders` (from the repository root `cwd`) and wait for its first
   * build. `nodeArgs` go to Node (e.g. `--cpu-prof`).
   */
  static async start(folders: DevServerFolders, options: { cwd?: string; nodeArgs?: string[]; timeoutMs?: number } = {}): Promise<DevServerProcess> {
    const port = await freePort();
    const args = [
      ...(options.nodeArgs ?? []),
      // What `npm start` runs: the compiled engine (scripts/run.js).
      "scripts/run.js",
      "build",
      "--serve",
      `--port=${port}`,
      `--content=${folders.content}`,
      `--assets=${folders.assets}`,
      `--cache=${folders.cache}`,
      `--output=${folders.output}`,
    ];
    const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    const server = new DevServerProcess(child, port);
    await server.waitFor((log) => log.includes("Server at"), options.timeoutMs ?? 300_000, "the first build");
    return server;
  }

  /** Resolves once the log passes `test`; rejects after `timeoutMs` or when the server exits. */
  waitFor(test: (log: string) => boolean, timeoutMs: number, what: string): Promise<void> {
    if (test(this.log)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the development server did not report ${what} within ${timeoutMs} ms:\n${this.log}`)), timeoutMs);
      const waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
      void this.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`the development server exited (${code}) before ${what}:\n${this.log}`));
      });
    });
  }

  /**
   * Change a file with `write` and wait until the server has seen the change. Its watcher starts
   * watching a moment after the first build, so a change it missed is made again (the file's
   * time touched) until it is seen.
   */
  async change(file: string, write: () => void, timeoutMs = 60_000): Promise<void> {
    const seen = this.count("File changed:");
    write();
    for (const started = performance.now(); performance.now() - started < timeoutMs; ) {
      try {
        await this.waitFor((log) => log.split("File changed:").length - 1 > seen, 2_000, `the change of ${file}`);
        return;
      } catch (error) {
        if (this.child.exitCode !== null) throw error;
        const now = new Date();
        utimesSync(file, now, now);
      }
    }
    throw new Error(`the development server did not see ${file} change:\n${this.log}`);
  }

  /** How many times the log says `text`. */
  count(text: string): number {
    return this.log.split(text).length - 1;
  }

  /** Stop the server as Ctrl-C does, and wait for it to exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill("SIGINT");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}
