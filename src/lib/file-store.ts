// The build's one cache: a content-addressed store kept in the cache folder. A large edition writes
// thousands of files (a page and a .bib per paper, the search index, the encoded images); from one
// build to the next most of them are byte for byte the same. Each file is kept once in the store
// under a hash (of its bytes, or of everything it was made from when that is known, as for a
// search bundle's files) and hard-linked into the output, so an unchanged file costs a link,
// not a write. Beside the files, the store keeps small entries by key (what a piece of work was
// made from): an image's encoded variant, a search bundle's file list, a parsed YAML file.
//
// Output files are never written through a link: a file is always replaced by a new directory
// entry (link to a temporary name, then rename), so the stored copy cannot change. Where links are
// not possible (another file system, a file system without them), files are written as usual.
import { createHash, randomUUID } from "node:crypto";
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, type Stats } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** How long a stored file no output links to is kept (another build may be about to link it). */
const UNUSED_GRACE_MS = 60 * 60 * 1000;
/** How often the store is swept for files no output links to. */
const SWEEP_EVERY_MS = 24 * 60 * 60 * 1000;
/** How long an entry by key that no build read is kept. */
const UNUSED_ENTRY_MS = 7 * 24 * 60 * 60 * 1000;

/** A temporary name beside `file`, unique to this write. */
const tempName = (file: string) => `${file}.${randomUUID()}.tmp`;

/**
 * Write `content` to `file` so that a reader sees the old file or the new one, never half of
 * one: written beside it, then renamed over it. The folder must exist.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const temp = tempName(file);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Write `content` to `file` unless the file already holds exactly these bytes (the development
 * server rebuilds into the folder it serves, and an unchanged file keeps its inode and mtime).
 * A file that is replaced is replaced whole (see `writeFileAtomic`). True when it was written.
 */
export function writeIfChanged(file: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  const there = statSync(file, { throwIfNoEntry: false });
  if (!there) {
    writeFileSync(file, bytes);
    return true;
  }
  if (there.size === bytes.byteLength && readFileSync(file).equals(bytes)) return false;
  writeFileAtomic(file, bytes);
  return true;
}

/** Copy `from` to `to` unless `to` already holds the same bytes; true when it was copied. */
export function copyIfChanged(from: string, to: string): boolean {
  return writeIfChanged(to, readFileSync(from));
}

export class FileStore {
  /** Hard links failed once (e.g. the output is on another file system): write files instead. */
  private copying = false;
  /** Store folders known to exist. */
  private readonly buckets = new Set<string>();
  /** Files placed in the output by a link (the rest were written). */
  linked = 0;
  written = 0;
  /** Entries to keep once the build has nothing better to do (`defer`). */
  private readonly deferred: (() => void)[] = [];

  constructor(readonly dir: string) {}

  static hash(content: string | Uint8Array): string {
    return createHash("sha256").update(content).digest("hex");
  }

  private stored(hash: string): string {
    return path.join(this.dir, hash.slice(0, 2), hash.slice(2));
  }

  private entryFile(kind: string, key: string): string {
    return path.join(this.dir, "entries", kind, `${key}`);
  }

  /**
   * The entry `kind`/`key` (e.g. `image`/`<hash of what it was made from>`), if the store has it.
   * Reading it marks it used, so the sweep keeps it.
   */
  entry(kind: string, key: string): Buffer | undefined {
    const file = this.entryFile(kind, key);
    try {
      const content = readFileSync(file);
      const now = new Date();
      utimesSync(file, now, now);
      return content;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  /** Keep `content` as entry `kind`/`key`; a store that cannot be written only makes later builds slower. */
  setEntry(kind: string, key: string, content: string | Uint8Array): void {
    const file = this.entryFile(kind, key);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileAtomic(file, content);
    } catch {
      // A read-only cache: nothing is kept.
    }
  }

  /**
   * Put off work that only keeps entries for later builds (a large file's first parse, as JSON):
   * it runs at `keepDeferred`, which the build calls once its pages are being written, rather than
   * before the build's first page.
   */
  defer(work: () => void): void {
    this.deferred.push(work);
  }

  /** Do the work put off by `defer`, in the order it was put off. */
  keepDeferred(): void {
    for (const work of this.deferred.splice(0)) work();
  }

  /**
   * Write `content` to `target` (whose folder exists), through the store. `replacing`: the target
   * may already exist (its folder was reused), so look before linking. `fresh`: the caller knows of
   * no earlier build that made these bytes, so the store is not looked in first (when it has them
   * after all, the file is written where it could have been linked). Resolves to the hash the
   * content is stored under.
   */
  async put(target: string, text: string | Uint8Array, replacing = false, fresh = false): Promise<string> {
    // Encoded once, for the hash and the write.
    const content = typeof text === "string" ? Buffer.from(text) : text;
    const hash = FileStore.hash(content);
    if (this.copying) {
      await this.write(target, content);
      return hash;
    }
    const stored = this.stored(hash);
    const have = fresh && !replacing ? undefined : statSync(stored, { throwIfNoEntry: false });
    if (have && this.linkInto(stored, have, target, replacing)) return hash;
    // New content: written once, as the output file, which then also becomes the stored copy.
    // It is complete before it is linked, so another build never sees half a file.
    if (!replacing) {
      try {
        // Synchronous: the write lands in the page cache at once, and the promise version's file
        // handle, three round trips and their garbage cost the build's thread more than the write.
        writeFileSync(target, content, { flag: "wx" });
        this.written++;
        // The store had these bytes after all (`fresh` guessed wrong): the output becomes its
        // stored copy, as a link would have made it, so a later build finds it in place.
        if (!this.keep(target, stored)) this.replace(stored, target);
        return hash;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    // Something is there: write beside it and rename over it, never through it.
    const temp = tempName(target);
    await writeFile(temp, content);
    this.keep(temp, stored);
    renameSync(temp, target);
    this.written++;
    return hash;
  }

  /**
   * Link a complete file into the store as `stored`. A stored file already there stays, unless
   * `replace`: then the new file takes the name (an older file of the same name stays whole for
   * the outputs linked to it). False when the store already had the file and kept its own.
   */
  private keep(file: string, stored: string, replace = false): boolean {
    if (this.copying) return true;
    const bucket = path.dirname(stored);
    if (!this.buckets.has(bucket)) {
      mkdirSync(bucket, { recursive: true });
      this.buckets.add(bucket);
    }
    try {
      linkSync(file, stored);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") {
        if (!replace) return false;
        this.replace(file, stored);
        return true;
      }
      if (code === "EXDEV" || code === "EPERM" || code === "ENOTSUP" || code === "EMLINK" || code === "ENOSYS") this.copying = true;
      else throw error;
    }
    return true;
  }

  /**
   * Move a folder of files just made (a Pagefind bundle written into `folder`, a staging folder in
   * the store) to `target`, keeping each of `files` (paths relative to it) in the store under the
   * name `nameOf(file)` gives: a hash of what the file was made from, so nothing is read or hashed
   * again. Files of the folder not in `files` are left out. Resolves to each file's stored name.
   * Per file this costs one link; the folder itself moves in one rename.
   */
  async adoptFolder(folder: string, files: readonly string[], target: string, nameOf: (file: string) => string): Promise<string[]> {
    const names = files.map(nameOf);
    const wanted = new Set(files);
    for (const file of filesUnder(folder)) if (!wanted.has(file)) rmSync(path.join(folder, file));
    if (!this.copying) {
      for (let i = 0; i < files.length && !this.copying; i++) this.keep(path.join(folder, files[i]!), this.stored(names[i]!), true);
    }
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      renameSync(folder, target);
      this.written += files.length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      // The output is on another file system: each file is copied.
      for (const file of files) {
        mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
        await this.write(path.join(target, file), await readFile(path.join(folder, file)));
      }
    }
    return names;
  }

  /** True when `file` is the stored copy of `hash` itself (a link to it), not just equal bytes. */
  isStored(file: string, hash: string): boolean {
    const stored = statSync(this.stored(hash), { throwIfNoEntry: false });
    const there = statSync(file, { throwIfNoEntry: false });
    return !!stored && !!there && stored.ino === there.ino && stored.dev === there.dev;
  }

  /** Link the stored file `hash` to `target`; false when the store no longer has it. */
  async linkStored(hash: string, target: string): Promise<boolean> {
    const stored = this.stored(hash);
    const have = statSync(stored, { throwIfNoEntry: false });
    if (!have) return false;
    if (!this.copying && this.linkInto(stored, have, target)) return true;
    if (!this.copying) return false;
    await this.write(target, await readFile(stored));
    return true;
  }

  private async write(target: string, content: Uint8Array): Promise<void> {
    const temp = tempName(target);
    await writeFile(temp, content);
    await rename(temp, target);
    this.written++;
  }

  /**
   * Hard-link `stored` (whose stat is `have`) as `target`, replacing whatever is there. False when
   * no link could be made: links are not possible here (then the store is bypassed from now on),
   * or the stored file was just swept away by another build.
   */
  private linkInto(stored: string, have: Stats, target: string, replacing = false): boolean {
    // Synchronous: a link is a quick change of a folder, and a build makes thousands of them.
    try {
      const there = replacing ? statSync(target, { throwIfNoEntry: false }) : undefined;
      if (there && there.ino === have.ino && there.dev === have.dev) {
        // Already this very file (a folder reused from the spare output): nothing to do.
      } else if (there) {
        this.replace(stored, target);
      } else {
        try {
          linkSync(stored, target);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
          return this.linkInto(stored, have, target, true);
        }
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" && existsSync(path.dirname(target))) return false;
      if (code === "EXDEV" || code === "EPERM" || code === "ENOTSUP" || code === "EMLINK" || code === "ENOSYS") {
        this.copying = true;
        return false;
      }
      throw error;
    }
    this.linked++;
    return true;
  }

  /** Replace `target` by a new directory entry for `stored`; never write through the old one. */
  private replace(stored: string, target: string): void {
    const temp = tempName(target);
    linkSync(stored, temp);
    try {
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  /**
   * Once a day, remove stored files that no output links to any more (and that nobody stored in
   * the last hour), so the store does not grow with every change of content. Run it once a build's
   * files are linked: a file restored from a CI cache links to nothing until a build uses it.
   */
  sweep(now = Date.now()): number {
    const stamp = path.join(this.dir, ".swept");
    if (existsSync(stamp) && now - statSync(stamp).mtimeMs < SWEEP_EVERY_MS) return 0;
    let removed = 0;
    if (existsSync(this.dir)) {
      for (const bucket of readdirSync(this.dir, { withFileTypes: true })) {
        if (!bucket.isDirectory()) continue;
        const folder = path.join(this.dir, bucket.name);
        // Left by a build that was stopped half-way.
        if (bucket.name.startsWith("staging-") && now - statSync(folder).mtimeMs > UNUSED_GRACE_MS) {
          rmSync(folder, { recursive: true, force: true });
          continue;
        }
        if (bucket.name === "entries") {
          removed += sweepEntries(folder, now);
          continue;
        }
        if (!/^[0-9a-f]{2}$/.test(bucket.name)) continue;
        for (const name of readdirSync(folder)) {
          const file = path.join(folder, name);
          const stat = statSync(file);
          if (stat.nlink <= 1 && now - stat.mtimeMs > UNUSED_GRACE_MS) {
            rmSync(file, { force: true });
            removed++;
          }
        }
      }
    }
    mkdirSync(this.dir, { recursive: true });
    closeSync(openSync(stamp, "a"));
    utimesSync(stamp, now / 1000, now / 1000);
    return removed;
  }
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function filesUnder(dir: string, relative = ""): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, child) : [child];
  });
}

/** Remove the entries under `dir` (one folder per kind) that no build read for a week. */
function sweepEntries(dir: string, now: number): number {
  let removed = 0;
  for (const kind of readdirSync(dir, { withFileTypes: true })) {
    if (!kind.isDirectory()) continue;
    for (const name of readdirSync(path.join(dir, kind.name))) {
      const file = path.join(dir, kind.name, name);
      if (now - statSync(file).mtimeMs > UNUSED_ENTRY_MS) {
        rmSync(file, { force: true });
        removed++;
      }
    }
  }
  return removed;
}
