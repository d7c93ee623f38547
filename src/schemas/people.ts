// content/people.yaml: everyone the site names, by id, reused by every role in every edition.
import { z } from "zod";
import { httpUrl, id, text } from "./common.ts";

export const personSchema = z
  .strictObject({
    /** Given name(s), e.g. `Prem`. */
    given: text.describe("Given name(s)."),
    /** Family name, used for sorting, e.g. `Devanbu`. */
    family: text.describe("Family name; lists are sorted by it."),
    /** Current affiliation. */
    affiliation: text.optional().describe("Affiliation."),
    /** Country of the affiliation. */
    country: text.optional().describe("Country of the affiliation."),
    /** Personal or institutional home page. */
    url: httpUrl.optional().describe("Home page."),
  })
  .describe("A person.");

export const peopleSchema = z
  .record(id, personSchema)
  .describe("People by id (content/people.yaml). Ids are lower-case words joined by dashes, e.g. lin-tan.");

export type Person = z.infer<typeof personSchema>;
export type People = z.infer<typeof peopleSchema>;
