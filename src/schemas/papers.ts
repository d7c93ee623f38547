// content/<year>/papers.yaml: accepted papers.
import { z } from "zod";
import { PAPER_ID, PAPER_ID_RULE, RESERVED_PAPER_IDS } from "../lib/paper-urls.ts";
import { httpUrl, id, markdown, text } from "./common.ts";

/** An author: a person id from people.yaml, or a name given inline. */
export const authorSchema = z.union([
  id.describe("A person id from content/people.yaml."),
  z
    .strictObject({
      given: text.describe("Given name(s)."),
      family: text.describe("Family name."),
      affiliation: text.optional().describe("Affiliation."),
    })
    .describe("An author named inline."),
]);

export const paperSchema = z
  .strictObject({
    /** The paper's id, e.g. the submission number; stable, used in anchors and URLs (`papers/<id>/`). */
    id: z.union([
      z
        .string()
        .regex(PAPER_ID, PAPER_ID_RULE)
        // papers/page/2/ and papers/search/ are the list's own addresses.
        .refine((id) => !RESERVED_PAPER_IDS.includes(id), `${RESERVED_PAPER_IDS.map((id) => `"${id}"`).join(" and ")} are taken by the papers list's own addresses`),
      z.number().int().nonnegative(),
    ])
      .transform(String)
      .describe("Stable id, e.g. the submission number."),
    title: text.describe("The title."),
    authors: z.array(authorSchema).min(1, "must list at least one author").describe("Authors, in order."),
    /** A paper type id from cfp.yaml, e.g. `research`. */
    type: id.describe("A paper type id from cfp.yaml."),
    /** Whether the paper appears in the proceedings; leave it out when the edition does not say. */
    archival: z.boolean().optional().describe("Whether the paper appears in the proceedings; omit when unknown."),
    /** An award id from cfp.yaml. */
    award: id.optional().describe("An award id from cfp.yaml."),
    abstract: markdown.optional().describe("The abstract, in Markdown."),
    /** Keywords given by the authors; shown on the paper's page and searched. */
    keywords: z
      .array(text.max(200, "is too long for a keyword: at most 200 characters"))
      .max(50, "has too many keywords: at most 50")
      .optional()
      .describe("Keywords or subject areas given by the authors, e.g. `program repair`; shown on the paper's page and searched."),
    /** How the paper is presented: a presentation id from cfp.yaml (`oral`, `spotlight`, `poster` by default). */
    presentation: id.optional().describe("How the paper is presented at the workshop: a presentation id from cfp.yaml (by default `oral`, `spotlight` or `poster`)."),
    /** The session the paper is presented in, when the organizers name it by hand (program.yaml slots take precedence). */
    session: text.optional().describe("The session the paper is presented in, e.g. `Code generation I`."),
    links: z
      .strictObject({
        pdf: httpUrl.optional().describe("The camera-ready PDF."),
        doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, "must be a DOI such as 10.1145/3643795.3648375").optional().describe("DOI, e.g. 10.1145/…"),
        preprint: httpUrl.optional().describe("A preprint, e.g. on arXiv."),
        slides: httpUrl.optional().describe("Slides."),
        video: httpUrl.optional().describe("A recording."),
        code: httpUrl.optional().describe("Code or data."),
        forum: httpUrl.optional().describe("The paper's public discussion page, e.g. its OpenReview forum."),
      })
      .default({})
      .describe("Links."),
  })
  .describe("An accepted paper.");

export const papersSchema = z.array(paperSchema).describe("Accepted papers (content/<year>/papers.yaml).");

export type Paper = z.infer<typeof paperSchema>;
export type AuthorRef = z.infer<typeof authorSchema>;
