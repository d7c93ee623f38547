// Search indexes: one Pagefind bundle per searchable list of each published edition,
// /<year>/papers/search/ and /<year>/reading/search/. Pagefind splits the index into small chunks,
// so a first query downloads a few of them, not the whole index. Indexing runs in Pagefind's own
// process: it starts as soon as the content is loaded, beside the page rendering, and the build
// waits for it at the end.
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import * as pagefind from "pagefind";
import { paperPath } from "../components/papers.ts";
import type { RenderContext } from "../lib/context.ts";
import type { SiteData } from "../lib/page-template.ts";
import { fullName } from "../lib/people.ts";
import { whenSitePrepared } from "./site-data.ts";

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  sort?: Record<string, string>;
}

/** One record per paper: its text, what a result shows, and the filter values. */
export function paperRecords(ctx: RenderContext): SearchRecord[] {
  return ctx.edition.papers.map((paper) => {
    const authors = paper.authors.map(fullName).join(", ");
    const affiliations = [...new Set(paper.authors.flatMap((a) => a.affiliation ?? []))].join(", ");
    return {
      url: ctx.urls.to(ctx.permanentBase + paperPath(paper)),
      content: [paper.title, authors, affiliations, paper.abstract ?? ""].join("\n"),
      meta: {
        title: paper.title,
        authors,
        type: paper.paperType.name,
        ...(paper.archival ? {} : { nonArchival: "Non-archival" }),
        ...(paper.awardInfo ? { award: paper.awardInfo.name } : {}),
      },
      filters: {
        type: [paper.paperType.id],
        archival: [paper.archival ? "yes" : "no"],
        award: paper.awardInfo ? [paper.awardInfo.id] : [],
      },
      sort: { title: paper.title.toLowerCase() },
    };
  });
}

export function readingRecords(ctx: RenderContext): SearchRecord[] {
  return (ctx.edition.reading ?? []).map((item) => ({
    url: `${ctx.urls.to(ctx.permanentBase + "reading/")}#${item.id}`,
    content: [item.title, item.abstract ?? ""].join("\n"),
    meta: { title: item.title, ...(item.abstract ? { abstract: item.abstract } : {}), ...(item.url ? { link: item.url } : {}) },
    sort: { title: item.title.toLowerCase() },
  }));
}

async function writeBundle(records: SearchRecord[], language: string, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  // Records go to the Pagefind process in batches rather than one round trip at a time.
  for (let i = 0; i < records.length; i += 500) {
    const added = await Promise.all(records.slice(i, i + 500).map((record) => index.addCustomRecord({ ...record, language })));
    const errors = added.flatMap((a) => a.errors);
    if (errors.length) throw new Error(`search index: ${errors.join("; ")}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`search index: ${written.errors.join("; ")}`);
  await index.deleteIndex();
  // The site uses its own search form: Pagefind's ready-made interfaces are not shipped.
  for (const file of readdirSync(outputPath)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(path.join(outputPath, file));
  }
}

export async function writeSearchIndexes(renders: readonly RenderContext[], outDir: string): Promise<void> {
  try {
    for (const ctx of renders.filter((r) => !r.atRoot)) {
      const language = ctx.model.site.language.slice(0, 2);
      const base = path.join(outDir, ...ctx.permanentBase.split("/").filter(Boolean));
      if (ctx.edition.papers.length) await writeBundle(paperRecords(ctx), language, path.join(base, "papers", "search"));
      if (ctx.edition.reading?.length) await writeBundle(readingRecords(ctx), language, path.join(base, "reading", "search"));
    }
  } finally {
    await pagefind.close();
  }
}

/**
 * Run `work` for each build as soon as the site data is ready, beside the rendering; the build
 * waits for it at the end and fails with its error.
 */
export function alongsideBuild(config: UserConfig, name: string, work: (site: SiteData["colloquy"], outDir: string) => Promise<void>): void {
  let pending: Promise<{ error: unknown } | undefined> | undefined;
  whenSitePrepared(name, (site, outDir) => {
    const previous = pending ?? Promise.resolve(undefined);
    // Settled into a value so a failure is reported by the build, never as an unhandled rejection.
    pending = previous.then(() => work(site, outDir)).then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
  });
  config.on("eleventy.after", async () => {
    const result = await pending;
    pending = undefined;
    if (result?.error) throw result.error;
  });
}

export function search(config: UserConfig): void {
  alongsideBuild(config, "search", (site, outDir) => writeSearchIndexes(site.renders, outDir));
}
