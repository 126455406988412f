// @ts-check
// Marks the words a reader searched for (?highlight=… on links from /search/) in the article.
// Words match from their start, so "talk" marks "talks" as Pagefind's stemming found it.
{
const terms = new URLSearchParams(location.search).getAll("highlight").map((t) => t.replace(/[^\p{L}\p{N}\p{M}]/gu, "")).filter(Boolean);
const article = document.querySelector("article");
if (terms.length && article) {
  const word = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${terms.join("|")})[\\p{L}\\p{N}\\p{M}]*`, "giu");
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const text = node.nodeValue || "";
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(word)) {
      const mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = match[0];
      parts.push(text.slice(last, match.index), mark);
      last = (match.index || 0) + match[0].length;
    }
    if (parts.length) node.replaceWith(...parts, text.slice(last));
  }
  article.querySelector("mark")?.scrollIntoView({ block: "center" });
}
}
