// The editor's configuration follows the schemas: every field of every edited schema has a
// field in the generated collection with the schema's name, requiredness, widget and description,
// found here by walking the zod schemas themselves (not the JSON Schema the generator reads).
import assert from "node:assert/strict";
import { test } from "node:test";
import { parse } from "yaml";
import type { z } from "zod";
import { cmsConfig, cmsConfigYaml, cmsShapes, type CmsField } from "../../src/content/cms-config.ts";
import { fromEditor, readYamlText, toEditor, writeYamlText } from "../../src/lib/cms-shapes.ts";
import { committeeSchema } from "../../src/schemas/committee.ts";
import { LIMITS } from "../../src/schemas/common.ts";
import { datesSchema } from "../../src/schemas/dates.ts";
import { newsSchema } from "../../src/schemas/news.ts";
import { pageSchema } from "../../src/schemas/page.ts";
import { papersSchema } from "../../src/schemas/papers.ts";
import { peopleSchema } from "../../src/schemas/people.ts";
import { speakersSchema } from "../../src/schemas/speakers.ts";

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; shape?: Record<string, z.ZodType>; valueType?: z.ZodType; checks?: { _zod: { def: { check: string; maximum?: number; pattern?: RegExp } } }[]; entries?: Record<string, string> };
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const description = (s: z.ZodType) => (s as unknown as { description?: string }).description;

/** The schema under optional/default/prefault/pipe wrappers, whether one made it optional, and the first description on the way. */
function unwrap(schema: z.ZodType): { base: z.ZodType; optional: boolean; hint: string | undefined } {
  let s = schema;
  let optional = false;
  let hint = description(s);
  for (;;) {
    const d = def(s);
    if (d.type === "optional" || d.type === "default" || d.type === "prefault") optional = true;
    const next = d.type === "pipe" ? d.in : ["optional", "default", "prefault", "nullable", "readonly"].includes(d.type) ? d.innerType : undefined;
    if (!next) return { base: s, optional, hint };
    s = next;
    hint ??= description(s);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/.source;

/** The widget a zod schema should be edited with. */
function expectedWidget(schema: z.ZodType): CmsField["widget"] {
  const d = def(schema);
  switch (d.type) {
    case "enum":
      return "select";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return "list";
    case "object":
      return "object";
    case "union":
      return "string";
    case "string": {
      const checks = (d.checks ?? []).map((c) => c._zod.def);
      if (checks.some((c) => c.check === "string_format" && c.pattern?.source === DAY)) return "datetime";
      if (checks.some((c) => c.check === "max_length" && (c.maximum ?? 0) > LIMITS.text)) return "markdown";
      return "string";
    }
    default:
      throw new Error(`no widget expected for ${d.type}`);
  }
}

/** Assert that `fields` has a field for every key of the zod object `schema`, recursively. */
function assertFields(schema: z.ZodType, fields: readonly CmsField[], where: string): void {
  const shape = def(schema).shape!;
  assert.deepEqual(
    fields.map((f) => f.name).filter((n) => n !== "person" || "person" in shape),
    Object.keys(shape),
    `${where}: a field for each key, in order`,
  );
  for (const [name, child] of Object.entries(shape)) {
    const field = fields.find((f) => f.name === name)!;
    const { base, optional, hint } = unwrap(child);
    const at = `${where}.${name}`;
    assert.equal(field.required, !optional, `${at}: required`);
    assert.equal(field.hint, hint ?? unwrap(base).hint, `${at}: hint is the schema's description`);
    assert.ok(field.hint, `${at}: has a hint`);
    assertWidget(base, field, at);
  }
}

function assertWidget(base: z.ZodType, field: CmsField, at: string): void {
  const expected = expectedWidget(base);
  // Keynote photos are picked from the edition's assets.
  if (field.widget === "image") assert.equal(field.name, "photo", `${at}: only photos are images`);
  else assert.equal(field.widget, expected, `${at}: widget`);
  const d = def(base);
  if (d.type === "enum") assert.deepEqual(field.options, Object.values(d.entries!), `${at}: options`);
  if (d.type === "object") assertFields(base, field.fields!, at);
  if (d.type === "array") assertItems(d.element!, field, at);
}

function assertItems(element: z.ZodType, field: CmsField, at: string): void {
  const { base } = unwrap(element);
  const d = def(base);
  if (d.type === "object") return assertFields(base, field.fields!, `${at}[]`);
  if (d.type === "union") {
    // A person id or an object: the object's fields, with `person` standing for the bare id.
    const object = d.options!.map((o) => unwrap(o).base).find((o) => def(o).type === "object")!;
    const person = field.fields!.find((f) => f.name === "person");
    assert.ok(person, `${at}[]: a person field for the bare id`);
    const shape = def(object).shape!;
    for (const [name, child] of Object.entries(shape)) {
      const f = field.fields!.find((x) => x.name === name);
      assert.ok(f, `${at}[].${name}: has a field`);
      // Required only when every alternative has it: the bare id is `{ person }`.
      assert.equal(f.required, name === "person" && !unwrap(child).optional, `${at}[].${name}: required`);
      assertWidget(unwrap(child).base, f, `${at}[].${name}`);
    }
    return;
  }
  assert.ok(field.field, `${at}: a single field for the items`);
  assert.equal(field.field.widget, expectedWidget(base), `${at}[]: widget`);
}

const options = { years: [2025, 2026], localBackend: false, origin: "https://vera.example.org", prefix: "/vera/" } as const;

type Collection = { name: string; format?: string; folder?: string; files?: { name: string; file: string; fields: CmsField[] }[]; fields?: CmsField[] };
const collections = () => cmsConfig(options).collections as Collection[];
const byName = (name: string) => collections().find((c) => c.name === name)!;

test("every field of every edited schema has its field in the editor's configuration", () => {
  const lists: [string, z.ZodType][] = [
    ["news", newsSchema],
    ["dates", datesSchema],
    ["papers", papersSchema],
    ["speakers", speakersSchema],
  ];
  for (const [name, schema] of lists) {
    const collection = byName(name);
    assert.deepEqual(collection.files!.map((f) => f.file), [`content/2026/${name}.yaml`, `content/2025/${name}.yaml`]);
    for (const file of collection.files!) {
      const [items] = file.fields;
      assert.equal(items!.widget, "list");
      assert.equal(items!.hint, description(schema));
      assertFields(unwrap(def(schema).element!).base, items!.fields!, `${name} ${file.name}`);
    }
  }
  for (const file of byName("committee").files!) assertFields(committeeSchema, file.fields, `committee ${file.name}`);
  const people = byName("people").files![0]!.fields[0]!;
  assert.equal(people.fields![0]!.name, "id");
  assert.equal(people.fields![0]!.required, true);
  assertFields(def(peopleSchema).valueType!, people.fields!.slice(1), "people");
  for (const year of [2025, 2026]) {
    const pages = byName(`pages-${year}`);
    assert.equal(pages.folder, `content/${year}/pages`);
    const body = pages.fields!.at(-1)!;
    assert.deepEqual([body.name, body.widget], ["body", "markdown"]);
    assertFields(pageSchema, pages.fields!.slice(0, -1), `pages ${year}`);
  }
});

test("the walk notices a field the configuration lacks or gets wrong", () => {
  const fields = byName("news").files![0]!.fields[0]!.fields!;
  const item = unwrap(def(newsSchema).element!).base;
  assert.throws(() => assertFields(item, fields.slice(1), "news"), /a field for each key/);
  assert.throws(() => assertFields(item, fields.map((f) => ({ ...f, required: false })), "news"), /required/);
  assert.throws(() => assertFields(item, fields.map((f) => ({ ...f, widget: "text" as const })), "news"), /widget/);
  assert.throws(() => assertFields(item, fields.map((f) => ({ ...f, hint: "x" })), "news"), /hint/);
});

test("a day is edited with a date picker that saves YYYY-MM-DD; a day or a month is a text with its pattern", () => {
  const date = byName("dates").files![0]!.fields[0]!.fields!.find((f) => f.name === "date")!;
  assert.deepEqual([date.widget, date.format, date.time_format, date.picker_utc], ["datetime", "YYYY-MM-DD", false, true]);
  const news = byName("news").files![0]!.fields[0]!.fields!.find((f) => f.name === "date")!;
  assert.equal(news.widget, "string");
  const pattern = new RegExp(news.pattern![0]);
  assert.ok(pattern.test("2026-04") && pattern.test("2026-04-14") && !pattern.test("14 April"));
});

test("backend, local backend, base path and folders come from the options and site.yaml's editor block", () => {
  const config = parse(
    cmsConfigYaml({ ...options, editor: { cms: "decap", backend: "github", repo: "vera/site", branch: "pages", base_url: "https://auth.example.org", pull_requests: false }, localBackend: "http://127.0.0.1:9000/api/v1" }),
  ) as Record<string, unknown>;
  assert.deepEqual(config.backend, { name: "github", branch: "pages", repo: "vera/site", base_url: "https://auth.example.org" });
  assert.deepEqual(config.local_backend, { url: "http://127.0.0.1:9000/api/v1" });
  assert.equal(config.publish_mode, undefined);
  assert.equal(config.site_url, "https://vera.example.org/vera/");
  assert.equal(config.media_folder, "assets");
  const speakers = (config.collections as Collection[]).find((c) => c.name === "speakers")!;
  const photo = speakers.files![0]!.fields[0]!.fields!.find((f) => f.name === "photo")!;
  assert.deepEqual([photo.widget, photo.media_folder, photo.public_folder], ["image", "/assets/2026/people", "people"]);
  const plain = cmsConfig({ ...options, editor: { cms: "decap", backend: "github", repo: "vera/site", branch: "main", pull_requests: true } });
  assert.equal(plain.publish_mode, "editorial_workflow");
  assert.equal(plain.local_backend, undefined);
});

test("files rooted in a list or a map by id, and person ids in lists, go to the editor and back unchanged", () => {
  const shapes = cmsShapes();
  const news = [{ date: "2026-04", text: "Hello" }];
  assert.deepEqual(fromEditor(toEditor(news, shapes["colloquy-news"]!), shapes["colloquy-news"]!), news);
  const people = { "ada-l": { given: "Ada", family: "L" }, bo: { given: "Bo", family: "M", url: "https://bo.example.org" } };
  const edited = toEditor(people, shapes["colloquy-people"]!);
  assert.deepEqual(edited, { items: [{ id: "ada-l", given: "Ada", family: "L" }, { id: "bo", given: "Bo", family: "M", url: "https://bo.example.org" }] });
  assert.deepEqual(fromEditor(edited, shapes["colloquy-people"]!), people);
  const committee = { organization: [{ role: "Chairs", members: ["ada-l", { person: "bo", affiliation: "Uni" }] }], program_committee: ["bo"] };
  const shown = toEditor(committee, shapes["colloquy-committee"]!);
  assert.deepEqual((shown.organization as { members: unknown[] }[])[0]!.members, [{ person: "ada-l" }, { person: "bo", affiliation: "Uni" }]);
  assert.deepEqual(fromEditor(shown, shapes["colloquy-committee"]!), committee);
  const papers = [{ id: "1", title: "T", type: "research", authors: ["ada-l", { given: "Cy", family: "N" }], keywords: ["x"] }];
  assert.deepEqual(fromEditor(toEditor(papers, shapes["colloquy-papers"]!), shapes["colloquy-papers"]!), papers);
  // What an untouched optional field leaves behind is dropped, so the schema's "must not be empty" never trips.
  assert.deepEqual(fromEditor({ items: [{ date: "2026-05", text: "Hi", extra: "" }] }, shapes["colloquy-news"]!), [{ date: "2026-05", text: "Hi" }]);
});

test("the saved text keeps the file's leading comment, quotes times and leaves days plain", () => {
  const text = '# yaml-language-server: $schema=../schemas/dates.schema.json\n# Important dates.\n\n- id: submission\n  date: 2025-10-31\n  time: "23:59"\n  zone: AoE\n';
  const { value, comment } = readYamlText(text);
  assert.equal(writeYamlText(value, comment), text);
  assert.equal(writeYamlText([{ date: "2026-04", label: "2024" }]), '- date: 2026-04\n  label: "2024"\n');
});
