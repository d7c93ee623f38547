// Every content file and the schema that checks it; also the source of the editor JSON Schemas.
import type { z } from "zod";
import { cfpSchema } from "./cfp.ts";
import { committeeSchema } from "./committee.ts";
import { datesSchema } from "./dates.ts";
import { editionSchema } from "./edition.ts";
import { labelsSchema } from "./labels.ts";
import { newsSchema } from "./news.ts";
import { pageSchema } from "./page.ts";
import { papersSchema } from "./papers.ts";
import { peopleSchema } from "./people.ts";
import { programSchema } from "./program.ts";
import { readingSchema } from "./reading.ts";
import { siteSchema } from "./site.ts";
import { speakersSchema } from "./speakers.ts";

export interface SchemaEntry {
  /** Base name of the JSON Schema file, `content/schemas/<name>.schema.json`. */
  name: string;
  /** Which content files it describes (glob, for editor settings). */
  files: string;
  schema: z.ZodType;
}

export const SCHEMAS: SchemaEntry[] = [
  { name: "site", files: "content/site.yaml", schema: siteSchema },
  { name: "labels", files: "content/labels.yaml", schema: labelsSchema },
  { name: "people", files: "content/people.yaml", schema: peopleSchema },
  { name: "edition", files: "content/*/edition.yaml", schema: editionSchema },
  { name: "news", files: "content/*/news.yaml", schema: newsSchema },
  { name: "cfp", files: "content/*/cfp.yaml", schema: cfpSchema },
  { name: "dates", files: "content/*/dates.yaml", schema: datesSchema },
  { name: "papers", files: "content/*/papers.yaml", schema: papersSchema },
  { name: "speakers", files: "content/*/speakers.yaml", schema: speakersSchema },
  { name: "committee", files: "content/*/committee.yaml", schema: committeeSchema },
  { name: "program", files: "content/*/program.yaml", schema: programSchema },
  { name: "reading", files: "content/*/reading.yaml", schema: readingSchema },
  { name: "page", files: "content/*/pages/*.md (front matter)", schema: pageSchema },
];
