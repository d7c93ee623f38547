// How a content file's data is shown to the browser editor (Decap CMS, Sveltia CMS) and back.
// The editor edits objects with named fields, so a file whose root is a list (news.yaml) is
// shown as `{ items: [...] }`, one whose root is a map by id (people.yaml) as
// `{ items: [{ id, ... }] }`, and a list item that is a person id or an object (a committee
// member, an author) as `{ person, ... }`, which a bare `{ person }` turns back into the id.
// Pure data functions: the admin script runs them in the browser, the tests in Node.
import { Document, parseDocument, visit } from "yaml";

/** The shape of one kind of content file. */
export interface CmsShape {
  /** The file's root: a list, a map by id, or an object. */
  root: "list" | "map" | "object";
  /**
   * Lists whose items are a person id or an object, as dotted paths in the editor's data
   * (`items.*.authors`, `organization.*.members`); `*` stands for every item of a list.
   */
  personLists: string[];
}

/** The field that holds a list- or map-rooted file's entries in the editor. */
export const ITEMS_FIELD = "items";
/** The field an id-keyed entry's id goes to. */
export const ID_FIELD = "id";
/** The field a bare person id goes to. */
export const PERSON_FIELD = "person";

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);

/** Apply `change` to every list found at `path` (segments; `*` = each item). */
function eachList(value: unknown, path: string[], change: (list: unknown[]) => unknown[]): unknown {
  if (path.length === 0) return Array.isArray(value) ? change(value) : value;
  const [head, ...rest] = path as [string, ...string[]];
  if (head === "*") return Array.isArray(value) ? value.map((item) => eachList(item, rest, change)) : value;
  if (!isObject(value) || !(head in value)) return value;
  return { ...value, [head]: eachList(value[head], rest, change) };
}

function mapPersonLists(data: Data, shape: CmsShape, change: (item: unknown) => unknown): Data {
  let out: unknown = data;
  for (const path of shape.personLists) out = eachList(out, path.split("."), (list) => list.map(change));
  return out as Data;
}

/** Empty strings and nulls the editor leaves behind for untouched optional fields are dropped. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (!isObject(value)) return value;
  const out: Data = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === "" || child === null || child === undefined) continue;
    out[key] = withoutEmpty(child);
  }
  return out;
}

/** A file's parsed YAML as the editor's entry data. */
export function toEditor(parsed: unknown, shape: CmsShape): Data {
  let data: Data;
  if (shape.root === "list") data = { [ITEMS_FIELD]: Array.isArray(parsed) ? parsed : [] };
  else if (shape.root === "map") {
    const entries = isObject(parsed) ? Object.entries(parsed) : [];
    data = { [ITEMS_FIELD]: entries.map(([key, value]) => ({ [ID_FIELD]: key, ...(isObject(value) ? value : {}) })) };
  } else data = isObject(parsed) ? parsed : {};
  return mapPersonLists(data, shape, (item) => (typeof item === "string" ? { [PERSON_FIELD]: item } : item));
}

/** The editor's entry data as the value the YAML file holds. */
export function fromEditor(data: Data, shape: CmsShape): unknown {
  const cleaned = withoutEmpty(data) as Data;
  const collapsed = mapPersonLists(cleaned, shape, (item) =>
    isObject(item) && Object.keys(item).length === 1 && typeof item[PERSON_FIELD] === "string" ? item[PERSON_FIELD] : item,
  );
  if (shape.root === "object") return collapsed;
  const items = Array.isArray(collapsed[ITEMS_FIELD]) ? (collapsed[ITEMS_FIELD] as unknown[]) : [];
  if (shape.root === "list") return items;
  const map: Data = {};
  for (const item of items) {
    if (!isObject(item)) continue;
    const { [ID_FIELD]: key, ...rest } = item;
    map[String(key)] = rest;
  }
  return map;
}

/** A YAML file's value and its leading comment block (without the `#`s). */
export function readYamlText(text: string): { value: unknown; comment: string | undefined } {
  const doc = parseDocument(text);
  return { value: doc.toJS(), comment: doc.commentBefore ?? undefined };
}

/**
 * A value as a YAML file's text, after its leading comment. Strings that a YAML 1.1 reader would
 * take for a number (`23:59`, `2024`) keep their quotes, as the hand-written files have them.
 */
export function writeYamlText(value: unknown, comment?: string): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === "string" && /^[-+.\d:_]+$/.test(node.value) && !/^\d{4}-\d{2}(-\d{2})?$/.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  const header = comment ? `${comment.replace(/^/gm, "#")}\n\n` : "";
  return header + doc.toString({ lineWidth: 0 });
}
