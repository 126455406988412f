import * as cheerio from "cheerio";

export type Page = cheerio.CheerioAPI;

export function parseHtml(markup: string): Page {
  return cheerio.load(markup);
}

/** Text of an element as a reader sees it: entities decoded, white space runs folded. */
export function textOf(page: Page, selector: string): string {
  return page(selector).text().replace(/\s+/g, " ").trim();
}

/** Every link target on a page, in order. */
export function hrefs(page: Page, selector = "a[href]"): string[] {
  return page(selector)
    .map((_, el) => page(el).attr("href") ?? "")
    .get();
}
