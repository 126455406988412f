/**
 * What the search index holds and how it is split: pure functions of the archive model,
 * used by the indexer (src/search/indexer.ts), the search page and the bench.
 *
 * Pagefind is fed one small synthetic HTML document per article, made from the model
 * (headline, dek, dateline, body, tags), never the rendered page: nothing of the site's
 * navigation, lists or related articles can reach the index, and the indexer parses a
 * few kilobytes per article instead of the whole page.
 *
 * The index is split into bundles, each one Pagefind index written to its own folder:
 * one language per bundle (Pagefind stems each language with its own rules, and its
 * browser script only merges a language that lives in another folder), and at most
 * `shardSize` articles per bundle, newest articles first, so no indexing step ever holds
 * more than one shard in memory. The search page merges every bundle at search time.
 */
import { machineDate, instant } from "../_data/dates.ts";
import type { TagKind } from "../_data/tags.ts";
import type { Article } from "../model/archive.ts";
import { html, trusted } from "../render/html.ts";
import { renderMarkdown } from "../model/markdown.ts";
import { paths } from "../render/urls.ts";


/** Pagefind filter keys: every tag, the year, and each tag again under its kind. */
export const FILTER_KEYS = { tag: "tag", year: "year" } as const;
export const KIND_FILTER_KEYS: Record<TagKind, string> = {
  topic: "topic",
  person: "person",
  place: "place",
  organisation: "organisation",
};

export interface SearchBundle {
  /** "en-1": language and shard number, newest shard first. */
  id: string;
  /** Pagefind's language key (the primary subtag, lowercase). */
  language: string;
  /**
   * The language the bundle is indexed as, when not the article's own: see `indexLanguageFor`.
   */
  indexLanguage?: string;
  /** Root-relative folder of the bundle: "/pagefind/" for the primary, "/pagefind/bundles/fa-1/" for the others. */
  path: string;
  articles: readonly Article[];
}

/** Pagefind keys its per-language indexes by the primary subtag: en-GB and en share one. */
export function pagefindLanguage(lang: string): string {
  return (lang.split(/[-_]/)[0] ?? lang).toLowerCase() || "unknown";
}

/** Scripts Pagefind splits into words by language (no spaces between words): their own rules are kept. */
const SEGMENTED_LANGUAGES = new Set(["zh", "ja", "ko", "th", "lo", "km", "my"]);

/**
 * Pagefind searches a merged bundle with the primary bundle's WebAssembly, so a query for
 * an Arabic word is stemmed, if at all, by English rules, and would miss an index stemmed
 * by Arabic ones ("الحكومة" as written would find nothing). A bundle in another language
 * than the primary's is therefore indexed under a private-use tag Pagefind has no stemmer
 * for ("x-ar"): its words are kept as written, and a word as it appears finds it.
 */
export function indexLanguageFor(language: string, primaryLanguage: string): string | undefined {
  if (language === primaryLanguage || SEGMENTED_LANGUAGES.has(language)) return undefined;
  return `x-${language}`;
}

/**
 * Splits the archive (newest first) into bundles. The primary bundle, which the search
 * page loads first and whose folder holds Pagefind's scripts, is the newest shard of the
 * site's language (or of the largest language when the site's own has no articles).
 */
export function planBundles(articles: readonly Article[], siteLanguage: string, shardSize: number): SearchBundle[] {
  const byLanguage = new Map<string, Article[]>();
  for (const article of articles) {
    const language = pagefindLanguage(article.lang);
    const list = byLanguage.get(language);
    if (list) list.push(article);
    else byLanguage.set(language, [article]);
  }
  const primaryLanguage = byLanguage.has(pagefindLanguage(siteLanguage))
    ? pagefindLanguage(siteLanguage)
    : [...byLanguage.entries()].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))[0]?.[0];
  const languages = [...byLanguage.keys()].sort((a, b) => (a === primaryLanguage ? -1 : b === primaryLanguage ? 1 : a < b ? -1 : 1));

  const bundles: SearchBundle[] = [];
  for (const language of languages) {
    const list = byLanguage.get(language)!;
    for (let start = 0, shard = 1; start < list.length; start += shardSize, shard++) {
      const id = `${language}-${shard}`;
      const bundle: SearchBundle = {
        id,
        language,
        path: bundles.length === 0 ? paths.pagefind : `${paths.pagefind}${SECONDARY_BUNDLES}/${id}/`,
        articles: list.slice(start, start + shardSize),
      };
      const indexLanguage = indexLanguageFor(language, primaryLanguage!);
      if (indexLanguage) bundle.indexLanguage = indexLanguage;
      bundles.push(bundle);
    }
  }
  return bundles;
}

/**
 * What the search page needs to merge the bundles: folder, language, size, and tier (the
 * shard's place in its language, 0 for the newest). The page searches tier 0 first and
 * merges older tiers only when the newest articles do not fill a page of results or the
 * reader asks, so the first search fetches one shard's index whatever the archive's size.
 */
export interface MergeEntry {
  id: string;
  path: string;
  /** The key of the bundle's index in Pagefind: the language, or the tag it was indexed as. */
  language: string;
  pages: number;
  tier: number;
}

export function mergeList(bundles: readonly SearchBundle[]): MergeEntry[] {
  const seen = new Map<string, number>();
  return bundles.map(({ id, path, language, indexLanguage, articles }) => {
    const tier = seen.get(language) ?? 0;
    seen.set(language, tier + 1);
    return { id, path, language: indexLanguage ?? language, pages: articles.length, tier };
  });
}

/**
 * The sort key: the UTC instant, so articles written with different offsets order by
 * when they happened, and string order is time order.
 */
export function sortKey(article: Article): string {
  return (article.date.dateTime.toUTC().toISO({ suppressMilliseconds: true }) ?? instant(article.date)).replace(/\.\d+Z$/, "Z");
}

/**
 * The document Pagefind indexes for one article. Its text is what the article page's
 * <article> shows (headline, dek, dateline and byline, body); tags are filters only, and
 * metadata (date, summary) rides on empty or ignored elements so it is never a word.
 */
export function recordHtml(article: Article): string {
  const kindFilters = article.tags.map((tag) => html`<span data-pagefind-filter="${KIND_FILTER_KEYS[tag.kind]}">${tag.name}</span>`);
  const line = [article.dateline, article.byline?.join(", "), article.source].filter((part): part is string => Boolean(part));
  return html`<!doctype html><html lang="${article.lang}"><head><title>${article.title}</title></head><body><article data-pagefind-body dir="${article.dir}">
<h1 data-pagefind-meta="title">${article.title}</h1>
${article.summaryIsLede ? "" : html`<p>${article.summary}</p>`}
${line.length ? html`<p>${line.join(" · ")}</p>` : ""}
${trusted(renderMarkdown(article.body))}
<div data-pagefind-ignore>
<span data-pagefind-meta="date">${machineDate(article.date)}</span>
<span data-pagefind-meta="summary">${article.summary}</span>
<span data-pagefind-sort="date">${sortKey(article)}</span>
<span data-pagefind-filter="${FILTER_KEYS.year}">${String(article.date.year)}</span>
${article.tags.map((tag) => html`<span data-pagefind-filter="${FILTER_KEYS.tag}">${tag.name}</span>`)}
${kindFilters}
</div>
</article></body></html>`.toString();
}

/** The folder inside the primary bundle's that holds every other bundle. */
const SECONDARY_BUNDLES = "bundles";

/**
 * Which of the files in a bundle's folder are published: the index (entry, metadata,
 * chunks, filters, fragments) always; the search script and its WebAssembly only in the
 * primary bundle, since merged bundles run on the primary's; and, in the primary's folder,
 * the other bundles (written there at the same time by another indexing lane).
 */
export function keepBundleFile(name: string, primary: boolean): boolean {
  if (["index", "filter", "fragment", "pagefind-entry.json"].includes(name) || name.endsWith(".pf_meta")) return true;
  return primary && (name === "pagefind.js" || name === SECONDARY_BUNDLES || /^wasm\.[\w-]+\.pagefind$/.test(name));
}
