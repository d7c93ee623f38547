// content/<year>/committee.yaml: organizing roles and the program committee, as lists of person ids.
import { z } from "zod";
import { id, text } from "./common.ts";

/**
 * A member: a person id, or a person id with what was true of them in this edition (people move,
 * and content/people.yaml holds their latest affiliation).
 */
export const memberSchema = z.union([
  id.describe("A person id from content/people.yaml."),
  z
    .strictObject({
      /** A person id from content/people.yaml. */
      person: id.describe("A person id from content/people.yaml."),
      /** The affiliation at the time of this edition, when it differs from people.yaml. */
      affiliation: text.optional().describe("Affiliation at the time of this edition, when it differs from people.yaml."),
      /** The country at the time of this edition, when it differs from people.yaml. */
      country: text.optional().describe("Country at the time of this edition, when it differs from people.yaml."),
    })
    .describe("A person id with this edition's affiliation."),
]);

export const committeeSchema = z
  .strictObject({
    /** Organizing roles in display order, e.g. Organizing Committee, Publicity Chairs. */
    organization: z
      .array(
        z.strictObject({
          role: text.describe("The role, e.g. Web Chairs."),
          members: z.array(memberSchema).min(1, "must list at least one person").describe("Person ids from content/people.yaml (or {person, affiliation})."),
        }),
      )
      .min(1, "must list at least one role")
      .describe("Organizing roles in display order."),
    /** Program committee members; shown sorted by family name. */
    program_committee: z.array(memberSchema).default([]).describe("Program committee person ids (or {person, affiliation}); shown sorted by family name."),
  })
  .describe("Who runs the edition (content/<year>/committee.yaml).");

export type Committee = z.infer<typeof committeeSchema>;
export type Member = z.infer<typeof memberSchema>;
