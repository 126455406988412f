/**
 * The queries the bench (and the known-item browser test) put to a generated archive, read
 * from the articles themselves so they fit any size and seed:
 * - a common word (COMMON_QUERY, in nearly every English article);
 * - a rare word: a body word of the oldest English article that as few other articles contain as possible;
 * - a known item: three words of the oldest English article's headline, the three fewest articles contain;
 * - a phrase: three consecutive words of that article's body, quoted;
 * - a tag filter: the most used tag, no words.
 * Streams the generator: at 100,000 articles only word counts are held, not the texts.
 */
import { COMMON_QUERY } from "./generate.ts";

export interface KnownItem {
  title: string;
  /** Root-relative URL of the article: /2001/03/04/slug/ */
  path: string;
}

export interface BenchQueries {
  common: string;
  rare: string;
  knownItem: string;
  phrase: string;
  known: KnownItem;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
const titleOf = (text: string) => JSON.parse(/^title: (.*)$/m.exec(text)?.[1] ?? '""') as string;
const bodyOf = (text: string) => text.replace(/^---[\s\S]*?\n---\n/, "");

/** Collects word counts and the oldest English article as articles go by; `queries()` then says what to ask. */
export function queryCollector(): { add(article: { file: string; text: string; lang: string }): void; queries(): BenchQueries } {
  const frequency = new Map<string, number>();
  let oldest: { file: string; text: string } | undefined;
  return {
    add(article) {
      for (const word of wordsOf(article.text)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
      const day = article.file.split("/")[1] ?? "";
      if (article.lang === "en" && (!oldest || day < (oldest.file.split("/")[1] ?? ""))) oldest = { file: article.file, text: article.text };
    },
    queries() {
      if (!oldest) throw new Error("bench queries: the archive has no English article");
      const rarest = (words: Iterable<string>) => [...words].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1));
      const title = titleOf(oldest.text);
      const body = bodyOf(oldest.text);
      // Words only, no Markdown: three in a row from the first plain sentence of the body.
      const plain = body.replace(/[*_[\]()>#`]|https?:\/\/\S+/g, " ").match(/[\p{L}]+(?:\s+[\p{L}]+){2}/u)?.[0] ?? "";
      const match = /^\d{4}\/(\d{4})-(\d{2})-(\d{2})-(.*)\.md$/.exec(oldest.file);
      if (!match) throw new Error(`bench queries: unexpected file name ${oldest.file}`);
      return {
        common: COMMON_QUERY,
        rare: rarest(wordsOf(body))[0] ?? COMMON_QUERY,
        knownItem: rarest(wordsOf(title)).slice(0, 3).join(" "),
        phrase: `"${plain.toLowerCase().replace(/\s+/g, " ")}"`,
        known: { title, path: `/${match[1]}/${match[2]}/${match[3]}/${match[4]}/` },
      };
    },
  };
}

export function queriesFor(articles: Iterable<{ file: string; text: string; lang: string }>): BenchQueries {
  const collector = queryCollector();
  for (const article of articles) collector.add(article);
  return collector.queries();
}
