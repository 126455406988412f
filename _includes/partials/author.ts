import { html, type SafeHtml } from "../../src/render/html.ts";
import { href, paths } from "../../src/render/urls.ts";
import type { AuthorEntry } from "../../src/listings/authors.ts";
import { site } from "../../src/_data/site.ts";
import { stringsFor } from "../../src/strings/index.ts";

/** The top of an author's page: the bio from the vocabulary, their own page, their feed. */
export function authorIntro(author: AuthorEntry): SafeHtml {
  const t = stringsFor(site.language);
  return html`<div class="author-intro">
${author.bio ? html`<p class="lead">${author.bio}</p>` : ""}
<p class="author-facts">${t.articles(author.articles.length)}${author.website ? html` · <a href="${author.website}">${t.website}</a>` : ""} · <a href="${href(author.feedUrl)}">${t.atomFeed}</a></p>
</div>`;
}

/** /authors/: every author with a count, by name. */
export function authorsIndex(authors: readonly AuthorEntry[]): SafeHtml {
  if (authors.length === 0) return html`<p>${stringsFor(site.language).noBylinesYet}</p>`;
  return html`<ul class="author-list">
${authors.map((author) => html`<li><a href="${href(paths.author(author.slug))}">${author.name}</a> <span class="count">${author.articles.length}</span></li>`)}
</ul>`;
}
