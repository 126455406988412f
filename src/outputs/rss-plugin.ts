/**
 * The typed edge of @11ty/eleventy-plugin-rss, which ships no type declarations. Our
 * feeds are typed `.11ty.ts` templates, not the plugin's Nunjucks templates, so they use
 * its helpers directly; this module describes the ones we call, once.
 */
interface RssPluginHelpers {
  /** Rewrites every URL attribute (href, src, srcset…) in the markup against `base`. */
  convertHtmlToAbsoluteUrls(html: string, base: string, posthtmlOptions?: Record<string, unknown>): Promise<string>;
}

// A computed specifier: the package has no declarations, and this file describes it instead.
const specifier = "@11ty/eleventy-plugin-rss";
const rss = (await import(specifier)) as RssPluginHelpers;

/**
 * Feed readers show an entry away from its page, so a link or image written relative to
 * the article ("../photo.jpg", "#notes") must become absolute on the article's own URL.
 */
export function htmlWithAbsoluteUrls(html: string, pageUrl: string): Promise<string> {
  return rss.convertHtmlToAbsoluteUrls(html, pageUrl);
}
