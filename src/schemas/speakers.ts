// content/<year>/speakers.yaml: keynote speakers and their talks.
import { z } from "zod";
import { httpUrl, id, markdown, text } from "./common.ts";

export const speakerSchema = z
  .strictObject({
    /** A person id from people.yaml. */
    person: id.describe("A person id from content/people.yaml."),
    /** The speaker's affiliation at the time of the talk, when it differs from people.yaml. */
    affiliation: text.optional().describe("Affiliation at the time of the talk, when it differs from people.yaml."),
    /** The talk's title. */
    title: text.describe("The talk's title."),
    abstract: markdown.optional().describe("The talk's abstract, in Markdown."),
    bio: markdown.optional().describe("A short biography, in Markdown."),
    /** A photo under assets/<year>/, e.g. `people/ada.jpg`; a monogram is drawn when absent. */
    photo: z
      .string()
      .regex(/^[\w./-]+\.(jpe?g|png|webp|avif)$/i, "must be a .jpg, .png, .webp or .avif path under assets/<year>/")
      .refine((p) => !p.split("/").includes(".."), "must stay inside assets/<year>/")
      .optional()
      .describe("A photo under assets/<year>/; a monogram is drawn when absent."),
    slides: httpUrl.optional().describe("The talk's slides."),
    video: httpUrl.optional().describe("A recording of the talk."),
  })
  .describe("A keynote.");

export const speakersSchema = z.array(speakerSchema).describe("Keynotes (content/<year>/speakers.yaml).");

export type Speaker = z.infer<typeof speakerSchema>;
