/**
 * The server behind `npm start`: serves the output folder under the site's path prefix,
 * as GitHub Pages would (`dir/` → `dir/index.html`, `dir` → `dir/`, the site's 404.html
 * for anything missing), tells open pages to reload after each rebuild (Server-Sent
 * Events), and shows the last build's error on every page until a build succeeds. While
 * the output folder holds no site yet, every page is a placeholder (503) showing the error.
 * No request may stop it: every handler error becomes a response, never a crash.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { CONTENT_TYPES } from "../../bench/static-server.ts";
import { BANNER_CSS, BANNER_STYLE, decoratePage, placeholderPage, RELOAD_EVENTS, RELOAD_SCRIPT, reloadScript } from "./dev-page.ts";
import { resolveRequest } from "./resolve-path.ts";

export interface DevServerOptions {
  /** The output folder. */
  root: string;
  /** The site's path, with leading and trailing slashes: "/" or "/news-archive/". */
  prefix: string;
  host: string;
  port: number;
  /**
   * Whether the output folder already holds a site (an earlier build's) to serve. When not,
   * every page request gets the placeholder until `siteBuilt()`: 503, for nothing is
   * published at that URL yet, and a 200 would tell a link checker or a script polling
   * for the server that the error page is the site.
   */
  hasSite: boolean;
}

export interface DevServer {
  /** http://127.0.0.1:8080/news-archive/ */
  url: string;
  /** The last build's problem, shown on every page; undefined once a build succeeds. */
  setProblem(problem: string | undefined): void;
  /** A build succeeded: the output folder is served from now on, placeholder or not before. */
  siteBuilt(): void;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

const NO_STORE = { "cache-control": "no-store" };

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const root = path.resolve(options.root);
  const { prefix } = options;
  let problem: string | undefined;
  let hasSite = options.hasSite;
  const listeners = new Set<ServerResponse>();

  const send = (request: IncomingMessage, response: ServerResponse, status: number, body: string | Buffer, type: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { "content-type": type, ...NO_STORE, ...headers });
    response.end(request.method === "HEAD" ? undefined : body);
  };

  const sendFile = async (request: IncomingMessage, response: ServerResponse, status: number, file: string) => {
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
    const body = await readFile(file);
    if (type.startsWith("text/html")) send(request, response, status, decoratePage(body.toString("utf8"), prefix, problem), type);
    else send(request, response, status, body, type);
  };

  const notFound = async (request: IncomingMessage, response: ServerResponse) => {
    const page = await resolveRequest(root, prefix, `${prefix}404.html`);
    if (page.kind === "file") await sendFile(request, response, 404, page.file);
    else send(request, response, 404, decoratePage("<!DOCTYPE html><title>Not found</title><p>Not found.</p>", prefix, problem), CONTENT_TYPES[".html"]!);
  };

  const listen = (response: ServerResponse) => {
    response.writeHead(200, { "content-type": "text/event-stream", ...NO_STORE, connection: "keep-alive" });
    response.write(": connected\n\n");
    listeners.add(response);
    response.on("close", () => listeners.delete(response));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return send(request, response, 405, "Method not allowed\n", CONTENT_TYPES[".txt"]!, { allow: "GET, HEAD" });
    }
    const target = request.url ?? "/";
    const bare = target.split(/[?#]/, 1)[0];
    if (bare === prefix + RELOAD_EVENTS) return listen(response);
    if (bare === prefix + RELOAD_SCRIPT) return send(request, response, 200, reloadScript(prefix), CONTENT_TYPES[".js"]!);
    if (bare === prefix + BANNER_STYLE) return send(request, response, 200, BANNER_CSS, CONTENT_TYPES[".css"]!);
    if (!hasSite) return send(request, response, 503, placeholderPage(prefix, problem), CONTENT_TYPES[".html"]!);
    const resolved = await resolveRequest(root, prefix, target);
    switch (resolved.kind) {
      case "bad-request":
        return send(request, response, 400, "Bad request\n", CONTENT_TYPES[".txt"]!);
      case "redirect":
        return send(request, response, 301, "", CONTENT_TYPES[".txt"]!, { location: resolved.location });
      case "not-found":
        return notFound(request, response);
      case "file":
        // A file deleted between resolving and reading (a rebuild) is simply not found.
        return sendFile(request, response, 200, resolved.file).catch(() => notFound(request, response));
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { "content-type": CONTENT_TYPES[".txt"]!, ...NO_STORE });
      response.end();
    });
  });
  // A request Node cannot even parse gets a 400 and its connection closed, and nothing else.
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;

  return {
    url: `http://${host}:${port}${prefix}`,
    setProblem: (next) => {
      problem = next;
    },
    siteBuilt: () => {
      hasSite = true;
    },
    reload: () => {
      for (const response of listeners) response.write("event: reload\ndata: \n\n");
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of listeners) response.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
