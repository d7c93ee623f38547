/**
 * The preview server for a built site, used by the browser tests, the audit and `npm run serve`.
 *
 *     tsx scripts/serve.ts --dir _site --port 4173 [--prefix /llm4code/]
 *
 * Files are served by sirv; this module only mounts the site under a path prefix (`--prefix`,
 * else the SITE_PREFIX environment variable, else `/`) the way GitHub Pages serves a project
 * site: `/x/` answers with `x/index.html`, `/x` redirects to `/x/` when `x` is a folder, and
 * anything missing (or outside the prefix) gets the site's `404.html` with status 404. Nothing
 * is cached, so a rebuild shows at once. It listens on 127.0.0.1 only.
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { lookup } from "mrmime";
import sirv from "sirv";
import { normalizePrefix } from "../src/lib/urls.ts";

export interface SiteServerOptions {
  /** The built site's folder. */
  dir: string;
  /** URL path the site lives under; normalised to start and end with "/". */
  prefix?: string;
  /** Serve a file's gzipped copy (`name.gz` beside it) to clients that accept gzip, as GitHub Pages compresses (for the audit). */
  gzip?: boolean;
}

export function createSiteServer(options: SiteServerOptions): Server {
  const root = realpathSync(path.resolve(options.dir));
  const prefix = normalizePrefix(options.prefix);

  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = path.join(root, "404.html");
    const body = existsSync(page) ? readFileSync(page) : "Not found\n";
    res.writeHead(404, { "Content-Type": existsSync(page) ? "text/html;charset=utf-8" : "text/plain;charset=utf-8", "Cache-Control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : body);
  };
  const files = sirv(root, {
    dev: true,
    extensions: ["html"],
    gzip: options.gzip,
    onNoMatch: notFound,
    // A type sirv's table does not know (Pagefind's .pf_* files, .bib) is sent as bytes, as GitHub Pages does.
    setHeaders: (res, pathname) => {
      const extension = path.posix.extname(pathname);
      if (extension && !lookup(extension)) res.setHeader("Content-Type", "application/octet-stream");
    },
  });

  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(prefix)) {
      if (`${url.pathname}/` === prefix) redirect(res, prefix + url.search);
      else notFound(req, res);
      return;
    }
    const inSite = `/${url.pathname.slice(prefix.length)}`;
    if (!inSite.endsWith("/") && isFolder(root, inSite)) {
      redirect(res, `${url.pathname}/${url.search}`);
      return;
    }
    req.url = inSite + url.search;
    files(req, res);
  });
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location, "Cache-Control": "no-store" });
  res.end();
}

function isFolder(root: string, urlPath: string): boolean {
  let file: string;
  try {
    file = path.join(root, decodeURIComponent(urlPath));
  } catch {
    return false;
  }
  if (!file.startsWith(root + path.sep)) return false;
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function main(): void {
  const { values } = parseArgs({ options: { dir: { type: "string", default: "_site" }, port: { type: "string" }, prefix: { type: "string" } } });
  const dir = values.dir;
  const port = Number(values.port ?? process.env.PORT ?? 4173);
  const prefix = normalizePrefix(values.prefix ?? process.env.SITE_PREFIX);
  const host = "127.0.0.1";
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`No built site at ${dir}: run \`npm run build\` first.`);
    process.exit(1);
  }
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`Invalid port: ${values.port}`);
    process.exit(1);
  }
  const server = createSiteServer({ dir, prefix });
  server.on("error", (error) => {
    console.error(`Cannot serve on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => console.log(`Serving ${dir} at http://${host}:${port}${prefix}`));
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
