// The BibTeX entry of every paper as a file beside its page, /<year>/papers/<id>.bib, for the
// "Download .bib" link. Plain files need no page template: they are written while the pages render.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { bibPath, paperPath } from "../components/papers.ts";
import { bibtexEntry } from "../lib/bibtex.ts";
import type { RenderContext } from "../lib/context.ts";
import { alongsideBuild } from "./search.ts";

export async function writeBibFiles(renders: readonly RenderContext[], outDir: string): Promise<void> {
  for (const ctx of renders.filter((r) => !r.atRoot)) {
    const files = ctx.edition.papers.map((paper) => ({
      file: path.join(outDir, ...(ctx.permanentBase + bibPath(paper)).split("/").filter(Boolean)),
      text: bibtexEntry(ctx.model.site, ctx.edition, paper, ctx.urls.absolute(ctx.permanentBase + paperPath(paper))),
    }));
    if (files.length === 0) continue;
    await mkdir(path.dirname(files[0]!.file), { recursive: true });
    for (let i = 0; i < files.length; i += 200) await Promise.all(files.slice(i, i + 200).map((f) => writeFile(f.file, f.text)));
  }
}

export function bibtexFiles(config: UserConfig): void {
  alongsideBuild(config, "bibtex", (site, outDir) => writeBibFiles(site.renders, outDir));
}
