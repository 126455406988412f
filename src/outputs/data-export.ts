/**
 * The archive as open data (CONTRACT.md, `/data/…`): one JSON Lines file per year with every
 * field and the body as written, one CSV of the same less the body, and a Frictionless Data
 * Package describing both. This module says what a row holds and how it is written; the
 * writer (src/outputs/open-data-writer.ts) streams rows to disk.
 */
import { site } from "../_data/site.ts";
import type { Article } from "../model/archive.ts";
import { absoluteUrl } from "../render/urls.ts";

export const DATA_DIR = "/data/";
export const dataPaths = {
  page: DATA_DIR,
  dataPackage: `${DATA_DIR}datapackage.json`,
  csv: `${DATA_DIR}articles.csv`,
  year: (year: number) => `${DATA_DIR}articles-${year}.jsonl`,
} as const;

/** GitHub refuses files of 100 MB or more; a build that would write one stops and says so. */
export const FILE_LIMIT_BYTES = 100 * 1024 * 1024;

export interface DataCorrection {
  date: string;
  text: string;
}

export interface DataArticle {
  url: string;
  title: string;
  /** As written in the source: `2026-02-26` or a full time with offset. */
  date: string;
  updated: string | null;
  byline: string[];
  tags: { name: string; kind: string }[];
  lang: string;
  summary: string;
  /** The Markdown body exactly as written (line endings as LF). */
  text: string;
  corrections: DataCorrection[];
}

export function dataArticle(article: Article): DataArticle {
  return {
    url: absoluteUrl(article.url),
    title: article.title,
    date: article.date.written,
    updated: article.updated?.written ?? null,
    byline: article.byline ?? [],
    tags: article.tags.map((tag) => ({ name: tag.name, kind: tag.kind })),
    lang: article.lang,
    summary: article.summary,
    text: article.body,
    corrections: article.corrections.map((correction) => ({ date: correction.date.written, text: correction.text })),
  };
}

/** One line of JSON Lines: JSON.stringify never writes a raw newline, so a line is a record. */
export function jsonLine(article: Article): string {
  return `${JSON.stringify(dataArticle(article))}\n`;
}

export const CSV_COLUMNS = ["url", "title", "date", "updated", "byline", "tags", "tag_kinds", "lang", "summary", "corrections"] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Lists are joined with "; " (byline, tags and, in the same order, each tag's kind); corrections are counted. */
export function csvRow(article: Article): string {
  const row = dataArticle(article);
  return `${[
    row.url,
    row.title,
    row.date,
    row.updated ?? "",
    row.byline.join("; "),
    row.tags.map((t) => t.name).join("; "),
    row.tags.map((t) => t.kind).join("; "),
    row.lang,
    row.summary,
    String(row.corrections.length),
  ]
    .map(csvField)
    .join(",")}\r\n`;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}

export interface WrittenFile {
  /** Root-relative: /data/articles-2026.jsonl */
  path: string;
  bytes: number;
  /** Hex SHA-256 of the file. */
  sha256: string;
  rows: number;
}

const sharedFields = [
  { name: "url", type: "string", format: "uri", description: "The article's permanent address." },
  { name: "title", type: "string", description: "The headline." },
  { name: "date", type: "string", description: "Publication date as written in the source: YYYY-MM-DD, or an ISO 8601 time with offset." },
  { name: "updated", type: "string", description: "Last update as written in the source; empty when never updated." },
] as const;

function jsonlSchema() {
  return {
    fields: [
      ...sharedFields,
      { name: "byline", type: "array", description: "Authors' names as written; empty when unsigned." },
      { name: "tags", type: "array", description: "Each tag as { name, kind }; kind is topic, person, place or organisation." },
      { name: "lang", type: "string", description: "BCP 47 language of the article." },
      { name: "summary", type: "string", description: "The dek, or the lede when the source has none." },
      { name: "text", type: "string", description: "The Markdown body exactly as written in the source." },
      { name: "corrections", type: "array", description: "Each correction as { date, text }." },
    ],
    primaryKey: ["url"],
  };
}

function csvSchema() {
  return {
    fields: [
      ...sharedFields,
      { name: "byline", type: "string", description: "Authors' names joined with \"; \"." },
      { name: "tags", type: "string", description: "Tag names joined with \"; \"." },
      { name: "tag_kinds", type: "string", description: "Each tag's kind, in the order of tags, joined with \"; \"." },
      { name: "lang", type: "string", description: "BCP 47 language of the article." },
      { name: "summary", type: "string", description: "The dek, or the lede when the source has none." },
      { name: "corrections", type: "integer", description: "How many corrections the article carries." },
    ],
    missingValues: [""],
    primaryKey: ["url"],
  };
}

/** Frictionless Data Package (v1 profile `data-package`): each file's name, path, format, size, hash and schema. */
export function dataPackage(years: readonly WrittenFile[], csv: WrittenFile): Record<string, unknown> {
  const base = (file: WrittenFile) => ({ path: file.path.slice(DATA_DIR.length), bytes: file.bytes, hash: `sha256:${file.sha256}`, encoding: "utf-8" });
  return {
    profile: "data-package",
    name: "news-archive-articles",
    title: `${site.title}: articles`,
    description: `Every published article of ${site.title}, one JSON object per line per year (with the body as written), and all of them in one CSV without the body.`,
    homepage: absoluteUrl(dataPaths.page),
    resources: [
      ...years.map((file) => ({
        name: `articles-${/(\d{4})\.jsonl$/.exec(file.path)?.[1] ?? "year"}`,
        ...base(file),
        format: "jsonl",
        mediatype: "application/jsonl",
        description: `${file.rows} articles, one JSON object a line.`,
        schema: jsonlSchema(),
      })),
      {
        name: "articles",
        ...base(csv),
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        dialect: { delimiter: ",", quoteChar: '"', doubleQuote: true, lineTerminator: "\r\n", header: true },
        description: `${csv.rows} articles, one a row, without the body.`,
        schema: csvSchema(),
      },
    ],
  };
}
