// content/<year>/reading.yaml (optional): related reading, a list of papers worth knowing about,
// usually produced by `npm run import:papers -- FILE --format text --reading`.
import { z } from "zod";
import { httpUrl, markdown, text } from "./common.ts";

export const readingItemSchema = z
  .strictObject({
    /** A stable id made from the title, used in anchors. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must use lower-case letters, digits and dashes only").describe("Stable id (made from the title), used in anchors."),
    title: text.describe("The title."),
    abstract: markdown.optional().describe("The abstract, in Markdown."),
    url: httpUrl.optional().describe("Where to read it."),
  })
  .describe("A related paper.");

export const readingSchema = z.array(readingItemSchema).describe("Related reading (content/<year>/reading.yaml).");

export type ReadingItem = z.infer<typeof readingItemSchema>;
