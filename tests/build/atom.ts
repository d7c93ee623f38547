// Reads a built Atom feed with an XML parser: what a feed reader would see.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";

export interface AtomEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  content: string;
}

export interface AtomFeed {
  language: string;
  id: string;
  title: string;
  subtitle: string;
  author: string;
  updated: string;
  /** Every `<link href>` of the feed element, in order. */
  links: string[];
  /** The `rel="self"` link. */
  self: string;
  entries: AtomEntry[];
}

type Node = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === "object" && value !== null ? String((value as Node)["#text"] ?? "") : String(value ?? ""));
const list = (value: unknown): Node[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as Node[];

/** Parses `file` as Atom; throws if it is not a feed element in the Atom namespace. */
export function readFeed(file: string): AtomFeed {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, trimValues: false });
  const feed = (parser.parse(readFileSync(file, "utf8")) as Node).feed as Node | undefined;
  if (!feed || feed["@xmlns"] !== "http://www.w3.org/2005/Atom") throw new Error(`${file}: not an Atom feed`);
  const links = list(feed.link);
  return {
    language: String(feed["@xml:lang"] ?? ""),
    id: text(feed.id),
    title: text(feed.title),
    subtitle: text(feed.subtitle),
    author: text((feed.author as Node | undefined)?.name),
    updated: text(feed.updated),
    links: links.map((l) => String(l["@href"])),
    self: String(links.find((l) => l["@rel"] === "self")?.["@href"] ?? ""),
    entries: list(feed.entry).map((entry) => ({
      id: text(entry.id),
      title: text(entry.title),
      link: String(list(entry.link)[0]?.["@href"] ?? ""),
      updated: text(entry.updated),
      content: text(entry.content),
    })),
  };
}
