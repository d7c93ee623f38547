// Presentation kinds ("Oral", "Spotlight", "Poster", "Accept (Oral)") as review systems name them,
// and what they become in papers.yaml: a presentation, a paper type or an award of cfp.yaml.
// `--map "Oral=oral,Poster=poster"` says it; `Talk=presentation:oral+award:best-talk` names the
// list when an id is in more than one, and gives several. Without a mapping, a kind that is the id
// or the name of a presentation of cfp.yaml is that presentation; any other kind is an error.
import type { ImportProblem } from "./types.ts";

/** The labels of cfp.yaml a kind can be mapped to. */
export interface Labels {
  paperTypes: readonly { id: string; name: string }[];
  awards: readonly { id: string; name: string }[];
  presentations: readonly { id: string; name: string }[];
}

export interface KindTarget {
  type?: string;
  award?: string;
  presentation?: string;
}

const LISTS = { presentation: "presentations", type: "paperTypes", award: "awards" } as const;
type Field = keyof typeof LISTS;

export interface KindMapping {
  /** What `kind` maps to, or undefined when it is not mapped. */
  resolve(kind: string): KindTarget | undefined;
  /** What `--map` maps `kind` to, or undefined when it has no such key. */
  explicit(kind: string): KindTarget | undefined;
  /** The kinds the mapping knows (its keys and the presentations' ids and names), lower case. */
  known: ReadonlySet<string>;
  /** A sentence listing what a kind can be mapped to, for error messages. */
  choices: string;
}

const key = (kind: string) => kind.replace(/\s+/g, " ").trim().toLowerCase();

/** Build the mapping; problems with `--map` values are added to `problems`. */
export function kindMapping(map: Readonly<Record<string, string>>, labels: Labels, problems: ImportProblem[]): KindMapping {
  const mapped = new Map<string, KindTarget>();
  for (const [kind, value] of Object.entries(map)) {
    const target: KindTarget = {};
    for (const part of value.split("+").map((p) => p.trim()).filter(Boolean)) {
      const [prefix, rest] = part.includes(":") ? (part.split(/:(.*)/s, 2) as [string, string]) : [undefined, part];
      const wanted = rest.trim().toLowerCase();
      const fields = prefix === undefined ? (Object.keys(LISTS) as Field[]) : ([prefix.trim()] as Field[]);
      if (prefix !== undefined && !(prefix.trim() in LISTS)) {
        problems.push({ record: "--map", field: kind, message: `"${prefix}:" is not a kind of label; use presentation:, type: or award:` });
        continue;
      }
      const found = fields.filter((f) => labels[LISTS[f]].some((l) => l.id === wanted));
      if (found.length === 0) problems.push({ record: "--map", field: kind, message: `"${rest}" is not ${prefix ? `a ${prefix} id` : "a presentation, paper type or award id"} of cfp.yaml (${choiceList(labels)})` });
      else if (found.length > 1) problems.push({ record: "--map", field: kind, message: `"${rest}" is both a ${found.join(" and a ")} id; write ${found.map((f) => `${f}:${wanted}`).join(" or ")}` });
      else if (target[found[0]!] !== undefined) problems.push({ record: "--map", field: kind, message: `gives two ${found[0]}s` });
      else target[found[0]!] = wanted;
    }
    if (Object.keys(target).length) mapped.set(key(kind), target);
  }
  const known = new Set([...mapped.keys(), ...labels.presentations.flatMap((p) => [key(p.id), key(p.name)])]);
  return {
    known,
    choices: choiceList(labels),
    explicit: (kind: string) => mapped.get(key(kind)),
    resolve(kind: string) {
      const k = key(kind);
      const explicit = mapped.get(k);
      if (explicit) return explicit;
      const presentation = labels.presentations.find((p) => key(p.id) === k || key(p.name) === k);
      return presentation ? { presentation: presentation.id } : undefined;
    },
  };
}

function choiceList(labels: Labels): string {
  const list = (name: string, items: readonly { id: string }[]) => (items.length ? [`${name} ${items.map((i) => i.id).join(", ")}`] : []);
  return [...list("presentations:", labels.presentations), ...list("paper types:", labels.paperTypes), ...list("awards:", labels.awards)].join("; ") || "cfp.yaml has none";
}

/** The message for a kind nothing maps. */
export function unmappedKind(kind: string, mapping: KindMapping): string {
  return `the presentation kind "${kind}" is not mapped; add --map "${kind}=<id>" (${mapping.choices})`;
}

/** `Research`, `research paper` or `research` → the cfp.yaml id `research`. */
export function resolveType(value: string, types: readonly { id: string; name: string }[]): string | undefined {
  const v = value.trim().toLowerCase();
  return (
    types.find((t) => t.id === v || t.name.toLowerCase() === v) ??
    types.find((t) => t.name.toLowerCase().startsWith(v) || v.startsWith(t.id))
  )?.id;
}
