// The browser editor's configuration (`/admin/config.yml`, read by Decap CMS and Sveltia CMS),
// generated from the content schemas: one collection per kind of edition file (a file per
// edition), people, and each edition's Markdown pages. Every field comes from the schema's JSON
// Schema: its widget from the type, `required` from the schema, its hint from `.describe()`.
import { stringify } from "yaml";
import { z } from "zod";
import { ID_FIELD, ITEMS_FIELD, PERSON_FIELD, type CmsShape } from "../lib/cms-shapes.ts";
import { committeeSchema } from "../schemas/committee.ts";
import { LIMITS } from "../schemas/common.ts";
import { datesSchema } from "../schemas/dates.ts";
import { newsSchema } from "../schemas/news.ts";
import { pageSchema } from "../schemas/page.ts";
import { papersSchema } from "../schemas/papers.ts";
import { peopleSchema } from "../schemas/people.ts";
import type { SiteEditor } from "../schemas/site.ts";
import { speakersSchema } from "../schemas/speakers.ts";

/** A field of the editor's configuration (the subset of Decap's options the schemas need). */
export interface CmsField {
  name: string;
  label: string;
  widget: "string" | "text" | "markdown" | "number" | "boolean" | "select" | "datetime" | "list" | "object" | "image";
  required: boolean;
  hint?: string;
  default?: string | number | boolean;
  options?: string[];
  pattern?: [string, string];
  value_type?: "int" | "float";
  min?: number;
  max?: number;
  format?: string;
  date_format?: string;
  time_format?: false;
  picker_utc?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
}

/** The kinds of edition file the editor offers, in menu order. */
export const EDITION_FILES = [
  { kind: "news", label: "News", file: "news.yaml", schema: newsSchema, root: "list" },
  { kind: "dates", label: "Important dates", file: "dates.yaml", schema: datesSchema, root: "list" },
  { kind: "papers", label: "Papers", file: "papers.yaml", schema: papersSchema, root: "list" },
  { kind: "speakers", label: "Keynotes", file: "speakers.yaml", schema: speakersSchema, root: "list" },
  { kind: "committee", label: "Committee", file: "committee.yaml", schema: committeeSchema, root: "object" },
] as const satisfies readonly { kind: string; label: string; file: string; schema: z.ZodType; root: CmsShape["root"] }[];

/** What the generator needs besides the schemas: which editions exist and where the site lives. */
export interface CmsConfigOptions {
  /** The editions' years, e.g. [2024, 2025, 2026]. */
  years: readonly number[];
  /** site.yaml's `editor` block; without it the backend is GitHub with no repository (local use only). */
  editor?: SiteEditor;
  /** Talk to a local `decap-server` instead of GitHub: `true` for its default address, or its API URL. */
  localBackend: boolean | string;
  /** The site's public origin, e.g. https://vera-workshop.github.io. */
  origin: string;
  /** The build's base path, e.g. `/` or `/vera/`. */
  prefix: string;
  /** The content and assets folders, relative to the repository root. */
  contentRoot?: string;
  assetsRoot?: string;
}

type Json = {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  default?: unknown;
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  additionalProperties?: Json | boolean;
};

/** The JSON Schema of a zod schema as the editor's input (defaults make fields optional). */
export function inputJsonSchema(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
}

/** `nav_order` → `Nav order`. */
export function fieldLabel(name: string): string {
  const words = name.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The pattern a plain calendar day has (common.ts `isoDate`): edited with a date picker. */
const DAY_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

const typeOf = (node: Json): string | undefined => (Array.isArray(node.type) ? node.type[0] : node.type);

/** The object variant of a union of a person id and an object (a member, an author), if that is what `node` is. */
function personUnion(node: Json): Json | undefined {
  if (!node.anyOf || node.anyOf.length !== 2) return undefined;
  const scalar = node.anyOf.find((v) => typeOf(v) === "string");
  const object = node.anyOf.find((v) => typeOf(v) === "object");
  return scalar && object ? object : undefined;
}

/** The editor's view of a person-id-or-object item: the object's fields, with `person` for the bare id. */
function personItemFields(object: Json, idHint: string | undefined, path: string, lists: string[]): CmsField[] {
  const props = { ...(object.properties ?? {}) };
  const hasPerson = PERSON_FIELD in props;
  const fields = objectFields({ ...object, required: hasPerson ? object.required : [] }, path, lists);
  if (hasPerson) return fields;
  // A bare id names a person from people.yaml; the other fields are the inline alternative.
  const person: CmsField = { name: PERSON_FIELD, label: fieldLabel(PERSON_FIELD), widget: "string", required: false, pattern: [`^[a-z0-9][a-z0-9-]*$`, "lower-case letters, digits and dashes"] };
  if (idHint) person.hint = `${idHint} Leave empty to give the name here instead.`;
  return [person, ...fields];
}

/** The fields of an object node. `path`: where it sits in the entry data, for the person lists. */
function objectFields(node: Json, path: string, lists: string[]): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) => cmsField(name, child, required.has(name), path ? `${path}.${name}` : name, lists));
}

/** One field of the editor from a JSON Schema node. */
export function cmsField(name: string, node: Json, required: boolean, path: string, lists: string[]): CmsField {
  const field: CmsField = { name, label: fieldLabel(name), widget: "string", required };
  const hint = node.description ?? node.anyOf?.find((v) => v.description)?.description;
  if (hint) field.hint = hint;
  if (node.default !== undefined && ["string", "number", "boolean"].includes(typeof node.default)) field.default = node.default as string | number | boolean;
  const type = typeOf(node);
  if (node.enum) {
    field.widget = "select";
    field.options = node.enum.map(String);
  } else if (node.anyOf) {
    // A union of scalars (a paper id is a string or a number): a text field with the string's pattern.
    const scalar = node.anyOf.find((v) => typeOf(v) === "string");
    if (scalar?.pattern) field.pattern = [scalar.pattern, hint ?? "has the wrong form"];
  } else if (type === "string") {
    if (node.pattern === DAY_PATTERN) {
      field.widget = "datetime";
      field.format = "YYYY-MM-DD";
      field.date_format = "YYYY-MM-DD";
      field.time_format = false;
      field.picker_utc = true;
    } else if ((node.maxLength ?? 0) > LIMITS.text) field.widget = "markdown";
    else if (node.pattern) field.pattern = [node.pattern, hint ?? "has the wrong form"];
  } else if (type === "number" || type === "integer") {
    field.widget = "number";
    field.value_type = type === "integer" ? "int" : "float";
    if (node.minimum !== undefined && Math.abs(node.minimum) < Number.MAX_SAFE_INTEGER) field.min = node.minimum;
    if (node.maximum !== undefined && Math.abs(node.maximum) < Number.MAX_SAFE_INTEGER) field.max = node.maximum;
  } else if (type === "boolean") field.widget = "boolean";
  else if (type === "object") {
    field.widget = "object";
    field.fields = objectFields(node, path, lists);
  } else if (type === "array") {
    field.widget = "list";
    const items = node.items ?? {};
    const union = personUnion(items);
    const itemPath = `${path}.*`;
    if (union) {
      lists.push(path);
      const idHint = items.anyOf?.find((v) => typeOf(v) === "string")?.description;
      field.fields = personItemFields(union, idHint, itemPath, lists);
    } else if (typeOf(items) === "object") field.fields = objectFields(items, itemPath, lists);
    else field.field = cmsField(singular(name), items, true, itemPath, lists);
  }
  return field;
}

function singular(name: string): string {
  return name.endsWith("s") ? name.slice(0, -1) : `${name}_item`;
}

/** The editor fields of a list-rooted file (its items), a map by id (its entries) or an object. */
export function fileFields(schema: z.ZodType, root: CmsShape["root"]): { fields: CmsField[]; shape: CmsShape } {
  const json = inputJsonSchema(schema);
  const lists: string[] = [];
  let fields: CmsField[];
  if (root === "object") fields = objectFields(json, "", lists);
  else {
    const node: Json =
      root === "list"
        ? json
        : {
            type: "array",
            description: json.description,
            items: {
              ...(json.additionalProperties as Json),
              properties: { [ID_FIELD]: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", description: "The id other files use for this entry, e.g. lin-tan." }, ...(json.additionalProperties as Json).properties },
              required: [ID_FIELD, ...((json.additionalProperties as Json).required ?? [])],
            },
          };
    fields = [{ ...cmsField(ITEMS_FIELD, node, true, ITEMS_FIELD, lists), label: "Entries" }];
  }
  return { fields, shape: { root, personLists: lists } };
}

/** The custom format (registered by the admin script) of each kind of YAML file. */
export const formatName = (kind: string) => `colloquy-${kind}`;

/** Every YAML kind's shape, keyed by format name, for the admin script. */
export function cmsShapes(): Record<string, CmsShape> {
  const out: Record<string, CmsShape> = {};
  for (const entry of EDITION_FILES) out[formatName(entry.kind)] = fileFields(entry.schema, entry.root).shape;
  out[formatName("people")] = fileFields(peopleSchema, "map").shape;
  return out;
}

/** The editor's configuration as an object (what `config.yml` holds). */
export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const content = options.contentRoot ?? "content";
  const assets = options.assetsRoot ?? "assets";
  const editor = options.editor;
  const siteUrl = `${options.origin.replace(/\/+$/, "")}${options.prefix}`;
  const backend: Record<string, unknown> = { name: editor?.backend ?? "github", branch: editor?.branch ?? "main" };
  if (editor) backend.repo = editor.repo;
  if (editor?.base_url) backend.base_url = editor.base_url;
  if (editor?.auth_endpoint) backend.auth_endpoint = editor.auth_endpoint;
  const years = [...options.years].sort((a, b) => b - a);

  const collections: Record<string, unknown>[] = EDITION_FILES.map((entry) => {
    const { fields } = fileFields(entry.schema, entry.root);
    return {
      name: entry.kind,
      label: entry.label,
      format: formatName(entry.kind),
      extension: "yaml",
      files: years.map((year) => ({
        name: String(year),
        label: `${entry.label} ${year}`,
        file: `${content}/${year}/${entry.file}`,
        fields: entry.kind === "speakers" ? withPhotoField(fields, `${assets}/${year}`) : fields,
      })),
    };
  });
  collections.push({
    name: "people",
    label: "People",
    format: formatName("people"),
    extension: "yaml",
    files: [{ name: "people", label: "People", file: `${content}/people.yaml`, fields: fileFields(peopleSchema, "map").fields }],
  });
  const pageFields = fileFields(pageSchema, "object").fields;
  for (const year of years) {
    collections.push({
      name: `pages-${year}`,
      label: `Pages ${year}`,
      folder: `${content}/${year}/pages`,
      extension: "md",
      format: "frontmatter",
      create: true,
      slug: "{{slug}}",
      identifier_field: "title",
      fields: [...pageFields, { name: "body", label: "Text", widget: "markdown", required: true, hint: "The page's text, in Markdown. Raw HTML is shown as text." }],
    });
  }
  const config: Record<string, unknown> = { backend };
  if (editor?.pull_requests ?? true) config.publish_mode = "editorial_workflow";
  if (options.localBackend) config.local_backend = typeof options.localBackend === "string" ? { url: options.localBackend } : true;
  Object.assign(config, {
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: assets,
    public_folder: "",
    omit_empty_optional_fields: true,
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections,
  });
  return config;
}

/** Keynotes: the photo is picked from (or uploaded to) the edition's assets folder. */
function withPhotoField(fields: CmsField[], folder: string): CmsField[] {
  return fields.map((items) => ({
    ...items,
    fields: items.fields?.map((f) => (f.name === "photo" ? { ...f, widget: "image" as const, media_folder: `/${folder}/people`, public_folder: "people", choose_url: false } : f)),
  }));
}

/** `config.yml`'s text. */
export function cmsConfigYaml(options: CmsConfigOptions): string {
  return `# The browser editor's configuration, generated from the content schemas by the build.\n${stringify(cmsConfig(options), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
