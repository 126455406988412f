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
  /** Words around two links: "… browse the [archive] by date or the [tags]." */
  noscript: { parts: [string, string, string]; archiveLink: string; tagsLink: string };
  /** Locale (BCP 47) for the numbers and dates written among these words: weekday names, the search page's dates. */
  locale: string;
  searchHelp: string;
  fromMonth: string;
  toMonth: string;
  /** What the search page's script says (src/search/client/); handed to it as JSON by the page. */
  searchClient: SearchClientWords;

  // Articles and their newsroom marks
  /** "Correction" or "Corrections": the heading over an article's corrections. */
  correctionsHeading: (count: number) => string;
  citeThisArticle: string;
  website: string;
  noBylinesYet: string;
  authorsDescription: (count: number) => string;
  noCorrectionsYet: string;
  correctionsDescription: (siteTitle: string) => string;
  correctionsLead: string;
  correctionsFeed: string;
  /** The title of the corrections' Atom feed link in <head>. */
  correctionsFeedTitle: string;

  // An article's former URL
  movedTitle: (title: string) => string;
  movedHeading: string;
  /** Words around the link to the article: "It is now at [title]." */
  movedText: [string, string];

  // Calendars and "On this day"
  /** The caption of a month's calendar: "Articles per day, February 2026". */
  articlesPerDay: (month: string) => string;
  /** The noun after a count shown on its own ("3" + " articles"), for screen readers. */
  articlesNoun: (count: number) => string;
  onThisDayOn: (day: string) => string;
  allArticlesFrom: (count: number, day: string) => string;
  onThisDayDescription: string;
  onThisDayLead: string;
  onThisDayTitle: (day: string) => string;
  onThisDayDayLead: (count: number, day: string) => string;

  // /data/
  openDataTitle: string;
  openDataDescription: (siteTitle: string) => string;
  openDataLead: (count: number) => string;
  /** Words around the link to the Frictionless Data specification. */
  dataPackageItem: [string, string];
  dataPackageSpec: string;
  csvItem: string;
  oneFilePerYear: string;
  /** Field names between backticks are shown as code. */
  jsonLinesFields: string;
  loadingIt: string;
  withPandas: string;
  withNode: string;
}

/**
 * The search script's words: plain strings (JSON), `{name}` marking where a value goes.
 * Plural forms are keyed by Intl.PluralRules categories of `locale`; `other` is the fallback.
 */
export interface SearchClientWords {
  locale: string;
  tagKinds: { topic: string; person: string; place: string; organisation: string };
  needsWord: string;
  noArticles: string;
  searching: string;
  /** {what}: the search as described below. */
  noneFound: string;
  /** {count}, {what}. */
  found: Plural;
  unavailable: string;
  /** Each takes {list}, {tag}, {year}, {month}, {from} or {to}. */
  describe: {
    for: string;
    without: string;
    tagged: string;
    fromYear: string;
    inMonth: string;
    fromTo: string;
    fromOn: string;
    upTo: string;
    newestFirst: string;
  };
  /** “a”, “b” {and} “c”; “x” {or} “y”. */
  and: string;
  or: string;
  listSeparator: string;
  quoted: string;
}

export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
