// Colloquy's Eleventy configuration: a table of contents. Each concern is a plugin in src/config/,
// and every plugin is handed the one Build they share (src/config/build.ts): its settings, its
// cache and the work it runs beside the rendering. `npm run build` makes the Build from its
// options; a plain Eleventy run of this file builds the project's own folders, byte for byte alike.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { assets } from "./src/config/assets.ts";
import { Build, DEFAULT_SETTINGS } from "./src/config/build.ts";
import { editor } from "./src/config/editor.ts";
import { fileStore } from "./src/config/file-store.ts";
import { paperFiles } from "./src/config/paper-files.ts";
import { search } from "./src/config/search.ts";
import { seo } from "./src/config/seo.ts";
import { siteData } from "./src/config/site-data.ts";
import { templates } from "./src/config/templates.ts";

/** The page modules beside this file, as TypeScript sources or compiled. */
const PAGES = fileURLToPath(new URL("src/pages", import.meta.url));
const PAGE_FORMAT = import.meta.url.endsWith(".ts") ? "11ty.ts" : "11ty.js";

/** The Eleventy configuration of `build` (by default, a build of the project's own folders). */
export function colloquy(build = new Build(DEFAULT_SETTINGS)) {
  return function (config: UserConfig) {
    // Pages are typed TypeScript modules in src/pages/ (https://www.11ty.dev/docs/languages/typescript/),
    // run as JavaScript once compiled (scripts/run.js, under the git-ignored .cache/).
    config.setInputDirectory(path.relative(process.cwd(), PAGES) || ".");
    config.setTemplateFormats([PAGE_FORMAT]);
    config.setUseGitIgnore(false);
    config.addPlugin(templates);

    // Content: content/ validated against src/schemas/, plus the images made from it (src/images/).
    config.addPlugin(siteData, build);

    // Fonts, stylesheet, favicon and client scripts (https://www.11ty.dev/docs/copy/).
    config.addPlugin(assets, build);

    // The browser editor at /admin/ (Decap CMS), configured from the content schemas; with the
    // local backend (a `decap-server` beside the repository) for `npm start` and `--cms-local-backend`.
    config.addPlugin(editor, build);

    // sitemap.xml and robots.txt, made from the built pages' canonical URLs.
    config.addPlugin(seo, build);

    // A page and a .bib file per paper, and the search indexes of the paper lists
    // (https://pagefind.app/docs/node-api/): thousands of files, written beside the rendering
    // through the build's store, so unchanged files are linked, not rewritten.
    config.addPlugin(paperFiles, build);
    config.addPlugin(search, build);
    config.addPlugin(fileStore, build);

    // Academic text contains `{{ }}`: no template language ever runs over content.
    return { markdownTemplateEngine: false, htmlTemplateEngine: false };
  };
}

export default colloquy();
