// Where the papers live inside an edition: the list and its later pages, each paper's page and
// `.bib` file, and the search indexes. The names the list keeps for itself are no paper's id.

/** The folder of the list's later pages: `papers/page/2/`. */
export const LIST_PAGES = "page";

/** The folder of a list's search index (a Pagefind bundle): `papers/search/`, `reading/search/`. */
export const SEARCH_INDEX = "search";

/** What a paper's id is made of, so that it can stand in a URL and a file name. */
export const PAPER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** What PAPER_ID asks for, in a problem's words. */
export const PAPER_ID_RULE = "must use letters, digits, - and _";

/** Ids a paper cannot have: its page would be one of the list's own folders. */
export const RESERVED_PAPER_IDS: readonly string[] = [LIST_PAGES, SEARCH_INDEX];

/** The anchor of a paper in the list: `paper-<id>`. */
export function paperAnchor(paper: { id: string }): string {
  return `paper-${paper.id}`;
}

/** Where a paper's own page lives: only at the edition's permanent prefix. */
export function paperPath(paper: { id: string }): string {
  return `papers/${paper.id}/`;
}

/** The `.bib` file of a paper, in its page's folder. */
export function bibPath(paper: { id: string }): string {
  return `${paperPath(paper)}${paper.id}.bib`;
}

/** Path of list page `n` (0-based): `papers/`, `papers/page/2/`, … */
export function listPagePath(n: number): string {
  return n === 0 ? "papers/" : `papers/${LIST_PAGES}/${n + 1}/`;
}

/** The search index of a list page (`papers` or `reading`): `papers/search/`. */
export function searchIndexPath(list: "papers" | "reading"): string {
  return `${list}/${SEARCH_INDEX}/`;
}

/** Records per search index shard unless the build says otherwise. */
export const SEARCH_SHARD_RECORDS = 1000;

/**
 * How many shards (Pagefind bundles) a list of `records` records is split into: one up to
 * `perShard` records, then as many as it takes to keep each near `perShard`.
 */
export function searchShardCount(records: number, perShard = SEARCH_SHARD_RECORDS): number {
  return Math.max(1, Math.ceil(records / Math.max(1, perShard)));
}

/**
 * The folder of shard `shard` of `count` inside the search index folder: the index folder itself
 * when there is one shard (`papers/search/`), else a numbered folder (`papers/search/0/`, …).
 */
export function searchShardFolder(shard: number, count: number): string {
  return count === 1 ? "" : `${shard}/`;
}
