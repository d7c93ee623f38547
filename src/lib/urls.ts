// Base-path-aware URLs. Every link, image, stylesheet, script and feed URL on the site goes through
// `Urls.to()`, so a build under a GitHub Pages project path (`/<repo>/`) works everywhere.

/** Normalise a path prefix to the form `/`, or `/a/b/` (leading and trailing slash). */
export function normalizePrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

export class Urls {
  /** The normalised prefix, e.g. `/` or `/llm4code/`. */
  readonly prefix: string;
  /** Absolute site origin used for feeds and canonical URLs, e.g. `https://llm4code.github.io`. */
  readonly origin: string;

  constructor(prefix?: string, origin = "") {
    this.prefix = normalizePrefix(prefix);
    this.origin = origin.replace(/\/+$/, "");
  }

  /** Names the mapping: Urls with the same key resolve every path alike. */
  get key(): string {
    return `${this.origin} ${this.prefix}`;
  }

  /** Site-internal path (`/papers/`) → URL with the prefix (`/llm4code/papers/`). External URLs and fragments pass through. */
  to(path: string): string {
    if (EXTERNAL.test(path) || path.startsWith("#") || path.startsWith("//")) return path;
    if (!path.startsWith("/")) throw new Error(`Internal URLs must start with "/": ${path}`);
    return this.prefix + path.slice(1);
  }

  /** Absolute URL (origin + prefix + path), for feeds and metadata. */
  absolute(path: string): string {
    const url = this.to(path);
    return EXTERNAL.test(url) ? url : this.origin + url;
  }
}
