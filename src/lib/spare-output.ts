// Folders reused from an earlier output. A page per paper means a folder per paper
// (/2024/papers/<id>/index.html), and on some disks making thousands of folders costs seconds.
// The build script keeps the output it replaces as a spare (`<output>.previous`); the next build
// moves each edition's whole papers folder from the spare into its new output instead of making
// thousands of folders, then replaces their files and removes what it did not make.
// The output being served is never touched, so a failed build changes nothing.
import { existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";

export class SpareOutput {
  private readonly dir: string | undefined;

  /** Folders may be taken from `dir` (undefined, or a folder that is not there: every folder is made). */
  constructor(dir: string | undefined) {
    this.dir = dir && existsSync(dir) ? dir : undefined;
  }

  /** The spare's copy of `relative`, if it has one. */
  folder(relative: string): string | undefined {
    if (!this.dir) return undefined;
    const folder = path.join(this.dir, relative);
    return existsSync(folder) ? folder : undefined;
  }

  /**
   * Make folder `relative` under `outDir` (whose parent exists): moved from the spare when it has
   * it, with whatever files it holds (the caller replaces them), else new and empty. True when the
   * folder may hold files already.
   */
  place(outDir: string, relative: string): boolean {
    const target = path.join(outDir, relative);
    if (this.dir) {
      try {
        renameSync(path.join(this.dir, relative), target);
        return true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Not in the spare, or already made (a rebuild into the same folder): make it as usual.
        if (code !== "ENOENT" && code !== "EEXIST" && code !== "ENOTEMPTY" && code !== "EXDEV") throw error;
      }
    }
    // `recursive` does not fail on a folder that exists (a rebuild into the same output).
    return mkdirSync(target, { recursive: true }) === undefined;
  }
}
