// Colloquy's Eleventy configuration: a table of contents. Each concern is a plugin in src/config/.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { assets } from "./src/config/assets.ts";
import { editor } from "./src/config/editor.ts";
import { fileStore } from "./src/config/file-store.ts";
import { paperFiles } from "./src/config/paper-files.ts";
import { seo } from "./src/config/seo.ts";
import { search } from "./src/config/search.ts";
import { siteData } from "./src/config/site-data.ts";
import { templates } from "./src/config/templates.ts";

export default function (config: UserConfig) {
  // Pages are typed TypeScript modules in src/pages/ (https://www.11ty.dev/docs/languages/typescript/).
  config.addPlugin(templates);

  // Content: content/ validated against src/schemas/, plus the images made from it (src/images/).
  config.addPlugin(siteData, {
    contentDir: process.env.COLLOQUY_CONTENT ?? "content",
    assetsDir: process.env.COLLOQUY_ASSETS ?? "assets",
    cacheDir: process.env.COLLOQUY_CACHE ?? ".cache/images",
  });

  // Fonts, stylesheet, favicon and client scripts (https://www.11ty.dev/docs/copy/).
  config.addPlugin(assets);

  // The browser editor at /admin/ (Decap CMS), configured from the content schemas; with the local
  // backend (a `decap-server` beside the repository) for `npm start` and `--cms-local-backend`.
  const local = process.env.COLLOQUY_CMS_LOCAL_BACKEND;
  config.addPlugin(editor, { localBackend: local === "1" ? true : local || false });

  // sitemap.xml and robots.txt, made from the built pages' canonical URLs.
  config.addPlugin(seo);
  // A page and a .bib file per paper, and the search indexes of the paper lists
  // (https://pagefind.app/docs/node-api/): thousands of files, streamed to disk beside the rendering.
  // Both keep their files in a store of the cache, so unchanged files are linked, not rewritten.
  const store = { storeDir: process.env.COLLOQUY_FILE_STORE ?? ".cache/files" };
  config.addPlugin(paperFiles, store);
  config.addPlugin(search, store);
  config.addPlugin(fileStore, store);

  return {
    // Output defaults to _site/ (the build script may choose another folder).
    dir: { input: "src/pages" },
    templateFormats: ["11ty.ts"],
    // Academic text contains `{{ }}`: no template language ever runs over content.
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
