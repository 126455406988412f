/** The bench's archive generator: deterministic, and shaped like a real archive. */
import { describe, expect, it } from "vitest";
import { generateArticles, type GeneratedArticle } from "../../bench/generate.ts";
import { buildArchive } from "../../src/model/archive.ts";
import { parseArticle, type ArticleRecord } from "../../src/model/content.ts";
import { countWords } from "../../src/model/markdown.ts";

function generate(count: number, seed?: number): GeneratedArticle[] {
  return [...generateArticles(seed === undefined ? { count } : { count, seed })];
}

function records(articles: readonly GeneratedArticle[]): ArticleRecord[] {
  return articles.map((a) => {
    const result = parseArticle(`articles/${a.file}`, a.text);
    if (!result.ok) throw new Error(`${a.file}: ${JSON.stringify(result.problems)}`);
    return result.record;
  });
}

describe("generated archives", () => {
  const articles = generate(1500);

  it("are the same for the same seed and differ for another", () => {
    expect(generate(200)).toEqual(articles.slice(0, 200));
    expect(generate(50, 7).map((a) => a.text)).not.toEqual(articles.slice(0, 50).map((a) => a.text));
  });

  it("are valid sources the archive accepts, with unique URLs", () => {
    const archive = buildArchive(records(articles));
    expect(archive.articles).toHaveLength(1500);
  });

  it("spread over 25 years, with several articles on some days", () => {
    const days = new Map<string, number>();
    for (const a of articles) {
      const day = /^\d{4}\/(\d{4}-\d{2}-\d{2})-/.exec(a.file)![1]!;
      days.set(day, (days.get(day) ?? 0) + 1);
    }
    const sorted = [...days.keys()].sort();
    expect(Number(sorted.at(-1)!.slice(0, 4)) - Number(sorted[0]!.slice(0, 4))).toBeGreaterThanOrEqual(24);
    expect(Math.max(...days.values())).toBeGreaterThanOrEqual(4);
    expect([...days.values()].filter((n) => n >= 2).length).toBeGreaterThan(100);
  });

  it("tag with a skewed distribution: a few tags on a large share, a long tail", () => {
    const archive = buildArchive(records(articles));
    const counts = archive.tags.map((t) => t.articles.length).sort((a, b) => b - a);
    expect(archive.tags.length).toBeGreaterThan(300);
    expect(counts[0]! / 1500).toBeGreaterThan(0.25);
    expect(counts[0]! / 1500).toBeLessThan(0.45);
    expect(counts.filter((n) => n <= 3).length).toBeGreaterThan(archive.tags.length / 3);
    // Vocabulary tags (people, places) are among them, not only generated topics.
    expect(new Set(archive.tags.map((t) => t.kind))).toEqual(new Set(["topic", "person", "place", "organisation"]));
  });

  it("write bodies of 300 to 1,500 words with quotes, emphasis and links, some in Persian", () => {
    const words = articles.map((a) => countWords(a.text.slice(a.text.indexOf("\n---\n", 4) + 5)));
    expect(Math.min(...words)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...words)).toBeLessThanOrEqual(1550);
    const english = articles.filter((a) => a.lang === "en");
    expect(english.filter((a) => /" said /.test(a.text)).length / english.length).toBeGreaterThan(0.9);
    expect(english.filter((a) => /\*[^*\s][^*]*\*/.test(a.text)).length / english.length).toBeGreaterThan(0.5);
    expect(english.filter((a) => /\]\(https:\/\//.test(a.text)).length / english.length).toBeGreaterThan(0.5);
    const persian = articles.filter((a) => a.lang === "fa");
    expect(persian.length).toBeGreaterThan(30);
    expect(persian[0]!.text).toMatch(/\nlang: fa\n/);
    expect(persian[0]!.text).toMatch(/[\u0600-\u06ff]/);
  });

  it("never write Liquid or Nunjucks syntax (the floor runs Markdown through Liquid)", () => {
    expect(articles.some((a) => /\{\{|\{%/.test(a.text))).toBe(false);
  });
});
