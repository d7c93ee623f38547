// Front matter of content/<year>/pages/*.md.
import { z } from "zod";
import { id, text } from "./common.ts";

export const pageSchema = z
  .strictObject({
    /** The page's title, its heading and its entry in the menu. */
    title: text.describe("The page's title and heading."),
    /** Shorter menu label, if the title is long. */
    nav_title: text.optional().describe("Shorter label for the menu."),
    /** Position in the menu; pages without one are not in the menu. */
    nav_order: z.number().optional().describe("Position in the menu; leave out to keep the page out of the menu."),
    /** One sentence for search results and link previews. */
    description: text.optional().describe("One sentence for search results and link previews."),
    /** The URL slug; defaults to the file name. */
    slug: id.optional().describe("URL slug; defaults to the file name."),
  })
  .describe("Front matter of a Markdown page.");

export type PageFrontMatter = z.infer<typeof pageSchema>;
