/**
 * A result as the reader sees it: headline linking to the article (with the searched
 * words, for the article page to mark), date, and snippet. Built as DOM nodes, never
 * from HTML strings.
 */
import { articleDay, HIGHLIGHT_PARAM, META_KEYS, SNIPPET_WORDS } from "../schema.ts";
import type { Shown } from "./engine.ts";
import { snippet } from "./snippet.ts";
import { dateLabel } from "./words.ts";

/** 2026-02-26 (or a full time) as "26 February 2026" in `locale`: the day as written, never shifted by the reader's zone. */
export function displayDate(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return dateLabel(Number(match[1]), Number(match[2]), Number(match[3]), locale);
}

export function resultItem({ id, data }: Shown, highlight: readonly string[], locale: string): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  // Result ids start with the key of their index: "fa_…", or "x-fa_…" for a bundle indexed as written.
  const language = (id.split("_")[0] ?? "").replace(/^x-/, "");
  if (language && language !== "unknown") item.lang = language;
  item.dir = "auto";

  const heading = document.createElement("h2");
  const link = document.createElement("a");
  const url = new URL(data.url, location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  for (const word of highlight) url.searchParams.append(HIGHLIGHT_PARAM, word);
  link.href = url.pathname + url.search;
  const title = data.meta[META_KEYS.title] ?? data.url;
  link.textContent = title;
  heading.append(link);

  const meta = document.createElement("p");
  meta.className = "search-meta";
  meta.lang = document.documentElement.lang;
  const date = articleDay(data.url);
  if (date) {
    const time = document.createElement("time");
    time.dateTime = date;
    time.textContent = displayDate(date, locale);
    meta.append(time);
  }

  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  const parts = data.locations.length ? snippet(data.raw_content ?? data.content, title, data.locations, SNIPPET_WORDS) : [];
  if (parts.length) {
    for (const part of parts) {
      if (!part.marked) excerpt.append(part.text);
      else {
        const mark = document.createElement("mark");
        mark.textContent = part.text;
        excerpt.append(mark);
      }
    }
  } else excerpt.textContent = data.meta[META_KEYS.summary] ?? "";
  item.append(heading, meta, excerpt);
  return item;
}
