// The Content-Security-Policy every page carries in a `<meta http-equiv>` element (GitHub Pages
// cannot send headers). Scripts, styles, fonts and images are files from the site itself; nothing
// inline runs, nothing is fetched from another origin, no plugin loads, and `<base>` cannot be
// changed. `frame-ancestors`, `report-uri` and `sandbox` are ignored in a meta element, so they are
// left out rather than promised.

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
};

/**
 * Scripts that compile WebAssembly (the papers search runs Pagefind's WASM index reader). Pages
 * that load one also get `'wasm-unsafe-eval'`, which allows compiling WebAssembly and nothing
 * else: no `eval()`, no inline script.
 */
export const WASM_SCRIPTS: readonly string[] = ["paper-search"];

/** The policy as one header value: `default-src 'self'; script-src 'self'; …`. */
export function contentSecurityPolicy(options: { wasm?: boolean } = {}): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${(name === "script-src" && options.wasm ? [...values, "'wasm-unsafe-eval'"] : values).join(" ")}`)
    .join("; ");
}

/**
 * The policy of the editor at `/admin/` (Decap CMS), found by running the CMS in Chromium: it is
 * the site's policy with what the CMS cannot do without. It checks its configuration with Ajv,
 * which compiles validators with `new Function` (`'unsafe-eval'`; every script is still a file of
 * the site, none inline); its interface sets styles at run time (`'unsafe-inline'` styles); it
 * previews uploads from `blob:` URLs, and talks to GitHub's API (or the local backend) and shows
 * GitHub's avatars and files. Sveltia CMS needs no `'unsafe-eval'`, and reads its own images
 * with `fetch` from `data:` URLs.
 */
export function adminContentSecurityPolicy(options: { eval: boolean; connect: readonly string[]; images: readonly string[] }): string {
  const directives: Record<string, readonly string[]> = {
    ...CSP_DIRECTIVES,
    "script-src": options.eval ? ["'self'", "'unsafe-eval'"] : ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...options.images],
    "media-src": ["'self'", "blob:"],
    "connect-src": ["'self'", ...options.connect],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}
