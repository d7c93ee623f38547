// `npm run check` (after the type-check): validate all content without writing anything.
import { ContentError } from "../src/content/errors.ts";
import { loadSite } from "../src/content/load.ts";

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
  console.error(error.message);
  process.exitCode = 1;
}
