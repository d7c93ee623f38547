/**
 * A small static file server for a built site, used by the browser tests.
 *
 *     tsx scripts/serve.ts --dir _site --port 4173 [--prefix /llm4code/]
 *
 * The site is served under a path prefix (`--prefix`, else the SITE_PREFIX
 * environment variable, else `/`), the way GitHub Pages serves a project
 * site: `/x/` answers with `x/index.html`, `/x` redirects to `/x/` when `x` is
 * a folder, and anything missing gets the site's `404.html` with status 404.
 * It listens on 127.0.0.1 only and never serves a file outside the folder.
 */
import { createReadStream, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { normalizePrefix } from "../src/lib/urls.ts";

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".pdf": "application/pdf",
};

export interface SiteServerOptions {
  /** The built site's folder. */
  dir: string;
  /** URL path the site lives under; normalised to start and end with "/". */
  prefix?: string;
  /** Compress text files with gzip when the client accepts it, as GitHub Pages does (for the audit). */
  gzip?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** Resolves a decoded URL path (relative to the prefix) inside root, or null if it escapes. */
function resolveInside(root: string, relative: string): string | null {
  if (relative.includes("\0")) return null;
  const resolved = path.resolve(root, `.${path.posix.sep}${relative}`);
  const fromRoot = path.relative(root, resolved);
  if (fromRoot.startsWith("..") || path.isAbsolute(fromRoot)) return null;
  // Follow symbolic links too: the real file must still be inside the root.
  try {
    const real = realpathSync(resolved);
    const realFromRoot = path.relative(root, real);
    if (realFromRoot.startsWith("..") || path.isAbsolute(realFromRoot)) return null;
  } catch {
    // Missing: the caller answers 404.
  }
  return resolved;
}

export function createSiteServer(options: SiteServerOptions): Server {
  const root = realpathSync(path.resolve(options.dir));
  const prefix = normalizePrefix(options.prefix);

  function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(text)),
      "Cache-Control": "no-store",
      ...headers,
    });
    res.end(req.method === "HEAD" ? undefined : text);
  }

  function sendFile(req: IncomingMessage, res: ServerResponse, file: string, stats: Stats, status = 200): void {
    const type = contentType(file);
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      const body = gzipSync(readFileSync(file), { level: 9 });
      res.writeHead(status, {
        "Content-Type": type,
        "Content-Encoding": "gzip",
        "Content-Length": String(body.length),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        Vary: "Accept-Encoding",
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    res.writeHead(status, {
      "Content-Type": contentType(file),
      "Content-Length": String(stats.size),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
  }

  function sendNotFound(req: IncomingMessage, res: ServerResponse): void {
    const page = path.join(root, "404.html");
    const stats = statOrNull(page);
    if (stats?.isFile()) sendFile(req, res, page, stats, 404);
    else sendText(req, res, 404, "Not found\n");
  }

  return createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendText(req, res, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
      return;
    }

    let pathname: string;
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      pathname = decodeURIComponent(url.pathname);
    } catch {
      sendText(req, res, 400, "Bad request\n");
      return;
    }
    // Refuse anything that tries to climb out, even if it would resolve inside.
    if (pathname.split(/[/\\]/).includes("..")) {
      sendText(req, res, 403, "Forbidden\n");
      return;
    }

    if (!pathname.startsWith(prefix)) {
      if (`${pathname}/` === prefix) {
        res.writeHead(301, { Location: prefix, "Cache-Control": "no-store" });
        res.end();
      } else {
        sendNotFound(req, res);
      }
      return;
    }

    const file = resolveInside(root, pathname.slice(prefix.length));
    if (file === null) {
      sendText(req, res, 403, "Forbidden\n");
      return;
    }

    const stats = statOrNull(file);
    if (stats?.isDirectory()) {
      if (!pathname.endsWith("/")) {
        const location = new URL(req.url ?? "/", "http://localhost");
        res.writeHead(301, { Location: `${location.pathname}/${location.search}`, "Cache-Control": "no-store" });
        res.end();
        return;
      }
      const index = path.join(file, "index.html");
      const indexStats = statOrNull(index);
      if (indexStats?.isFile()) sendFile(req, res, index, indexStats);
      else sendNotFound(req, res);
      return;
    }
    if (stats?.isFile()) {
      sendFile(req, res, file, stats);
      return;
    }
    sendNotFound(req, res);
  });
}

function parseArgs(argv: readonly string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`Unexpected argument: ${arg}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`Missing value for --${match[1]}`);
    args.set(match[1], value);
  }
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.get("dir") ?? "_site";
  const port = Number(args.get("port") ?? process.env.PORT ?? 4173);
  const prefix = normalizePrefix(args.get("prefix") ?? process.env.SITE_PREFIX);
  const host = "127.0.0.1";

  if (!statOrNull(dir)?.isDirectory()) {
    console.error(`No built site at ${dir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`Invalid port: ${args.get("port")}`);
    process.exit(1);
  }

  const server = createSiteServer({ dir, prefix });
  server.on("error", (error) => {
    console.error(`Cannot serve on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    console.log(`Serving ${dir} at http://${host}:${port}${prefix}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) main();
