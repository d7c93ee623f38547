// content/labels.yaml (optional): a site's own wording for any interface text. Made from the
// table of English defaults (src/lib/labels.ts): every key is optional, an unknown key is an
// error, and a text may use only the placeholders its default has.
import { z } from "zod";
import { LABELS, type Label, type LabelKey } from "../lib/labels.ts";
import { placeholdersOf, type PluralForms } from "../lib/text.ts";
import { text } from "./common.ts";

const CATEGORIES = ["zero", "one", "two", "few", "many"] as const;

/** One form per plural category; `other` is required. */
const pluralForms = z
  .strictObject({
    ...Object.fromEntries(CATEGORIES.map((c) => [c, text.optional().describe(`The form for the plural category “${c}” of the site's language.`)])),
    other: text.describe("The form for every number no other category takes."),
  } as { [C in (typeof CATEGORIES)[number]]: z.ZodOptional<typeof text> } & { other: typeof text })
  .describe("Forms by plural category (Intl.PluralRules): zero, one, two, few, many, other.");

function entrySchema(key: string, label: Label) {
  const allowed = placeholdersOf(label.text);
  const base = typeof label.text === "string" ? text : z.union([text, pluralForms]);
  return base
    .superRefine((value, ctx) => {
      const unknown = placeholdersOf(value as string | PluralForms).filter((name) => !allowed.includes(name));
      if (unknown.length === 0) return;
      const can = allowed.length ? `it can use ${allowed.map((n) => `{${n}}`).join(", ")}` : "it takes no values";
      ctx.addIssue({ code: "custom", message: `uses ${unknown.map((n) => `{${n}}`).join(", ")}, which ${key} does not fill (${can})` });
    })
    .optional()
    .describe(`${label.description} Default: ${typeof label.text === "string" ? label.text : JSON.stringify(label.text)}`);
}

type EntrySchema<L> = L extends Label<string> ? z.ZodOptional<typeof text> : z.ZodOptional<z.ZodUnion<[typeof text, typeof pluralForms]>>;

const shape = Object.fromEntries(Object.entries(LABELS).map(([key, label]) => [key, entrySchema(key, label)])) as {
  [K in LabelKey]: EntrySchema<(typeof LABELS)[K]>;
};

export const labelsSchema = z
  .strictObject(shape)
  .describe("The site's own wording of interface texts (content/labels.yaml); any text left out stays English.");

export type LabelOverrides = z.infer<typeof labelsSchema>;
