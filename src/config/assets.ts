// Static assets: the site's fonts (shipped from npm, never a font CDN), the stylesheet, the
// favicon, and the client scripts compiled from TypeScript by esbuild.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { build } from "esbuild";

const require = createRequire(import.meta.url);

/** Font files copied to `/fonts/`: Atkinson Hyperlegible, regular and bold, Latin and Latin Extended. */
export const FONT_FILES = ["latin-400-normal", "latin-700-normal", "latin-ext-400-normal", "latin-ext-700-normal", "latin-400-italic"].map(
  (v) => `atkinson-hyperlegible-${v}.woff2`,
);

/** Client scripts: every `src/client/<name>.ts` → `/js/<name>.js`. */
export function clientScripts(dir = "src/client"): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.slice(0, -3))
    .sort();
}

/**
 * The stylesheet `/css/site.css`: `src/styles/site.css` (tokens, layout, shared components)
 * followed by every other `src/styles/*.css` (one file per feature) in name order, so the
 * site still loads a single stylesheet.
 */
export function stylesheet(dir = "src/styles"): string {
  const extra = readdirSync(dir)
    .filter((f) => f.endsWith(".css") && f !== "site.css")
    .sort();
  return ["site.css", ...extra].map((f) => readFileSync(path.join(dir, f), "utf8").trimEnd() + "\n").join("\n");
}

export function assets(config: UserConfig): void {
  const fontDir = path.join(path.dirname(require.resolve("@fontsource/atkinson-hyperlegible/package.json")), "files");
  for (const file of FONT_FILES) config.addPassthroughCopy({ [path.join(fontDir, file)]: `fonts/${file}` });
  config.addPassthroughCopy({ "src/styles/favicon.svg": "favicon.svg" });
  config.addWatchTarget("src/styles/");
  config.addWatchTarget("src/client/");

  config.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    mkdirSync(path.join(directories.output, "css"), { recursive: true });
    writeFileSync(path.join(directories.output, "css", "site.css"), stylesheet());
    await build({
      entryPoints: clientScripts().map((name) => `src/client/${name}.ts`),
      outdir: path.join(directories.output, "js"),
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2019",
      legalComments: "none",
      logLevel: "warning",
    });
  });
}
