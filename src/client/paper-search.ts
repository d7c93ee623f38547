// Search and filters for a paper list. Without this script the list is complete (on one or more
// pages); with it, the form appears and results follow each keystroke. The index is a Pagefind
// bundle made at build time, loaded on first use and fetched in small chunks. The query and the
// filters are kept in the URL (?q=…&type=…), so a filtered view can be shared or bookmarked. Its
// texts come from the form's data-texts attribute, in the page's language (<html lang>).
// A large list's index is split into shards (data-shards, bundles `<bundle>0/`, `<bundle>1/`, …),
// which Pagefind merges: a query's results come ranked from all shards at once; a list sorted by
// title is asked of each shard alone (its `shard` filter) and the sorted lists are merged here.
import { Texts } from "../lib/text.ts";

interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<{ results: Result[] } | null>;
}

/** What a search found: how many, and their data in order, a batch at a time. */
interface Found {
  count: number;
  take(n: number): Promise<ResultData[]>;
}

/** Results already in their order. */
function inOrder(results: Result[]): Found {
  let next = 0;
  return {
    count: results.length,
    take(n) {
      const batch = results.slice(next, next + n);
      next += batch.length;
      return Promise.all(batch.map((r) => r.data()));
    },
  };
}

/** The order of Pagefind's `title` sort: the lower-cased title, by code point. */
const titleKey = (data: ResultData) => (data.meta.title ?? "").toLowerCase();

/**
 * Lists each sorted by title (one per shard), merged into one sorted list. A result's data is
 * loaded only when it may come next: a batch of `n` loads at most about `n` plus a few per list.
 */
function merged(lists: Result[][]): Found {
  const cursors = lists.map(() => 0);
  const loaded = lists.map(() => new Map<number, Promise<ResultData>>());
  const load = (list: number, from: number, n: number) => {
    for (let i = from; i < Math.min(from + n, lists[list]!.length); i++) if (!loaded[list]!.has(i)) loaded[list]!.set(i, lists[list]![i]!.data());
  };
  return {
    count: lists.reduce((n, list) => n + list.length, 0),
    async take(n) {
      const out: ResultData[] = [];
      const ahead = Math.max(4, Math.ceil(n / lists.length));
      while (out.length < n) {
        let best = -1;
        let bestData: ResultData | undefined;
        for (let list = 0; list < lists.length; list++) {
          const at = cursors[list]!;
          if (at >= lists[list]!.length) continue;
          if (!loaded[list]!.has(at)) load(list, at, ahead);
          const data = await loaded[list]!.get(at)!;
          if (!bestData || titleKey(data) < titleKey(bestData)) [best, bestData] = [list, data];
        }
        if (!bestData) break;
        loaded[best]!.delete(cursors[best]!);
        cursors[best]!++;
        out.push(bestData);
      }
      return out;
    },
  };
}

const BATCH = 40;
const FIELDS = ["q", "type", "presentation", "award", "archival"] as const;

const form = document.querySelector<HTMLFormElement>("form.paper-search");
if (form) setUp(form);

function setUp(form: HTMLFormElement): void {
  const list = document.querySelector<HTMLElement>(".paper-list");
  const box = document.querySelector<HTMLElement>(".paper-search__results");
  const ol = box?.querySelector("ol");
  const more = box?.querySelector<HTMLButtonElement>(".paper-search__more");
  const status = form.querySelector<HTMLElement>(".paper-search__status");
  if (!list || !box || !ol || !more || !status) return;
  const total = Number(form.dataset.total);
  const text = Texts.fromJson<"all" | "matches" | "none" | "busy" | "failed" | "labels" | "abstract">(document.documentElement.lang || "en", form.dataset.texts);
  const withFilters = form.elements.namedItem("type") !== null;
  const shards = Number(form.dataset.shards ?? 1);
  const bundle = form.dataset.bundle ?? "";
  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> =>
    (pagefind ??= (import(`${bundle}${shards > 1 ? "0/" : ""}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      const options = { excerptLength: 30 };
      await pf.options(options);
      await Promise.all(Array.from({ length: shards - 1 }, (_, i) => pf.mergeIndex(`${bundle}${i + 1}/`, options)));
      return pf;
    }));

  /** Search every shard: ranked by Pagefind when there is a query, else sorted by title. */
  async function find(pf: Pagefind, query: string, filters: Record<string, unknown>): Promise<Found | null> {
    if (query || shards === 1) {
      const search = await pf.search(query || null, { filters, ...(query ? {} : { sort: { title: "asc" } }) });
      return search && inOrder(search.results);
    }
    const searches = await Promise.all(Array.from({ length: shards }, (_, i) => pf.search(null, { filters: { ...filters, shard: String(i) }, sort: { title: "asc" } })));
    return searches.includes(null) ? null : merged(searches.map((s) => s!.results));
  }

  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;

  // Restore the view from the URL.
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const input = field(name);
    const value = params.get(name);
    if (input && value !== null) input.value = value;
  }
  form.hidden = false;

  let results: Found = inOrder([]);
  let shown = 0;
  let generation = 0;

  function state(): Record<(typeof FIELDS)[number], string> {
    return Object.fromEntries(FIELDS.map((name) => [name, field(name)?.value.trim() ?? ""])) as Record<(typeof FIELDS)[number], string>;
  }

  function writeUrl(values: Record<string, string>): void {
    const url = new URL(location.href);
    for (const name of FIELDS) {
      if (values[name]) url.searchParams.set(name, values[name]);
      else url.searchParams.delete(name);
    }
    history.replaceState(history.state, "", url);
  }

  function filtersOf(values: Record<string, string>): Record<string, unknown> {
    const filters: Record<string, unknown> = {};
    if (values.type) filters.type = values.type;
    if (values.archival) filters.archival = values.archival;
    if (values.presentation) filters.presentation = values.presentation;
    if (values.award === "any") {
      const awards = [...(field("award") as HTMLSelectElement).options].map((o) => o.value).filter((v) => v && v !== "any");
      filters.award = { any: awards };
    } else if (values.award) filters.award = values.award;
    return filters;
  }

  function card(data: ResultData): HTMLLIElement {
    const li = document.createElement("li");
    li.className = "paper";
    const heading = document.createElement("h2");
    heading.className = "paper__title";
    const target = withFilters ? data.url : data.meta.link;
    if (target) {
      const a = document.createElement("a");
      a.href = target;
      a.textContent = data.meta.title ?? "";
      heading.append(a);
    } else heading.textContent = data.meta.title ?? "";
    li.append(heading);
    if (data.meta.authors) {
      const p = document.createElement("p");
      p.className = "paper__authors";
      p.textContent = data.meta.authors;
      li.append(p);
    }
    if (data.meta.keywords) {
      const p = document.createElement("p");
      p.className = "paper__keywords";
      p.textContent = `Keywords: ${data.meta.keywords}`;
      li.append(p);
    }
    const labels = [
      [`badge badge--type ${data.meta.typeClass ?? ""}`.trim(), data.meta.type],
      ["badge badge--presentation", data.meta.presentation],
      ["badge badge--non-archival", data.meta.nonArchival],
      ["badge badge--award", data.meta.award],
    ].filter((l): l is [string, string] => !!l[1]);
    if (labels.length) {
      const ul = document.createElement("ul");
      ul.className = "badges";
      ul.setAttribute("aria-label", text.get("labels"));
      for (const [className, text] of labels) {
        const badge = document.createElement("li");
        badge.className = className;
        badge.textContent = text;
        ul.append(badge);
      }
      li.append(ul);
    }
    if (!withFilters) {
      // Related reading has no page per item: show the abstract here.
      const abstract = data.meta.abstract;
      if (abstract) {
        const details = document.createElement("details");
        details.className = "paper__abstract";
        const summary = document.createElement("summary");
        summary.textContent = text.get("abstract");
        const p = document.createElement("p");
        p.textContent = abstract;
        details.append(summary, p);
        li.append(details);
      }
    }
    return li;
  }

  async function showMore(mine: number): Promise<void> {
    const found = results;
    const data = await found.take(BATCH);
    if (mine !== generation || found !== results) return;
    ol!.append(...data.map(card));
    shown += data.length;
    more!.hidden = shown >= found.count;
  }


  /** The values of the search on screen (or being made), so a repeated event changes nothing. */
  let current = "";

  /**
   * The form says it is busy (aria-busy) from the first keystroke or change until the results of
   * the latest search are on screen.
   */
  const busy = (on: boolean) => (on ? form.setAttribute("aria-busy", "true") : form.removeAttribute("aria-busy"));
  let inFlight = 0;

  async function update(): Promise<void> {
    const values = state();
    // A text box fires "change" again when it loses focus: the same search must not redraw the
    // results (it would close an abstract the visitor just opened).
    const key = JSON.stringify(values);
    if (key === current) {
      if (inFlight === 0) busy(false);
      return;
    }
    current = key;
    writeUrl(values);
    const mine = ++generation;
    inFlight++;
    try {
      await show(values, mine);
    } finally {
      inFlight--;
      // An older search that was overtaken leaves that to the latest.
      if (mine === generation) busy(false);
    }
  }

  async function show(values: ReturnType<typeof state>, mine: number): Promise<void> {
    const active = FIELDS.some((name) => values[name]);
    if (!active) {
      list!.hidden = false;
      box!.hidden = true;
      status!.textContent = text.get("all", { count: total });
      return;
    }
    status!.textContent = text.get("busy");
    let search;
    try {
      search = await find(await load(), values.q, filtersOf(values));
    } catch {
      current = "";
      if (mine === generation) status!.textContent = text.get("failed");
      list!.hidden = false;
      box!.hidden = true;
      return;
    }
    if (mine !== generation || !search) return;
    results = search;
    shown = 0;
    ol!.replaceChildren();
    await showMore(mine);
    if (mine !== generation) return;
    list!.hidden = true;
    box!.hidden = false;
    const n = results.count;
    status!.textContent = n === 0 ? text.get("none") : text.get("matches", { matched: n, count: total });
  }

  let timer: number | undefined;
  const schedule = () => {
    busy(true);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), 120);
  };
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void update();
  });
  more.addEventListener("click", () => {
    const first = shown;
    void showMore(generation).then(() => (ol.children[first]?.querySelector("a") as HTMLElement | null)?.focus());
  });
  if (FIELDS.some((name) => params.get(name))) void update();
}
