/**
 * On an article opened from a search result (?highlight=word&highlight=…), marks the
 * searched words in the article and scrolls to the first. Words match from their start,
 * so "talk" marks "talks" as Pagefind's stemming found it. Bundled to
 * /assets/highlight.js; every article page loads it, so it must stay tiny (2 kB budget).
 */
import { HIGHLIGHT_PARAM } from "../schema.ts";

const terms = new URLSearchParams(location.search)
  .getAll(HIGHLIGHT_PARAM)
  .map((t) => t.replace(/[^\p{L}\p{N}\p{M}]/gu, ""))
  .filter(Boolean);
const article = document.querySelector("article");
if (terms.length && article) {
  const word = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${terms.join("|")})[\\p{L}\\p{N}\\p{M}]*`, "giu");
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.nodeValue ?? "";
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of text.matchAll(word)) {
      const mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = match[0];
      parts.push(text.slice(last, match.index), mark);
      last = match.index + match[0].length;
    }
    if (parts.length) node.replaceWith(...parts, text.slice(last));
  }
  article.querySelector("mark")?.scrollIntoView({ block: "center" });
}
