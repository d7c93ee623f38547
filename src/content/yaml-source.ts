// The positional YAML reader: parses a file, keeps a map from field paths back to line:column,
// and turns zod issues into Problems that point at the right place.
import { createRequire } from "node:module";
import type * as JsYaml from "js-yaml";
import type * as Yaml from "yaml";
import type { Document, LineCounter, Node } from "yaml";
import type { z } from "zod";
import { FileStore } from "../lib/file-store.ts";
import { formatPath, type Problem } from "./errors.ts";

export interface YamlSource {
  file: string;
  /** Name used as the root of field paths, e.g. `news`. */
  root: string;
  data: unknown;
  /** Line offset added to positions (front matter starts after the `---` line). */
  lineOffset: number;
  doc: Document.Parsed;
  lines: LineCounter;
}

// The parsers are loaded when a text must be parsed or a problem located: a build whose files all
// come from the store loads neither.
const require = createRequire(import.meta.url);
const positionalParser = () => require("yaml") as typeof Yaml;
const fastParser = () => require("js-yaml") as typeof JsYaml;

/** Files at least this large are read by the fast path first. */
const FAST_PATH_BYTES = 64 * 1024;

/** Bump when a parse's output changes, so kept parses are made again. */
const PARSE_VERSION = "1";

/** True when JSON gives `value` back exactly (YAML's .inf and .nan would come back as null). */
function jsonSafe(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (value && typeof value === "object") return Object.values(value).every(jsonSafe);
  return true;
}

/**
 * The start of each line that matters to a top-level block sequence: an item's `-` (followed by a
 * blank or the line's end), or, matching empty, a line that no such sequence has at its first
 * column (not an item, comment, indented or blank line).
 */
const LINE_STARTS = /^(?:-(?=[ \t\r\n]|$)|(?![ \t#\r\n]|$))/gm;

/**
 * The items of a text that is one top-level block sequence (a papers.yaml), each from its `- `
 * line up to the next; undefined for any other shape (a map, a flow sequence, a document marker,
 * an empty text). Comments before the first item go with no item.
 */
export function sequenceItems(text: string): string[] | undefined {
  const starts: number[] = [];
  for (const match of text.matchAll(LINE_STARTS)) {
    if (match[0] !== "-") return undefined;
    starts.push(match.index);
  }
  if (starts.length === 0) return undefined;
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}

/** What the store keeps of a file's last sequence parse: that parse's key, and each item's hash. */
interface KeptItems {
  key: string;
  hashes: string[];
}

/**
 * A sequence's parse as the store keeps it: JSON with one item per line (JSON puts no line break
 * inside a value), so the next parse can take an unchanged item's line as it is.
 */
const joinItems = (lines: readonly string[]) => `[\n${lines.join(",\n")}\n]`;

/** The JSON lines of the file's last parse, by the hash of each item's text (a hash may stand for several). */
function lastItems(store: FileStore, file: string): Map<string, string[]> {
  const items = new Map<string, string[]>();
  const kept = store.entry("yaml-items", FileStore.hash(file));
  if (!kept) return items;
  const { key, hashes } = JSON.parse(kept.toString()) as KeptItems;
  const text = store.entry("yaml", key)?.toString();
  if (!text?.startsWith("[\n") || !text.endsWith("\n]")) return items;
  const lines = text.slice(2, -2).split(",\n");
  if (lines.length !== hashes.length) return items;
  hashes.forEach((hash, i) => {
    const list = items.get(hash);
    if (list) list.push(lines[i]!);
    else items.set(hash, [lines[i]!]);
  });
  return items;
}

/**
 * A top-level sequence parsed item by item: an item whose text is the same as in the file's last
 * parse is taken from it, so one edited paper of thousands parses one item. Undefined when the
 * store has no earlier parse of the file, the text is no such sequence, or an item does not parse
 * alone (an alias, a syntax error) or gives what JSON cannot keep: the whole text is then parsed
 * as usual.
 */
function readItems(text: string, file: string, store: FileStore, key: string, parse: (text: string) => unknown): { data: unknown[]; parsed: number } | undefined {
  const previous = lastItems(store, file);
  if (previous.size === 0) return undefined;
  const items = sequenceItems(text);
  if (!items) return undefined;
  const hashes = items.map((item) => FileStore.hash(item));
  const json = itemsJson(items, hashes, previous, parse);
  if (json === undefined) return undefined;
  store.setEntry("yaml", key, json.text);
  store.setEntry("yaml-items", FileStore.hash(file), JSON.stringify({ key, hashes } satisfies KeptItems));
  return { data: JSON.parse(json.text) as unknown[], parsed: json.parsed };
}

/**
 * Keep a whole parse of `text` as entry `key`: for a top-level sequence, one JSON line per item
 * and each item's hash, so the next parse of an edited text can take the unchanged items.
 */
function keepParse(store: FileStore, text: string, file: string, key: string, data: unknown): void {
  if (!jsonSafe(data)) return;
  const items = Array.isArray(data) ? sequenceItems(text) : undefined;
  if (!items || items.length !== (data as unknown[]).length) {
    store.setEntry("yaml", key, JSON.stringify(data));
    return;
  }
  store.setEntry("yaml", key, joinItems((data as unknown[]).map((item) => JSON.stringify(item ?? null))));
  store.setEntry("yaml-items", FileStore.hash(file), JSON.stringify({ key, hashes: items.map((item) => FileStore.hash(item)) } satisfies KeptItems));
}

/** The JSON of `items`: the kept line of each unchanged item, a parse of each other one. */
function itemsJson(items: string[], hashes: string[], previous: Map<string, string[]>, parse: (text: string) => unknown): { text: string; parsed: number } | undefined {
  const lines: string[] = [];
  let parsed = 0;
  for (const [i, item] of items.entries()) {
    const kept = previous.get(hashes[i]!)?.shift();
    if (kept !== undefined) {
      lines.push(kept);
      continue;
    }
    let value: unknown;
    try {
      value = parse(item);
    } catch {
      return undefined;
    }
    if (!Array.isArray(value) || value.length !== 1 || !jsonSafe(value[0])) return undefined;
    lines.push(JSON.stringify(value[0] ?? null));
    parsed++;
  }
  return { text: joinItems(lines), parsed };
}

/**
 * Parse YAML text. Syntax errors come back as problems; `data` is then undefined.
 *
 * With a `store`, every parse that succeeds is kept there as JSON under the hash of the text, and
 * a file that did not change since is read from it: JSON reads many times faster than YAML.
 * Large files (a papers.yaml of thousands of papers) take a fast path on their first read: a plain
 * parse to data with the YAML 1.2 core schema, no aliases and no duplicate keys, the same values the
 * positional parser gives. A large top-level sequence is parsed item by item, and with a store the
 * items unchanged since the file's last parse are taken from it. Either way the positional document (for line:column in messages) is
 * only built when a message needs it. Anything the fast path refuses goes through the positional
 * parser, which explains it.
 */
export function readYaml(
  text: string,
  file: string,
  root: string,
  lineOffset = 0,
  store?: FileStore,
): { source?: YamlSource; problems: Problem[]; parsedItems?: number } {
  const key = store ? FileStore.hash(`${PARSE_VERSION}\0${text}`) : "";
  const kept = store?.entry("yaml", key);
  if (kept) return { source: lazySource(text, file, root, lineOffset, JSON.parse(kept.toString())), problems: [] };
  const keep = (data: unknown) => {
    if (store && jsonSafe(data)) store.setEntry("yaml", key, JSON.stringify(data));
  };
  if (text.length >= FAST_PATH_BYTES) {
    const { CORE_SCHEMA, load } = fastParser();
    const parse = (part: string) => load(part, { schema: CORE_SCHEMA, maxAliases: 0, filename: file });
    const items = store ? readItems(text, file, store, key, parse) : undefined;
    if (items) return { source: lazySource(text, file, root, lineOffset, items.data), problems: [], parsedItems: items.parsed };
    let data: unknown;
    try {
      data = parse(text);
    } catch {
      data = undefined;
    }
    if (data !== undefined) {
      // Only a later build reads the kept parse: it is written once this build's pages are under way.
      if (store) store.defer(() => keepParse(store, text, file, key, data));
      return { source: lazySource(text, file, root, lineOffset, data), problems: [] };
    }
  }
  const read = readPositional(text, file, root, lineOffset);
  if (read.source) keep(read.source.data);
  return read;
}

/** A source whose positional document is parsed on first use. */
function lazySource(text: string, file: string, root: string, lineOffset: number, data: unknown): YamlSource {
  let parsed: { doc: Document.Parsed; lines: LineCounter } | undefined;
  const positional = () => {
    if (!parsed) {
      const { LineCounter, parseDocument } = positionalParser();
      const lines = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
    }
    return parsed;
  };
  return {
    file,
    root,
    data,
    lineOffset,
    get doc() {
      return positional().doc;
    },
    get lines() {
      return positional().lines;
    },
  };
}

function readPositional(text: string, file: string, root: string, lineOffset: number): { source?: YamlSource; problems: Problem[] } {
  const { LineCounter, parseDocument } = positionalParser();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { file, line: pos.line + lineOffset, column: pos.col, path: "", message: `YAML syntax: ${firstLine(e.message)}` };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias expanding into a huge tree ("billion laughs") is refused rather than built.
    return { problems: [{ file, line: 1 + lineOffset, column: 1, path: "", message: `YAML: ${firstLine((error as Error).message)}` }] };
  }
  return { source: { file, root, data, lineOffset, doc, lines }, problems: [] };
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

/** The deepest node that exists along `path`, and, for a key inside a map, that key's node. */
function nodeAt(source: YamlSource, path: readonly PropertyKey[], preferKey: string | undefined): Node | undefined {
  const { isMap, isPair, isScalar, isSeq } = positionalParser();
  let node: unknown = source.doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === "number" && node.items[key]) {
      node = node.items[key];
    } else break;
  }
  if (preferKey && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === preferKey);
    if (pair && isScalar(pair.key)) return pair.key;
  }
  return node as Node | undefined;
}

/** Where a field path points, 1-based. */
export function positionOf(source: YamlSource, path: readonly PropertyKey[], preferKey?: string): { line: number; column: number } {
  const node = nodeAt(source, path, preferKey);
  const offset = node?.range?.[0] ?? 0;
  const pos = source.lines.linePos(offset);
  return { line: pos.line + source.lineOffset, column: pos.col };
}

/** A problem at a field path of this source. */
export function problemAt(source: YamlSource, path: readonly PropertyKey[], message: string): Problem {
  const { line, column } = positionOf(source, path);
  return { file: source.file, line, column, path: formatPath(source.root, path), message };
}

/** A problem about a key of the map at `path` (an unknown field): points at the key itself. */
function keyProblem(source: YamlSource, path: readonly PropertyKey[], key: string, message: string): Problem {
  const { line, column } = positionOf(source, path, key);
  return { file: source.file, line, column, path: formatPath(source.root, [...path, key]), message };
}

/** Check data against a schema; every zod issue becomes a positioned problem. */
export function validate<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(source.data);
  if (result.success) return { value: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const hint = suggest(key, knownKeys(schema, issue.path));
        problems.push(keyProblem(source, issue.path, key, `unknown field${hint ? ` (did you mean "${hint}"?)` : ""}`));
      }
      continue;
    }
    problems.push(problemAt(source, issue.path, describeIssue(issue, source.doc.hasIn(issue.path))));
  }
  return { problems };
}

function describeIssue(issue: z.core.$ZodIssue, present: boolean): string {
  if (issue.code === "invalid_type" && !present) return "is required";
  if (issue.code === "invalid_union") return "does not match any allowed form (see the JSON Schema or README)";
  return issue.message.replace(/^Invalid input: /, "");
}

/** Known keys of the object schema reached by a path (used for "did you mean"). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { def?: { type?: string; innerType?: unknown; element?: unknown; in?: unknown; valueType?: unknown } };
    for (let i = 0; i < 10 && node?.def; i++) {
      const t = node.def.type;
      if (t === "optional" || t === "default" || t === "nullable" || t === "prefault") node = node.def.innerType as typeof node;
      else if (t === "pipe") node = node.def.in as typeof node;
      else break;
    }
    return node;
  };
  for (const key of path) {
    const node = unwrap(current) as { def?: { type?: string; element?: unknown; valueType?: unknown }; shape?: Record<string, unknown> };
    if (node?.def?.type === "array" && typeof key === "number") current = node.def.element;
    else if (node?.def?.type === "record") current = node.def.valueType;
    else if (node?.shape && typeof key === "string") current = node.shape[key];
    else return [];
  }
  const node = unwrap(current) as { shape?: Record<string, unknown> };
  return node?.shape ? Object.keys(node.shape) : [];
}

function suggest(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(key.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
