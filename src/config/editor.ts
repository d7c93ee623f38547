// The browser editor at /admin/: Decap CMS, served from the site's own files (copied from the
// decap-cms package, never a CDN), configured by `/admin/config.yml`, which is generated from
// the content schemas (src/content/cms-config.ts). Published when site.yaml has an `editor`
// block, or when the build asks for the local backend (`npm start`, `--cms-local-backend`).
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { build } from "esbuild";
import { cmsConfigYaml, cmsShapes } from "../content/cms-config.ts";
import { adminPage } from "../layouts/admin.ts";
import { Urls } from "../lib/urls.ts";
import { adminContentSecurityPolicy } from "../seo/csp.ts";
import { alongsideBuild } from "./side-work.ts";

const require = createRequire(import.meta.url);

/** Where the editor is published, relative to the site root. */
export const ADMIN_DIR = "admin";

export interface EditorOptions {
  /** Use a local `decap-server` (`npx decap-server` in the repository): `true` for its default address, or its API URL. */
  localBackend?: boolean | string;
}

/** Decap's local backend when none is named: `decap-server` on port 8081. */
const DEFAULT_LOCAL_BACKEND = "http://localhost:8081/api/v1";

/** The files of the CMS bundle the page loads: the main script, its chunks and WebAssembly modules. */
export function cmsBundleFiles(): { dir: string; files: string[] } {
  const dir = path.join(path.dirname(require.resolve("decap-cms/package.json")), "dist");
  const files = readdirSync(dir).filter((f) => f === "decap-cms.js" || f.endsWith(".decap-cms.js") || f.endsWith(".wasm") || f === "decap-cms.js.LICENSE.txt");
  return { dir, files: files.sort() };
}

/** The origins the editor's page talks to, for its policy. */
export function editorOrigins(localBackend: boolean | string | undefined): { connect: string[]; images: string[] } {
  const connect = ["https://api.github.com"];
  if (localBackend) {
    const url = new URL(typeof localBackend === "string" ? localBackend : DEFAULT_LOCAL_BACKEND);
    connect.push(url.origin);
    // Decap swaps `localhost` in its default address for the page's host name.
    if (localBackend === true) connect.push(url.origin.replace("localhost", "127.0.0.1"));
  }
  return { connect, images: ["https://avatars.githubusercontent.com", "https://raw.githubusercontent.com"] };
}

export function editor(config: UserConfig, options: EditorOptions = {}): void {
  config.addWatchTarget("src/client/admin/");
  const resolved = config as unknown as { pathPrefix?: string };
  alongsideBuild(config, "editor", async (site, outDir) => {
    const model = site.renders[0]!.model;
    const localBackend = options.localBackend;
    if (!model.site.editor && !localBackend) return;
    const urls = new Urls(resolved.pathPrefix, new URL(model.site.url).origin);
    const dir = path.join(outDir, ADMIN_DIR);
    mkdirSync(dir, { recursive: true });

    const yaml = cmsConfigYaml({
      years: model.editions.map((e) => e.year),
      ...(model.site.editor ? { editor: model.site.editor } : {}),
      localBackend: localBackend ?? false,
      origin: urls.origin,
      prefix: urls.prefix,
    });
    writeFileSync(path.join(dir, "config.yml"), yaml);

    const bundle = cmsBundleFiles();
    for (const file of bundle.files) copyFileSync(path.join(bundle.dir, file), path.join(dir, file));
    await build({
      entryPoints: ["src/client/admin/cms.ts"],
      outfile: path.join(dir, "cms.js"),
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2019",
      legalComments: "none",
      logLevel: "warning",
      define: { CMS_SHAPES: JSON.stringify(cmsShapes()) },
    });

    const page = adminPage({
      language: model.site.language,
      title: `${model.site.short_name} · Content editor`,
      csp: adminContentSecurityPolicy(editorOrigins(localBackend)),
      scripts: [urls.to(`/${ADMIN_DIR}/cms.js`), urls.to(`/${ADMIN_DIR}/decap-cms.js`)],
      noscript: "The content editor needs JavaScript.",
    });
    writeFileSync(path.join(dir, "index.html"), page.toString());
  });
}
