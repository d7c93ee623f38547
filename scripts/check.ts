// `npm run check [-- --format github|plain]` (after the type-check): validate all content without
// writing anything. Problems are reported as scripts/content-report.ts says (annotations on GitHub).
import { ContentError } from "../src/content/errors.ts";
import { loadSite } from "../src/content/load.ts";
import { formatOf, reportContentError } from "./content-report.ts";

const format = formatOf(process.argv.slice(2));
try {
  const model = loadSite();
  for (const e of model.editions) {
    console.log(
      `${e.year}: ${e.papers.length} papers, ${e.speakers.length} keynotes, ${e.dates.length} dates, ${e.news.length} news, ${e.pages.length + (e.about ? 1 : 0)} pages` +
        (e === model.current ? " (current)" : ""),
    );
  }
  console.log("Content is valid.");
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  reportContentError(error, format, "npm run check");
  process.exitCode = 1;
}
