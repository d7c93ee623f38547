// Files for search engines, written once every page is (Eleventy's and the per-paper ones): sitemap.xml (the canonical URL of every
// built page) and robots.txt (pointing at the sitemap by its absolute, base-path-aware URL).
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { writeIfChanged } from "../lib/file-store.ts";
import { normalizePrefix } from "../lib/urls.ts";
import { canonicalUrls, robotsTxt, sitemapXml } from "../seo/sitemap.ts";
import type { Build } from "./build.ts";

export function seo(config: UserConfig, build: Build): void {
  const resolved = config as unknown as { pathPrefix?: string };
  config.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    // The per-paper pages are written beside the rendering: wait for them.
    await build.settled();
    const out = directories.output;
    // The per-paper pages' URLs are known: thousands of pages need not be read back.
    const urls = canonicalUrls(out, build.paperPages);
    writeIfChanged(path.join(out, "sitemap.xml"), sitemapXml(urls));
    // Canonical URLs are absolute: the site's origin comes from them, the path from the base path.
    const origin = urls[0] ? new URL(urls[0]).origin : "";
    writeIfChanged(path.join(out, "robots.txt"), robotsTxt(`${origin}${normalizePrefix(resolved.pathPrefix)}sitemap.xml`));
  });
}
