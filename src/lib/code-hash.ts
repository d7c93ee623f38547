// What the store keys the engine's work by, besides its inputs: the engine's own code. A change
// to the code that made a file (a design, a page's layout) makes the file again.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** src/, as TypeScript sources or compiled (scripts/run.js), and the extension of its modules. */
const SRC = fileURLToPath(new URL("..", import.meta.url));
const EXTENSION = path.extname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * A hash of the modules in `folders` of src/ (with their subfolders; "" for all of src/) and of
 * the installed versions of `packages`. It reads the files each time: call it once per build run.
 */
export function codeHash(folders: readonly string[], packages: readonly string[]): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    const entries = readdirSync(path.join(SRC, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const file = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(EXTENSION)) hash.update(`${file}\0`).update(readFileSync(path.join(SRC, file))).update("\0");
    }
  };
  for (const folder of folders) walk(folder);
  for (const pkg of packages) {
    const { version } = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")) as { version: string };
    hash.update(`${pkg}@${version}\0`);
  }
  return hash.digest("hex");
}
