// content/<year>/news.yaml: dated news items, newest first on the site.
import { z } from "zod";
import { dayOrMonth, LIMITS, markdown, messageNumber } from "./common.ts";

export const newsItemSchema = z
  .strictObject({
    /** The day (`2023-10-11`) or just the month (`2023-10`) of the news. */
    date: dayOrMonth.describe("The day (YYYY-MM-DD) or month (YYYY-MM) of the news."),
    /** The news, in Markdown. */
    text: markdown.describe("The news, in Markdown."),
  })
  .describe("A news item.");

export const newsSchema = z
  .array(newsItemSchema)
  .max(LIMITS.news, `has too many items: at most ${messageNumber.format(LIMITS.news)}; move old news to a page`)
  .describe("News items (content/<year>/news.yaml).");

export type NewsItem = z.infer<typeof newsItemSchema>;
