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
 * more than one shard in memory. The search page merges every bundle whose letters could
 * hold a query's words before searching, so results are ranked over the whole archive
 * (src/search/client/engine.ts).
 * Keys, labels and the bundle list's shape are in src/search/schema.ts, shared with the client.
 */
import { instant, isoDay, pad2 } from "../_data/dates.ts";
import type { TagKind } from "../_data/tags.ts";
import type { Article } from "../model/archive.ts";
import { html, trusted } from "../render/html.ts";
import { decodeCharacterReferences, renderMarkdown } from "../model/markdown.ts";
import { BundleLetters, scriptsOf } from "./scripts.ts";
import { paths } from "../render/urls.ts";
import { FILTER_KEYS, META_KEYS, SORT_KEY, type BundleEntry } from "./schema.ts";


/** Each tag is filed again under its kind's filter, whose key is the kind's name (schema.ts TAG_KINDS). */
const KIND_FILTER_KEYS: Record<TagKind, TagKind> = { topic: "topic", person: "person", place: "place", organisation: "organisation" };

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
  /** The scripts of the letters in its articles' indexed text (src/search/scripts.ts). */
  scripts: string[];
  /** Its words in the scripts it has few of (src/search/scripts.ts BundleLetters). */
  words?: Record<string, string[]>;
}

/**
 * Words a bundle lists per script it has few of: enough for the Latin names and bylines of
 * a Persian bundle or a quoted name in Cyrillic, few enough to ride on the search page
 * (about 1–2 kB per listed script).
 */
const LISTED_WORDS = 200;
/**
 * Words listed over all bundles at most (about 40 kB on the search page, 15 kB gzipped): a
 * large archive with a few hundred words of another script in every bundle drops its longest
 * lists, and those bundles are merged for any word of that script, as without lists.
 */
const LISTED_WORDS_IN_ALL = 5_000;

/** Drops the longest word lists until all of them together are within `budget` words. */
export function keepListsWithin(bundles: SearchBundle[], budget: number): void {
  const lists = bundles.flatMap((bundle) => Object.entries(bundle.words ?? {}).map(([script, words]) => ({ bundle, script, size: words.length })));
  let total = lists.reduce((sum, list) => sum + list.size, 0);
  for (const list of lists.sort((a, b) => b.size - a.size)) {
    if (total <= budget) break;
    delete list.bundle.words![list.script];
    if (!Object.keys(list.bundle.words!).length) delete list.bundle.words;
    total -= list.size;
  }
}

/** Pagefind keys its per-language indexes by the primary subtag: en-GB and en share one. */
export function pagefindLanguage(lang: string): string {
  return (lang.split(/[-_]/)[0] ?? lang).toLowerCase() || "unknown";
}

/** Scripts Pagefind splits into words by language (no spaces between words): their own rules are kept. */
const SEGMENTED_LANGUAGES = new Set(["zh", "ja", "ko", "th", "lo", "km", "my"]);

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const LETTER = /\p{L}/gu;

/**
 * The language an article is indexed in. An article in Chinese or Japanese that does not
 * say so (its `lang` is the site's default) would be indexed by whitespace, one "word" per
 * sentence, and no word of it could be found: when most of its letters are Han, kana or
 * Hangul it goes to the segmented bundle of the script's language instead.
 */
export function searchLanguageOf(article: Pick<Article, "lang" | "title" | "body">): string {
  const declared = pagefindLanguage(article.lang);
  if (SEGMENTED_LANGUAGES.has(declared)) return declared;
  const text = `${article.title} ${article.body.slice(0, 4000)}`;
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const han = count(HAN);
  const kana = count(KANA);
  const hangul = count(HANGUL);
  const cjk = han + kana + hangul;
  if (cjk === 0 || cjk * 2 < count(LETTER)) return declared;
  if (hangul > han + kana) return "ko";
  return kana > 0 ? "ja" : "zh";
}

/**
 * Pagefind searches a merged bundle with the primary bundle's WebAssembly, so a query for
 * an Arabic word is stemmed, if at all, by English rules, and would miss an index stemmed
 * by Arabic ones ("الحكومة" as written would find nothing). A bundle in another language
 * than the primary's is therefore indexed under a private-use tag Pagefind has no stemmer
 * for ("x-ar"): its words are kept as written, and a word as it appears finds it.
 */
export function indexLanguageFor(language: string, primaryLanguage: string): string | undefined {
  if (language === primaryLanguage) return undefined;
  // Segmented languages keep their own rules, forced, since an article found by its script says another `lang`.
  if (SEGMENTED_LANGUAGES.has(language)) return language;
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
    const language = searchLanguageOf(article);
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
    // As few shards as `shardSize` allows, all of one size, so the two indexing lanes finish
    // together (12,000 articles: three of 4,000, not two of 5,000 and one of 2,000).
    const size = Math.ceil(list.length / Math.ceil(list.length / shardSize));
    for (let start = 0, number = 1; start < list.length; start += size, number++) {
      const id = `${language}-${number}`;
      const shard = list.slice(start, start + size);
      const indexLanguage = indexLanguageFor(language, primaryLanguage!);
      const { scripts, words } = lettersOfArticles(shard, indexLanguage?.startsWith("x-") ? undefined : ownScript(shard));
      const bundle: SearchBundle = {
        id,
        language,
        path: bundles.length === 0 ? paths.pagefind : `${paths.pagefind}${SECONDARY_BUNDLES}/${id}/`,
        articles: shard,
        scripts,
      };
      if (words) bundle.words = words;
      if (indexLanguage) bundle.indexLanguage = indexLanguage;
      bundles.push(bundle);
    }
  }
  keepListsWithin(bundles, LISTED_WORDS_IN_ALL);
  return bundles;
}

/**
 * The scripts of every letter the index holds for these articles, and their words in the
 * scripts they have few of, but `own`: recordHtml's text, read from the source (a superset
 * of the rendered words: link targets too), with character references decoded, since
 * `&#1575;` renders as an Arabic letter.
 */
function lettersOfArticles(articles: readonly Article[], own: string | undefined): { scripts: string[]; words?: Record<string, string[]> } {
  const letters = new BundleLetters(own, LISTED_WORDS);
  for (const article of articles) {
    for (const text of [article.title, article.summary, article.dateline, article.byline?.join(" "), article.source, article.body]) {
      if (text) letters.add(decodeCharacterReferences(text));
    }
  }
  return letters.result();
}

/**
 * The script a stemmed bundle's language is written in: the one most of its headlines
 * have letters in. Pagefind's stemmers each work in one script, so words in any other are
 * kept as written and can be listed.
 */
function ownScript(articles: readonly Article[]): string | undefined {
  const counts = new Map<string, number>();
  for (const article of articles) for (const script of scriptsOf(article.title)) counts.set(script, (counts.get(script) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
}

/** The plans of an archive's articles, made once per model and settings, shared by the indexer and the search page. */
const plans = new WeakMap<readonly Article[], Map<string, SearchBundle[]>>();

/** `planBundles`, cached per archive model (the same array for both users) and per settings. */
export function bundlePlan(articles: readonly Article[], siteLanguage: string, shardSize: number): SearchBundle[] {
  let forModel = plans.get(articles);
  if (!forModel) plans.set(articles, (forModel = new Map()));
  const key = `${siteLanguage} ${shardSize}`;
  let plan = forModel.get(key);
  if (!plan) forModel.set(key, (plan = planBundles(articles, siteLanguage, shardSize)));
  return plan;
}

/** What the search page tells its script: every bundle, merged before the first search. */
export function bundleEntries(bundles: readonly SearchBundle[]): BundleEntry[] {
  return bundles.map(({ id, path, language, indexLanguage, articles, scripts, words }) => {
    // Days as written: an offset can put a later instant on an earlier day, so not simply the first and last.
    let [newest, oldest] = ["", ""];
    for (const article of articles) {
      const day = isoDay(article.date);
      if (!newest || day > newest) newest = day;
      if (!oldest || day < oldest) oldest = day;
    }
    return { id, path, language: indexLanguage ?? language, pages: articles.length, scripts, ...(words ? { words } : {}), newest, oldest };
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
 * What an article's search record is made from: plain data, so that it can be handed to the
 * thread that feeds Pagefind (src/search/bundle-writer.ts) as it is.
 */
export interface RecordSource {
  sourcePath: string;
  url: string;
  lang: string;
  dir: string;
  title: string;
  summary: string;
  summaryIsLede: boolean;
  /** Dateline, byline and source, those the article has. */
  line: string[];
  body: string;
  tags: { name: string; kind: TagKind }[];
  year: number;
  month: number;
  sortKey: string;
}

export function recordSource(article: Article): RecordSource {
  return {
    sourcePath: article.sourcePath,
    url: article.url,
    lang: article.lang,
    dir: article.dir,
    title: article.title,
    summary: article.summary,
    summaryIsLede: article.summaryIsLede,
    line: [article.dateline, article.byline?.join(", "), article.source].filter((part): part is string => Boolean(part)),
    body: article.body,
    tags: article.tags.map(({ name, kind }) => ({ name, kind })),
    year: article.date.year,
    month: article.date.month,
    sortKey: sortKey(article),
  };
}

/**
 * The document Pagefind indexes for one article. Its text is what the article page's
 * <article> shows (headline, dek, body, then dateline and byline: after the body, so a
 * result's snippet, which starts after the headline, opens on the story); tags, year and month are
 * filters and the instant a sort key, on ignored elements, so none is a word. Metadata is
 * indexed as words too (schema.ts META_KEYS), so it holds only the headline and the summary.
 */
export function recordHtml(record: RecordSource): string {
  const kindFilters = record.tags.map((tag) => html`<span data-pagefind-filter="${KIND_FILTER_KEYS[tag.kind]}">${tag.name}</span>`);
  return html`<!doctype html><html lang="${record.lang}"><head><title>${record.title}</title></head><body><article data-pagefind-body dir="${record.dir}">
<h1 data-pagefind-meta="title">${record.title}</h1>
${record.summaryIsLede ? "" : html`<p>${record.summary}</p>`}
${trusted(renderMarkdown(record.body))}
${record.line.length ? html`<p>${record.line.join(" · ")}</p>` : ""}
<div data-pagefind-ignore>
<span data-pagefind-meta="${META_KEYS.summary}">${record.summary}</span>
<span data-pagefind-sort="${SORT_KEY}">${record.sortKey}</span>
<span data-pagefind-filter="${FILTER_KEYS.year}">${String(record.year)}</span>
<span data-pagefind-filter="${FILTER_KEYS.month}">${`${record.year}-${pad2(record.month)}`}</span>
${record.tags.map((tag) => html`<span data-pagefind-filter="${FILTER_KEYS.tag}">${tag.name}</span>`)}
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
