import { html, type SafeHtml } from "../../src/render/html.ts";
import { href, paths } from "../../src/render/urls.ts";
import type { AuthorEntry } from "../../src/listings/authors.ts";

/** The top of an author's page: the bio from the vocabulary, their own page, their feed. */
export function authorIntro(author: AuthorEntry): SafeHtml {
  const count = author.articles.length;
  return html`<div class="author-intro">
${author.bio ? html`<p class="lead">${author.bio}</p>` : ""}
<p class="author-facts">${count === 1 ? "1 article" : `${count} articles`}${author.website ? html` · <a href="${author.website}">Website</a>` : ""} · <a href="${href(author.feedUrl)}">Atom feed</a></p>
</div>`;
}

/** /authors/: every author with a count, by name. */
export function authorsIndex(authors: readonly AuthorEntry[]): SafeHtml {
  if (authors.length === 0) return html`<p>No bylines yet.</p>`;
  return html`<ul class="author-list">
${authors.map((author) => html`<li><a href="${href(paths.author(author.slug))}">${author.name}</a> <span class="count">${author.articles.length}</span></li>`)}
</ul>`;
}
