// Static assets: the site's fonts (shipped from npm, never a font CDN), the stylesheet, the
// favicon, and the client scripts compiled from TypeScript by esbuild.
import { createRequire } from "node:module";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { build } from "esbuild";

const require = createRequire(import.meta.url);

/** Font files copied to `/fonts/`: Atkinson Hyperlegible, regular and bold, Latin and Latin Extended. */
export const FONT_FILES = ["latin-400-normal", "latin-700-normal", "latin-ext-400-normal", "latin-ext-700-normal", "latin-400-italic"].map(
  (v) => `atkinson-hyperlegible-${v}.woff2`,
);

/** Client scripts: `src/client/<name>.ts` → `/js/<name>.js`. */
export const CLIENT_SCRIPTS = ["theme"];

export function assets(config: UserConfig): void {
  const fontDir = path.join(path.dirname(require.resolve("@fontsource/atkinson-hyperlegible/package.json")), "files");
  for (const file of FONT_FILES) config.addPassthroughCopy({ [path.join(fontDir, file)]: `fonts/${file}` });
  config.addPassthroughCopy({ "src/styles/site.css": "css/site.css", "src/styles/favicon.svg": "favicon.svg" });
  config.addWatchTarget("src/styles/");
  config.addWatchTarget("src/client/");

  config.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    await build({
      entryPoints: CLIENT_SCRIPTS.map((name) => `src/client/${name}.ts`),
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
