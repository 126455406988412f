import { site } from "../_data/site.ts";
import { renderMarkdown, type RenderEnv } from "../model/markdown.ts";
import { formerUrlKey } from "../outputs/redirects.ts";
import { underSitePath } from "./urls.ts";

/**
 * Markdown as the site publishes it (pages and feeds): the caller's own `link` first (a picture
 * file's published copy), a link to another article's former URL goes to the article
 * (`formerUrlLinks`, from src/outputs/redirects.ts), and every link written from the site's
 * root is put under SITE_URL's path.
 */
export function renderForSite(source: string, env: RenderEnv = {}, formerUrlLinks?: Readonly<Record<string, string>>): string {
  const own = env.link;
  return renderMarkdown(source, {
    ...env,
    link: (href) => {
      const target = own ? own(href) : href;
      return underSitePath(formerUrlLinks ? current(target, formerUrlLinks) : target, site.pathPrefix);
    },
  });
}

function current(href: string, formerUrlLinks: Readonly<Record<string, string>>): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const cut = href.search(/[?#]/);
  const key = formerUrlKey(cut < 0 ? href : href.slice(0, cut));
  const url = key === undefined ? undefined : formerUrlLinks[key];
  return url === undefined ? href : url + (cut < 0 ? "" : href.slice(cut));
}
