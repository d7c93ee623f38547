// content/<year>/committee.yaml: organizing roles and the program committee, as lists of person ids.
import { z } from "zod";
import { id, text } from "./common.ts";

export const committeeSchema = z
  .strictObject({
    /** Organizing roles in display order, e.g. Organizing Committee, Publicity Chairs. */
    organization: z
      .array(
        z.strictObject({
          role: text.describe("The role, e.g. Web Chairs."),
          members: z.array(id).min(1, "must list at least one person id").describe("Person ids from content/people.yaml."),
        }),
      )
      .min(1, "must list at least one role")
      .describe("Organizing roles in display order."),
    /** Program committee members; shown sorted by family name. */
    program_committee: z.array(id).default([]).describe("Program committee person ids; shown sorted by family name."),
  })
  .describe("Who runs the edition (content/<year>/committee.yaml).");

export type Committee = z.infer<typeof committeeSchema>;
