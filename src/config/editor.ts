// The browser editor at /admin/: Decap CMS (or Sveltia CMS), served from the site's own files
// (copied from the decap-cms or @sveltia/cms package, never a CDN), configured by `/admin/config.yml`, which is generated from
// the content schemas (src/content/cms-config.ts). Published when site.yaml has an `editor`
// block, or when the build asks for the local backend (`npm start`, `--cms-local-backend`).
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { adminPage } from "../layouts/admin.ts";
import type { SiteEditor } from "../schemas/site.ts";
import { copyIfChanged, writeIfChanged } from "../lib/file-store.ts";
import { Urls } from "../lib/urls.ts";
import { adminContentSecurityPolicy } from "../seo/csp.ts";
import { CLIENT_SCRIPT_BUILD } from "./assets.ts";
import type { Build } from "./build.ts";

const require = createRequire(import.meta.url);

/** Where the editor is published, relative to the site root. */
export const ADMIN_DIR = "admin";

/** Decap's local backend when none is named: `decap-server` on port 8081. */
const DEFAULT_LOCAL_BACKEND = "http://localhost:8081/api/v1";

/**
 * The files of a CMS bundle, relative to its package's `dist/`: the main script (first), its
 * chunks and WebAssembly modules, without source maps.
 */
export function cmsBundleFiles(cms: SiteEditor["cms"]): { dir: string; files: string[] } {
  if (cms === "sveltia") {
    // The package exports only its module entry (npm/index.js); the browser bundle is beside it.
    const dir = path.join(path.dirname(require.resolve("@sveltia/cms")), "..", "dist");
    const chunks = readdirSync(path.join(dir, "chunks")).filter((f) => f.endsWith(".js"));
    return { dir, files: ["sveltia-cms.js", ...chunks.sort().map((f) => `chunks/${f}`)] };
  }
  const dir = path.join(path.dirname(require.resolve("decap-cms/package.json")), "dist");
  const files = readdirSync(dir).filter((f) => f.endsWith(".decap-cms.js") || f.endsWith(".wasm") || f === "decap-cms.js.LICENSE.txt");
  return { dir, files: ["decap-cms.js", ...files.sort()] };
}

/** The origins the editor's page talks to, for its policy. */
export function editorOrigins(cms: SiteEditor["cms"], localBackend: boolean | string | undefined): { eval: boolean; connect: string[]; images: string[] } {
  const connect = cms === "sveltia" ? ["data:", "https://api.github.com"] : ["https://api.github.com"];
  if (localBackend) {
    const url = new URL(typeof localBackend === "string" ? localBackend : DEFAULT_LOCAL_BACKEND);
    connect.push(url.origin);
    // Decap swaps `localhost` in its default address for the page's host name.
    if (localBackend === true) connect.push(url.origin.replace("localhost", "127.0.0.1"));
  }
  // Decap checks its configuration with Ajv, which compiles its validators with `new Function`.
  return { eval: cms === "decap", connect, images: ["https://avatars.githubusercontent.com", "https://raw.githubusercontent.com"] };
}

export function editor(config: UserConfig, colloquy: Build): void {
  config.addWatchTarget("src/client/admin/");
  const resolved = config as unknown as { pathPrefix?: string };
  colloquy.alongside("editor", async (site, outDir) => {
    const model = site.renders[0]!.model;
    const localBackend = colloquy.settings.cmsLocalBackend;
    if (!model.site.editor && !localBackend) return;
    // Loaded only when the editor is published: its configuration is made from every schema.
    const { cmsConfigYaml, cmsShapes } = await import("../content/cms-config.ts");
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
    writeIfChanged(path.join(dir, "config.yml"), yaml);

    const cms = model.site.editor?.cms ?? "decap";
    const bundle = cmsBundleFiles(cms);
    for (const file of bundle.files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      copyIfChanged(path.join(bundle.dir, file), path.join(dir, file));
    }
    // Compiled to admin/cms.js through the store: esbuild runs only when a file it reads changed.
    await colloquy.scripts.compile({ ...CLIENT_SCRIPT_BUILD, entryPoints: ["src/client/admin/cms.ts"], define: { CMS_SHAPES: JSON.stringify(cmsShapes()) } }, dir);

    const page = adminPage({
      language: model.site.language,
      title: site.renders[0]!.text.get("editor_title", { name: model.site.short_name }),
      csp: adminContentSecurityPolicy(editorOrigins(cms, localBackend)),
      scripts: [urls.to(`/${ADMIN_DIR}/cms.js`), urls.to(`/${ADMIN_DIR}/${bundle.files[0]}`)],
      noscript: site.renders[0]!.text.get("editor_noscript"),
      icon: urls.to(`/${site.renders[0]!.images.brand.favicon.sources[0]!.files[0]!.path}`),
    });
    writeIfChanged(path.join(dir, "index.html"), page.toString());
  });
}
