/**
 * Serves a built site to Chromium the way GitHub Pages does for what the bench measures:
 * `dir/` → `dir/index.html`, and text types gzipped when the browser accepts it (Pages
 * compresses HTML, CSS, JS and JSON; Pagefind's own chunks are gzipped already). It counts
 * the bytes it sends per request, so the bench reports what a visit transfers.
 */
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Content types by file extension, as GitHub Pages sends them (the test server uses the same table). */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".csv": "text/csv; charset=utf-8",
  ".jsonl": "application/jsonl; charset=utf-8",
  ".wasm": "application/wasm",
};
const COMPRESSED_TYPES = new Set([".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg"]);

export interface ServedRequest {
  path: string;
  status: number;
  /** Body bytes sent, after compression. */
  bytes: number;
}

export interface BenchServer {
  url: string;
  requests: ServedRequest[];
  setRoot(root: string): void;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  let root = "";
  const requests: ServedRequest[] = [];
  const server = createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file = path.join(root, urlPath);
    if (!file.startsWith(root)) file = path.join(root, "404.html");
    if (urlPath.endsWith("/")) file = path.join(file, "index.html");
    let body: Buffer;
    let status = 200;
    try {
      body = await readFile(file);
    } catch {
      status = 404;
      file = path.join(root, "404.html");
      body = await readFile(file).catch(() => Buffer.from("Not found"));
    }
    const extension = path.extname(file);
    const headers: Record<string, string> = { "content-type": CONTENT_TYPES[extension] ?? "application/octet-stream", "cache-control": "no-store" };
    if (COMPRESSED_TYPES.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    requests.push({ path: urlPath, status, bytes: body.length });
    response.writeHead(status, headers);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    setRoot: (next) => {
      root = path.resolve(next);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
