/**
 * What the reader-experience tests (html-validity, accessibility) add to the fixture archive:
 * an article using every optional field and Markdown block, a headline too long for a
 * <title>, and enough short stories to make the home page and an author's page paginate — so every page type and
 * every optional piece of markup is checked, not just the common path.
 */
export function readerFixtureFiles(): Record<string, string> {
  const files: Record<string, string> = {
    "2026/2026-02-20-every-field.md": `---
title: "Negotiators from both delegations agree to resume technical discussions in Vienna next week after an intensive day of talks"
date: 2026-02-20T09:15:00+01:00
updated: 2026-02-21
summary: "Every optional field and block, so the page that shows them is checked too."
byline: [Jane Doe, Ali Rezaei]
source: Wire copy
dateline: Vienna
tags: [Diplomacy, Vienna]
aliases: [/2026/02/20/every-field-before-rename/]
corrections:
  - date: 2026-02-21T08:00:00+01:00
    text: "An earlier version gave the wrong *venue*; see [the schedule](https://example.org/)."
  - date: 2026-02-22
    text: |
      An earlier version misnamed a delegate.

      A second paragraph of the same correction.
---

A first paragraph with *emphasis*, **strong text**, \`inline code\` and [a link](https://example.org/).

## A section heading

> A quoted paragraph, set apart from the text.

- one item
- another item

1. first
2. second

\`\`\`
preformatted text
\`\`\`
`,
  };
  for (let i = 1; i <= 21; i++) {
    const n = String(i).padStart(2, "0");
    files[`2024/2024-06-${n}-short-story-${n}.md`] = `---\ntitle: Short story ${n}\ndate: 2024-06-${n}\nbyline: Staff Writer\ntags: [Climate]\n---\n\nShort story number ${n}.\n`;
  }
  return files;
}

/** One URL of each page type in a build of the fixture archive plus `readerFixtureFiles()`. */
export const PAGE_TYPES = {
  home: "/",
  "home, page 2": "/page/2/",
  article: "/2026/02/26/us-iran-talks-geneva-significant-progress/",
  "article with every field": "/2026/02/20/every-field/",
  "Persian article": "/2026/03/01/persian-report/",
  year: "/2026/",
  month: "/2026/02/",
  day: "/2026/02/26/",
  tag: "/tags/iran/",
  "tag, page 2": "/tags/climate/page/2/",
  "tags index": "/tags/",
  author: "/authors/jane-doe/",
  "author, page 2": "/authors/staff-writer/page/2/",
  "authors index": "/authors/",
  corrections: "/corrections/",
  archive: "/archive/",
  search: "/search/",
  "not found": "/404.html",
  "on this day": "/on-this-day/",
  "on this day, one day": "/on-this-day/02-26/",
  "open data": "/data/",
} as const;

/** A former URL of the article with every field: a redirect page, which a browser leaves at once. */
export const REDIRECT_PAGE = "/2026/02/20/every-field-before-rename/";
