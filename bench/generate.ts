/**
 * Deterministic synthetic archives for the bench and for tests: the same seed and size
 * always write the same files. Articles follow CONTRACT.md's source format and look like
 * wire copy where it matters to the build and the index: headlines, dates over 25 years
 * with busy days, a skewed tag distribution (a few tags on a third of the archive, a long
 * tail of rare ones), bodies of 300–1,500 words with quotes, emphasis and links, and some
 * Persian articles. No network, no Math.random, no machine time zone.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { vocabulary } from "../src/_data/tags.ts";
import { createTagResolver } from "../src/model/taxonomy.ts";
import { countWords } from "../src/model/markdown.ts";
import { toSlug } from "../src/model/slug.ts";
import { benchImageSrc } from "./images.ts";
import { createRandom, createZipf, type Random } from "./random.ts";
import {
  COMMON_WORDS,
  GIVEN_NAMES,
  HEADLINE_SUBJECTS,
  HEADLINE_VERBS,
  PERSIAN_HEADLINE_WORDS,
  PERSIAN_WORDS,
  PLACES,
  SURNAMES,
  TOPIC_HEADS,
  TOPIC_TAILS,
} from "./words.ts";

export const DEFAULT_SEED = 20260226;
/** The archive spans 25 years, ending on the seed dispatch's day. */
const FIRST_DAY_UTC = Date.UTC(2001, 2, 1);
const LAST_DAY_UTC = Date.UTC(2026, 1, 26);
const DAY_MS = 86_400_000;
const SPAN_DAYS = Math.round((LAST_DAY_UTC - FIRST_DAY_UTC) / DAY_MS);
/** A word nearly every English article contains: the bench's "typical query". */
export const COMMON_QUERY = "talks";
const OFFSETS = ["Z", "+01:00", "+03:30", "-05:00", "-08:00", "+09:00", "+02:00"];

export interface GeneratedArticle {
  /** Relative to the archive folder: 2026/2026-02-26-slug.md */
  file: string;
  text: string;
  lang: string;
  tags: string[];
  words: number;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** How many distinct tags the vocabulary of the generated archive offers (default 600). */
  tagCount?: number;
  /** Share of articles in Persian (default 0.05). */
  persianShare?: number;
  /** Body length in words, drawn uniformly (default 300–1,475: with the last sentence, at most about 1,500). */
  words?: readonly [min: number, max: number];
  /**
   * Every n-th article gets a lead image (from bench/images.ts, which the caller
   * writes); none when absent. Chosen by position, not drawn, so the rest of the archive
   * is the same with or without images.
   */
  leadImageEvery?: number;
}

export interface ArchiveStats {
  articles: number;
  persian: number;
  /** Distinct canonical tags the articles use. */
  tags: number;
  /** The most used tag and the share of articles carrying it. */
  topTag: { name: string; share: number };
  bytes: number;
  minWords: number;
  maxWords: number;
}

interface TagChoice {
  canonical: string;
  /** Spellings an editor might use for it: aliases and case variants resolve to the same tag. */
  spellings: readonly string[];
}

/** The vocabulary's own tags plus generated topics, in rank order for the Zipf draw. */
function tagUniverse(random: Random, tagCount: number): TagChoice[] {
  const resolver = createTagResolver();
  const vocabularySlugs = new Set(resolver.tags.map((t) => t.slug));
  const fromVocabulary: TagChoice[] = vocabulary.map((d) => ({ canonical: d.name, spellings: [d.name, ...(d.aliases ?? []), d.name.toLowerCase()] }));
  const generated: TagChoice[] = [];
  for (const head of TOPIC_HEADS) {
    for (const tail of TOPIC_TAILS) {
      const name = `${head} ${tail}`;
      if (resolver.lookup(name) || vocabularySlugs.has(toSlug(name))) continue;
      generated.push({ canonical: name, spellings: [name] });
    }
  }
  shuffle(random, generated);
  const all = [...fromVocabulary, ...generated.slice(0, Math.max(0, tagCount - fromVocabulary.length))];
  shuffle(random, all);
  // A news archive's commonest tags are its beat: put a few vocabulary tags on top.
  const top = ["Diplomacy", "Iran", "United States", "Economy"];
  return [...top.map((name) => all.find((t) => t.canonical === name)!), ...all.filter((t) => !top.includes(t.canonical))];
}

function shuffle<T>(random: Random, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function person(random: Random): string {
  return `${random.pick(GIVEN_NAMES)} ${random.pick(SURNAMES)}`;
}

/** One English sentence of 8–24 words, sometimes with emphasis or a link. */
function sentence(random: Random, words: string[]): void {
  const length = random.int(8, 24);
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    let word = random.chance(0.06) ? random.pick(PLACES) : random.pick(COMMON_WORDS);
    if (i === 0) word = capitalise(word);
    const roll = random.next();
    if (roll < 0.012) word = `*${word}*`;
    else if (roll < 0.016) word = `**${word}**`;
    parts.push(word);
  }
  if (random.chance(0.06)) {
    const at = random.int(1, length - 2);
    parts[at] = `[${parts[at]} ${parts[at + 1]}](https://example.org/reports/${random.int(1000, 99999)})`;
    parts.splice(at + 1, 1);
  }
  words.push(`${parts.join(" ")}${random.chance(0.1) ? ";" : "."}`);
}

/** Paragraphs until the body has `target` words, counted as the build counts them. */
function englishBody(random: Random, target: number): { body: string; words: number } {
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const kind = random.next();
    const sentences: string[] = [];
    let paragraph: string;
    if (kind < 0.18) {
      // A quotation, attributed as wire copy does it.
      sentence(random, sentences);
      paragraph = `"${sentences[0]!.replace(/[.;]$/, ",")}" said ${person(random)}, ${random.pick(["a spokesperson", "an official", "an analyst", "a resident", "the minister"])}.`;
    } else if (kind < 0.22) {
      sentence(random, sentences);
      paragraph = `> ${sentences.join(" ")}`;
    } else {
      const count = random.int(2, 5);
      for (let i = 0; i < count && words + i * 16 < target; i++) sentence(random, sentences);
      paragraph = sentences.join(" ");
    }
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  return { body: paragraphs.join("\n\n"), words };
}

function persianBody(random: Random, target: number): { body: string; words: number } {
  const paragraphs: string[] = [];
  let words = 0;
  while (words < target) {
    const sentences: string[] = [];
    for (let s = random.int(2, 4); s > 0 && words + sentences.length * 14 < target; s--) {
      const parts: string[] = [];
      for (let i = random.int(8, 20); i > 0; i--) parts.push(random.pick(PERSIAN_WORDS));
      sentences.push(`${parts.join(" ")}.`);
    }
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  return { body: paragraphs.join("\n\n"), words };
}

function isoDay(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Yields every article in order; `writeArchive` writes them, tests may keep them in memory. */
export function* generateArticles(options: GenerateOptions): Generator<GeneratedArticle> {
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const universe = tagUniverse(random, options.tagCount ?? 600);
  const drawTag = createZipf(universe.length, 1.1, 1.9);
  const persianShare = options.persianShare ?? 0.05;
  const used = new Set<string>();
  let lastDay = LAST_DAY_UTC;

  for (let index = 0; index < options.count; index++) {
    // Later years publish more (density grows linearly), and a quarter of articles share
    // the previous one's day, so some days carry many articles.
    const day = random.chance(0.25) ? lastDay : FIRST_DAY_UTC + Math.floor(Math.sqrt(random.next()) * (SPAN_DAYS + 1)) * DAY_MS;
    lastDay = day;
    const dayText = isoDay(day);
    const timed = random.chance(0.4);
    const date = timed ? `${dayText}T${pad2(random.int(5, 23))}:${pad2(random.int(0, 59))}:00${random.pick(OFFSETS)}` : dayText;

    const persian = random.chance(persianShare);
    const tagCount = persian ? random.int(1, 3) : random.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]);
    const tags: string[] = [];
    const canonical = new Set<string>();
    for (let attempts = 0; tags.length < tagCount && attempts < 20; attempts++) {
      const choice = universe[drawTag(random)]!;
      if (canonical.has(choice.canonical)) continue;
      canonical.add(choice.canonical);
      tags.push(random.chance(0.85) ? choice.canonical : random.pick(choice.spellings));
    }

    const target = random.int(...(options.words ?? [300, 1475]));
    let title: string;
    let slug: string;
    let body: string;
    let words: number;
    const front: string[] = [];
    if (persian) {
      const parts: string[] = [];
      for (let i = random.int(4, 8); i > 0; i--) parts.push(random.pick(PERSIAN_HEADLINE_WORDS));
      title = parts.join(" ");
      slug = `gozaresh-${index}`;
      ({ body, words } = persianBody(random, target));
    } else {
      const topic = (tags.length ? tags[random.int(0, tags.length - 1)]! : "the economy").toLowerCase();
      title = random.chance(0.5)
        ? `${random.pick(HEADLINE_SUBJECTS)} ${random.pick(HEADLINE_VERBS)} ${topic} in ${random.pick(PLACES)}`
        : `${random.pick(PLACES)}: ${capitalise(random.pick(COMMON_WORDS))} ${random.pick(COMMON_WORDS)} as ${random.pick(HEADLINE_SUBJECTS).toLowerCase()} ${random.pick(HEADLINE_VERBS)} ${topic}`;
      slug = toAsciiSlug(title);
      ({ body, words } = englishBody(random, target));
    }
    let unique = slug;
    for (let n = 2; used.has(`${dayText}/${unique}`); n++) unique = `${slug}-${n}`;
    used.add(`${dayText}/${unique}`);

    front.push(`title: ${JSON.stringify(title)}`, `date: ${date}`);
    if (tags.length) front.push(`tags: [${tags.map((t) => JSON.stringify(t)).join(", ")}]`);
    if (persian) front.push("lang: fa");
    if (!persian && random.chance(0.4)) front.push(`summary: ${JSON.stringify(`${capitalise(random.pick(COMMON_WORDS))} ${random.pick(COMMON_WORDS)} ${random.pick(COMMON_WORDS)} in ${random.pick(PLACES)}.`)}`);
    if (random.chance(0.5)) front.push(`byline: ${JSON.stringify(person(random))}`);
    if (random.chance(0.3)) front.push(`dateline: ${JSON.stringify(random.pick(PLACES).toUpperCase())}`);
    if (random.chance(0.3)) front.push(`source: ${JSON.stringify(random.pick(["Associated Press", "Reuters", "Staff report"]))}`);
    if (options.leadImageEvery && index % options.leadImageEvery === 0) {
      front.push(`image: { src: ${benchImageSrc(index / options.leadImageEvery)}, alt: "A generated photograph for article ${index}", caption: "Caption of article ${index}", credit: "Bench / Generator" }`);
    }

    yield {
      file: `${dayText.slice(0, 4)}/${dayText}-${unique}.md`,
      text: `---\n${front.join("\n")}\n---\n\n${body}\n`,
      lang: persian ? "fa" : "en",
      tags,
      words,
    };
  }
}

function toAsciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-[^-]*$/, (tail) => (tail.length > 1 ? tail : ""));
}

/** Writes a generated archive into `dir` (which should be empty) and says what it holds; `seen` is shown each article written. */
export function writeArchive(dir: string, options: GenerateOptions, seen?: (article: GeneratedArticle) => void): ArchiveStats {
  const resolver = createTagResolver();
  const tagUse = new Map<string, number>();
  const folders = new Set<string>();
  let bytes = 0;
  let persian = 0;
  let minWords = Infinity;
  let maxWords = 0;
  for (const article of generateArticles(options)) {
    const target = path.join(dir, article.file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, article.text);
    seen?.(article);
    bytes += Buffer.byteLength(article.text);
    if (article.lang === "fa") persian++;
    minWords = Math.min(minWords, article.words);
    maxWords = Math.max(maxWords, article.words);
    for (const written of article.tags) {
      const name = resolver.lookup(written)?.name ?? written;
      tagUse.set(name, (tagUse.get(name) ?? 0) + 1);
    }
  }
  const [topName, topCount] = [...tagUse.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  return {
    articles: options.count,
    persian,
    tags: tagUse.size,
    topTag: { name: topName, share: options.count ? topCount / options.count : 0 },
    bytes,
    minWords: Number.isFinite(minWords) ? minWords : 0,
    maxWords,
  };
}

// `tsx bench/generate.ts COUNT DIR [SEED]` writes an archive to look at or build by hand.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [count, dir, seed] = process.argv.slice(2);
  if (!count || !dir) {
    console.error("usage: tsx bench/generate.ts COUNT DIR [SEED]");
    process.exit(2);
  }
  const started = performance.now();
  const stats = writeArchive(path.resolve(dir), { count: Number(count), seed: seed ? Number(seed) : DEFAULT_SEED });
  console.log(JSON.stringify({ ...stats, seconds: Number(((performance.now() - started) / 1000).toFixed(2)) }));
}
