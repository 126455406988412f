import { site } from "../_data/site.ts";
import { renderMarkdown, type RenderEnv } from "../model/markdown.ts";

/** Markdown as the site publishes it (pages and feeds): links to the site's root under SITE_URL's path. */
export function renderForSite(source: string, env: RenderEnv = {}): string {
  return renderMarkdown(source, { ...env, sitePath: site.pathPrefix });
}
