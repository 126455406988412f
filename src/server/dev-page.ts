/**
 * What `npm start` adds to every HTML page it serves: the live-reload script and, while the
 * last rebuild failed, a banner naming the problem. Pages carry a strict CSP (scripts and
 * styles only from the site), so both the script and the banner's style are files served
 * under the site's path, never inline.
 */
import { html } from "../render/html.ts";

export const RELOAD_SCRIPT = "__reload.js";
export const RELOAD_EVENTS = "__reload";
export const BANNER_STYLE = "__build-error.css";

/** Reloads the page after every rebuild, good or failed (a failed one shows its banner). */
export function reloadScript(prefix: string): string {
  return `// npm start: live reload after each rebuild.
new EventSource(${JSON.stringify(prefix + RELOAD_EVENTS)}).addEventListener("reload", () => location.reload());
`;
}

export const BANNER_CSS = `.dev-build-error{position:sticky;top:0;z-index:1000;margin:0;padding:.75rem 1rem;background:#8b0000;color:#fff;font:1rem/1.4 system-ui,sans-serif;border-bottom:4px solid #ff6b6b}
.dev-build-error pre{margin:.5rem 0 0;white-space:pre-wrap;font:.9rem/1.4 ui-monospace,monospace}
`;

export function bannerHtml(problem: string): string {
  return html`<div class="dev-build-error" role="alert"><strong>Not published: the last good version is shown.</strong> Fix the file named below and save it again.<pre>${problem}</pre></div>`.toString();
}

/** Adds the reload script (and the banner, when a build failed) to one HTML page. */
export function decoratePage(page: string, prefix: string, problem: string | undefined): string {
  const head = html`<script src="${prefix + RELOAD_SCRIPT}" defer></script>${problem ? html`<link rel="stylesheet" href="${prefix + BANNER_STYLE}">` : ""}`.toString();
  let out = /<\/head>/i.test(page) ? page.replace(/<\/head>/i, `${head}</head>`) : head + page;
  if (problem) {
    const banner = bannerHtml(problem);
    const body = /<body\b[^>]*>/i.exec(out);
    out = body ? out.slice(0, body.index + body[0].length) + banner + out.slice(body.index + body[0].length) : banner + out;
  }
  return out;
}
