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

/** `lastGood`: whether the page under the banner is the last good build's, or only the placeholder. */
export function bannerHtml(problem: string, lastGood = true): string {
  const shown = lastGood ? "the last good version is shown" : "there is no earlier version to show";
  return html`<div class="dev-build-error" role="alert"><strong>Not published: ${shown}.</strong> Fix the file named below and save it again.<pre>${problem}</pre></div>`.toString();
}

/** Adds the reload script (and the banner, when a build failed) to one HTML page. */
export function decoratePage(page: string, prefix: string, problem: string | undefined, lastGood = true): string {
  const head = html`<script src="${prefix + RELOAD_SCRIPT}" defer></script>${problem ? html`<link rel="stylesheet" href="${prefix + BANNER_STYLE}">` : ""}`.toString();
  let out = /<\/head>/i.test(page) ? page.replace(/<\/head>/i, `${head}</head>`) : head + page;
  if (problem) {
    const banner = bannerHtml(problem, lastGood);
    const body = /<body\b[^>]*>/i.exec(out);
    out = body ? out.slice(0, body.index + body[0].length) + banner + out.slice(body.index + body[0].length) : banner + out;
  }
  return out;
}

/**
 * What every page request gets while the output folder holds no site yet (a first run, or
 * a folder emptied by hand): a page that says so, with the banner once the first build
 * failed, reloading by itself when a build succeeds. Kept in memory, never written to disk.
 */
export function placeholderPage(prefix: string, problem: string | undefined): string {
  const state = problem ? "The first build stopped on the error above; this page reloads when a save fixes it." : "The site is being built; this page reloads when it is ready.";
  const page = html`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>No site to show yet</title></head><body><main><h1>No site to show yet</h1><p>${state}</p></main></body></html>`;
  return decoratePage(page.toString(), prefix, problem, false);
}
