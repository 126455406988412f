/**
 * Every word the archive's own pages say to a reader, for one UI language. Templates take
 * their words from here, never from literals, so a page around a Persian article speaks
 * Persian and a new language is one new file beside this one (registered in index.ts).
 */
export interface Strings {
  /** The BCP 47 tag these words are in: templates mark text with it when the page is in another. */
  lang: string;
  skipToContent: string;
  home: string;
  archive: string;
  tags: string;
  search: string;
  searchTheArchive: string;
  onThisDay: string;
  data: string;
  atomFeed: string;
  jsonFeed: string;
  breadcrumb: string;
  siteNavigation: string;
  latestArticles: string;
  noArticlesYet: string;
  noTagsYet: string;
  pages: string;
  pageOf: (page: number, count: number) => string;
  newer: string;
  older: string;
  previous: string;
  next: string;
  previousAndNext: string;
  relatedArticles: string;
  updated: string;
  by: (names: string) => string;
  minRead: (minutes: number) => string;
  /** "3 articles", with the language's digits and plural. */
  articles: (count: number) => string;
  months: string;
  days: string;
  draftStatus: string;
  scheduledFor: (when: string) => string;
  corrected: string;
  corrections: string;
  authors: string;
  authorDescription: (count: number, name: string) => string;
  authorHeading: (name: string) => string;
  tagHeading: (name: string) => string;
  pageSuffix: (title: string, page: number) => string;
  tagDescription: (count: number, name: string) => string;
  yearDescription: (count: number, year: number) => string;
  monthDescription: (count: number, month: string) => string;
  dayDescription: (day: string) => string;
  tagKinds: { topic: string; person: string; place: string; organisation: string };
  tagKind: { topic: string; person: string; place: string; organisation: string };
  archiveTitle: string;
  archiveDescription: (count: number) => string;
  archiveLead: (count: number, from?: number, to?: number) => string;
  articlesPerMonth: (year: number) => string;
  tagsTitle: string;
  tagsDescription: (count: number) => string;
  notFoundTitle: string;
  notFoundDescription: string;
  notFoundText: string;
  browseByDate: string;
  browseByTag: string;
  searchTitle: string;
  searchDescription: string;
  wordsToFind: string;
  filterAndOrder: string;
  tag: string;
  anyTag: string;
  year: string;
  anyYear: string;
  order: string;
  bestMatch: string;
  newestFirst: string;
  moreResults: string;
  searchAllArticles: string;
  /** Words around two links: "… browse the [archive] by date or the [tags]." */
  noscript: { parts: [string, string, string]; archiveLink: string; tagsLink: string };
}
