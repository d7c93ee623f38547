// @ts-check
// `node scripts/run.js <command> [arguments]`: what the npm scripts run. It runs
// scripts/<command>.ts as plain JavaScript, compiled from the TypeScript sources.
//
// Why this one file is JavaScript: Node 20 cannot load TypeScript by itself, and a loader (tsx)
// transforms every module on a separate thread, which cost about a second on each command. So
// the engine (.eleventy.ts, scripts/ and src/) is compiled by esbuild, one output file per source
// file, into .cache/engine/<hash of the sources>/ whenever a source changes (about 0.6 s), and
// the command runs from there. The tests run the sources through tsx; a build test shows that
// both give the same bytes.
//
// Eleventy itself is about 430 modules, and Node took about half a second to find, read and
// link them on every command. So Eleventy and zod are compiled too, each into one module (with
// the packages it imports) under vendor/ of the compiled engine. Eleventy's sits in
// vendor/eleventy/src/Util/, beside a copy of its package.json, since Eleventy finds that file
// three folders above its own module. Packages it loads only for a mode Colloquy does not use
// (its dev server and watcher) stay outside.
//
// Eleventy's import hook, which only busts the module cache of Eleventy's own watch mode (a mode
// Colloquy does not use), would otherwise put every later import through a loader thread as well:
// its documented switch ELEVENTY_SKIP_ESM_RESOLVER turns it off.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ENGINE = path.join(ROOT, ".cache", "engine");
/** Eleventy's package.json (see above). */
const ELEVENTY_PACKAGE = path.join(ROOT, "node_modules/@11ty/eleventy/package.json");
/** The packages compiled into one module each (see above), and that module in the compiled engine. */
const ONE_MODULE = {
  "@11ty/eleventy": "vendor/eleventy/src/Util/eleventy.js",
  // Its 99 modules took about 80 ms to load.
  zod: "vendor/zod.js",
};
/** A compiled engine no command has used for this long is removed. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** The engine's TypeScript sources, relative to the root. */
function sources() {
  /** @type {string[]} */
  const files = [".eleventy.ts"];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(file);
    }
  };
  walk("src");
  walk("scripts");
  return files.sort();
}

/** The folder of the engine compiled from the current sources, compiled first if need be. */
async function compiled() {
  const files = sources();
  const esbuildVersion = JSON.parse(readFileSync(path.join(ROOT, "node_modules/esbuild/package.json"), "utf8")).version;
  const hash = createHash("sha256").update(`esbuild ${esbuildVersion}\0`);
  // How it compiles (this file), and the installed packages, which the modules under vendor/ hold a copy of.
  hash.update(readFileSync(fileURLToPath(import.meta.url))).update("\0");
  const lock = path.join(ROOT, "package-lock.json");
  hash.update(existsSync(lock) ? readFileSync(lock) : readFileSync(ELEVENTY_PACKAGE)).update("\0");
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file))).update("\0");
  const key = hash.digest("hex").slice(0, 16);
  const dir = path.join(ENGINE, key);
  if (existsSync(dir)) {
    const now = new Date();
    utimesSync(dir, now, now);
    return dir;
  }
  const { build, stop } = await import("esbuild");
  const partial = `${dir}.partial-${process.pid}`;
  await build({
    absWorkingDir: ROOT,
    entryPoints: files,
    outdir: partial,
    outbase: ".",
    // Each file stays its own module: every import is left to Node, with `.ts` made `.js`.
    bundle: true,
    plugins: [
      {
        name: "each-file-its-own-module",
        setup(compile) {
          compile.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === "entry-point") return undefined;
            const vendored = Object.hasOwn(ONE_MODULE, args.path) ? ONE_MODULE[/** @type {keyof typeof ONE_MODULE} */ (args.path)] : undefined;
            if (vendored) {
              const from = path.dirname(path.relative(ROOT, args.importer));
              const to = path.relative(from, vendored).split(path.sep).join("/");
              return { path: to.startsWith(".") ? to : `./${to}`, external: true };
            }
            const relative = args.path.startsWith("./") || args.path.startsWith("../");
            return { path: relative ? args.path.replace(/\.ts$/, ".js") : args.path, external: true };
          });
        },
      },
    ],
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
  });
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ONE_MODULE).map(([name, file]) => [file.replace(/\.js$/, ""), name])),
    outdir: partial,
    bundle: true,
    external: ["@11ty/eleventy-dev-server", "chokidar"],
    platform: "node",
    format: "esm",
    target: "node20",
    // The CommonJS packages inside call require(), which an ES module has to make for itself.
    banner: { js: 'import { createRequire as colloquyCreateRequire } from "node:module"; const require = colloquyCreateRequire(import.meta.url);' },
    logLevel: "warning",
  });
  copyFileSync(ELEVENTY_PACKAGE, path.join(partial, "vendor/eleventy/package.json"));
  // esbuild's service process would otherwise live as long as the command.
  await stop();
  try {
    renameSync(partial, dir);
  } catch {
    // Another command compiled the same sources first.
    rmSync(partial, { recursive: true, force: true });
  }
  for (const old of readdirSync(ENGINE)) {
    const folder = path.join(ENGINE, old);
    if (old !== key && Date.now() - statSync(folder).mtimeMs > KEEP_MS) rmSync(folder, { recursive: true, force: true });
  }
  return dir;
}

const [command, ...args] = process.argv.slice(2);
if (!command || !existsSync(path.join(ROOT, "scripts", `${command}.ts`))) {
  console.error(`Usage: node scripts/run.js <command> [arguments], where scripts/<command>.ts exists${command ? ` (not ${command})` : ""}.`);
  process.exit(2);
}
const entry = path.join(await compiled(), "scripts", `${command}.js`);
// The command runs in this process, as if Node had been started on it.
process.argv = [process.argv[0] ?? process.execPath, entry, ...args];
process.setSourceMapsEnabled(true);
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
await import(pathToFileURL(entry).href);
