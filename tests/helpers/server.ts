/**
 * Serves a built site the way GitHub Pages serves a project site: only under its path
 * prefix, `dir/` → `dir/index.html`, `dir` → redirect to `dir/`, and the site's own
 * 404.html (status 404) for anything missing. Bound to 127.0.0.1 on a free port.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { CONTENT_TYPES } from "../../bench/static-server.ts";


export interface StaticSite {
  /** e.g. http://127.0.0.1:43123/news-archive/ */
  url: string;
  port: number;
  /** Every request path served, in order, with its status. */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

export type ServedSite = StaticSite & { setRoot(root: string): void };

/** Listens first, so the build can be given the port in SITE_URL; `setRoot` points it at the output. */
export async function serveSite(options: { root?: string; prefix?: string; port?: number } = {}): Promise<ServedSite> {
  let root = options.root ?? "";
  const prefix = options.prefix ?? "/";
  const requests: { path: string; status: number }[] = [];
  const server: Server = createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const send = (status: number, body: Buffer | string, type = "text/plain; charset=utf-8", headers: Record<string, string> = {}) => {
      requests.push({ path: urlPath, status });
      response.writeHead(status, { "content-type": type, ...headers });
      response.end(body);
    };
    const notFound = async () => {
      const page = path.join(root, "404.html");
      if (await isFile(page)) send(404, await readFile(page), CONTENT_TYPES[".html"]);
      else send(404, "Not found");
    };
    if (!urlPath.startsWith(prefix) && urlPath + "/" !== prefix) return notFound();
    if (urlPath + "/" === prefix) return send(301, "", undefined, { location: prefix });
    const relative = urlPath.slice(prefix.length);
    const file = path.join(root, relative);
    if (!file.startsWith(root)) return notFound();
    if (relative === "" || relative.endsWith("/")) {
      const index = path.join(file, "index.html");
      return (await isFile(index)) ? send(200, await readFile(index), CONTENT_TYPES[".html"]) : notFound();
    }
    if (await isFile(file)) return send(200, await readFile(file), CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream");
    if (await isFile(path.join(file, "index.html"))) return send(301, "", undefined, { location: `${urlPath}/` });
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    port,
    requests,
    setRoot: (next: string) => {
      root = path.resolve(next);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
