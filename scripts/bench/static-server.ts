/**
 * Serves the built app for the benchmark the way a static host would: files from dist, index.html for app routes,
 * and the catalog streamed from whichever synthetic file is being measured (set per size). Playwright's request
 * routing would buffer a 300 MB body and does not reach the worker that fetches the catalog; a real server does.
 * `mounts` serves other built pages beside the app under a path prefix (the facet-click ratio's bare page), from
 * the same origin, so they fetch the same /data/catalog.json.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface BenchServer {
  readonly url: string;
  setCatalog(path: string): void;
  close(): Promise<void>;
}

export async function serveBuild(
  root: string,
  port: number,
  mounts: Readonly<Record<string, string>> = {},
): Promise<BenchServer> {
  let catalogPath = join(root, "data", "catalog.json");
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const [prefix, base] = Object.entries(mounts).find(([mount]) => pathname.startsWith(mount)) ?? ["/", root];
    let file = pathname === "/data/catalog.json" ? catalogPath : normalize(join(base, pathname.slice(prefix.length)));
    if (!file.startsWith(base) && file !== catalogPath) file = join(base, "index.html");
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(base, "index.html");
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": statSync(file).size,
    });
    createReadStream(file).pipe(response);
  });
  // A port in use (another bench running) rejects here rather than crashing the process from an unheard event.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    setCatalog: (path) => {
      catalogPath = path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
