// content/<year>/cfp.yaml: the call for papers, and the labels (types, archival, awards) papers refer to.
import { z } from "zod";
import { httpUrl, id, markdown, text } from "./common.ts";

/** A label a paper can carry: its id is what papers.yaml refers to. */
const label = z.strictObject({
  id: id.describe("Referred to from papers.yaml."),
  name: text.describe("Shown on badges and in the legend."),
  description: text.optional().describe("One line shown in the badge legend."),
});

/** The presentation kinds an edition has when cfp.yaml names none. */
const DEFAULT_PRESENTATIONS = [
  { id: "oral", name: "Oral", description: "Presented as a talk." },
  { id: "spotlight", name: "Spotlight", description: "Presented as a short talk and a poster." },
  { id: "poster", name: "Poster", description: "Presented at the poster session." },
];

/** The ways the Accepted Papers page can group its list. */
export const GROUPINGS = ["type", "presentation", "session"] as const;

export const cfpSchema = z
  .strictObject({
    /** Opening paragraphs of the call, in Markdown. */
    intro: markdown.describe("Opening paragraphs of the call, in Markdown."),
    /** The kinds of papers the call invites. */
    paper_types: z
      .array(
        label
          .extend({
            pages: z
              .strictObject({
                min: z.number().int().min(1).optional().describe("Fewest pages."),
                max: z.number().int().min(1).describe("Most pages."),
              })
              .optional()
              .describe("Page limits (required for types of the call)."),
            references_included: z.boolean().default(true).describe("Whether references count towards the limit."),
            scope: z.array(text).default([]).describe("What such a paper can contribute."),
            /** False for a label used only on the accepted papers (e.g. "short paper"), not a category of the call. */
            in_call: z.boolean().default(true).describe("False for a label used only among accepted papers, not a category of the call."),
          })
          .refine((t) => !t.in_call || t.pages !== undefined, { message: "needs pages (or in_call: false)", path: ["pages"] }),
      )
      .min(1, "must list at least one paper type")
      .describe("The kinds of papers the call invites."),
    /** How papers are reviewed, e.g. `double-blind`. */
    review: z.enum(["double-blind", "single-blind", "open"]).describe("How papers are reviewed."),
    /** The required format. */
    format: z
      .strictObject({
        name: text.describe("E.g. ACM."),
        url: httpUrl.optional().describe("Where the format is explained."),
      })
      .describe("The required format."),
    /** Archival options; `archival` and `non-archival` are the ids papers use. */
    archival: z
      .strictObject({
        archival: text.describe("What archival means for this edition (e.g. where it is published)."),
        non_archival: text.optional().describe("What non-archival means, if offered."),
      })
      .describe("What archival and non-archival publication mean."),
    /** How accepted papers are presented; papers.yaml's `presentation` refers to these ids. */
    presentations: z
      .array(label)
      .default(DEFAULT_PRESENTATIONS)
      .describe("How accepted papers are presented (papers.yaml `presentation` refers to these ids); by default oral, spotlight and poster."),
    /** How the Accepted Papers page groups its list. */
    group_by: z
      .enum(GROUPINGS)
      .default("type")
      .describe("How the Accepted Papers page groups papers under headings: `type` (paper_types order, the default), `presentation` (presentations order) or `session` (program order, then the papers' `session` field)."),
    /** Awards the workshop gives. */
    awards: z.array(label).default([]).describe("Awards the workshop gives."),
    /** Topics of interest, in groups. */
    topics: z
      .array(z.strictObject({ group: text.describe("Group heading."), items: z.array(text).min(1).describe("Topics.") }))
      .default([])
      .describe("Topics of interest, in groups."),
    /** Closing Markdown: policies, attendance, contact. */
    policies: markdown.optional().describe("Closing Markdown: policies, attendance, contact."),
  })
  .describe("The call for papers (content/<year>/cfp.yaml).");

export type Cfp = z.infer<typeof cfpSchema>;
export type PaperType = Cfp["paper_types"][number];
export type Award = Cfp["awards"][number];
export type Presentation = Cfp["presentations"][number];
export type Grouping = Cfp["group_by"];
