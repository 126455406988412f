/**
 * How to cite an article: one `Citation` record per article, and every format a reader or a
 * reference manager takes made from it (a formatted line, BibTeX, RIS, CSL-JSON, and the
 * Highwire `citation_*` meta tags), so they can never disagree.
 *
 * What Zotero does with the meta tags (its "Embedded Metadata" translator, read in
 * zotero/translators): `citation_journal_title` makes the item a *journal article* whatever
 * else the page says (`hwType` wins over `og:type` and `DC.type`), with the publication as
 * its publicationTitle; so a reference manager saves title, authors, date, publication,
 * language and URL (from the canonical link), but Zotero files it as a journal article, not a
 * newspaper article (`DC.type` or `og:type` cannot change that). The contract asks for
 * `citation_journal_title`, so that is the trade; the export formats below name the type
 * exactly (RIS `NEWS`, CSL `article-newspaper`, BibLaTeX `entrysubtype = {newspaper}`). No
 * byline means no `citation_author`: Zotero would otherwise take an organisation for a
 * person ("Archive, News").
 */
import { pad2 } from "../_data/dates.ts";
import { site } from "../_data/site.ts";
import type { Article } from "../model/archive.ts";
import { absoluteUrl } from "../render/urls.ts";

export interface PersonName {
  /** The name as the byline writes it. */
  literal: string;
  /** Split at the last space (the convention reference managers use); absent for one-word names. */
  family?: string;
  given?: string;
}

export interface Citation {
  /** A stable key for BibTeX and CSL-JSON: the URL's date and slug. */
  id: string;
  title: string;
  authors: PersonName[];
  /** Where the article appeared: its `source` when it names one, else this archive. */
  publication: string;
  year: number;
  month: number;
  day: number;
  url: string;
  /** BCP 47. */
  language: string;
}

/** Whitespace in a headline or name (a folded YAML line) never matters to a citation. */
function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function personName(written: string): PersonName {
  const literal = clean(written);
  const at = literal.lastIndexOf(" ");
  if (at <= 0) return { literal };
  return { literal, given: literal.slice(0, at), family: literal.slice(at + 1) };
}

/**
 * The publication is the article's `source` when it has one (a wire or a paper), else the
 * archive's own name: what a reader would name as "where it appeared".
 */
export function citationOf(article: Pick<Article, "url" | "title" | "byline" | "source" | "date" | "lang">): Citation {
  const { year, month, day } = article.date;
  return {
    id: `${year}-${pad2(month)}-${pad2(day)}-${article.url.split("/").filter(Boolean).at(-1) ?? "article"}`,
    title: clean(article.title),
    authors: (article.byline ?? []).map(personName),
    publication: clean(article.source ?? site.title),
    year,
    month,
    day,
    url: absoluteUrl(article.url),
    language: article.lang,
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Author(s). "Headline." Publication, 26 February 2026. URL.
 * The date the reader looked at it is theirs to add.
 */
export function formattedCitation(c: Citation): string {
  const authors = c.authors.length ? `${joinNames(c.authors.map((a) => a.literal))}. ` : "";
  const title = /[.?!]$/.test(c.title) ? c.title : `${c.title}.`;
  return `${authors}“${title}” ${c.publication}, ${c.day} ${MONTHS[c.month - 1]} ${c.year}. ${c.url}.`;
}

/** BibTeX's special characters, escaped so a headline with `{`, `%` or `&` stays one field. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) => {
    switch (ch) {
      case "\\":
        return "\\textbackslash{}";
      case "~":
        return "\\textasciitilde{}";
      case "^":
        return "\\textasciicircum{}";
      default:
        return `\\${ch}`;
    }
  });
}

function bibtexName(name: PersonName): string {
  // "Family, Given" is unambiguous; a one-word name is braced so it is never split.
  return name.family ? `${bibtexText(name.family)}, ${bibtexText(name.given ?? "")}` : `{${bibtexText(name.literal)}}`;
}

/**
 * BibLaTeX's @article with `entrysubtype = {newspaper}`, its way of saying newspaper
 * article; `journal` (Biber reads it as `journaltitle`) and `date`, which both BibLaTeX and
 * citation-js read whole. Only what a citation needs: the article page's size budget is tight.
 */
export function bibtex(c: Citation): string {
  const fields: [string, string][] = [["title", bibtexText(c.title)]];
  if (c.authors.length) fields.push(["author", c.authors.map(bibtexName).join(" and ")]);
  fields.push(
    ["journal", bibtexText(c.publication)],
    ["entrysubtype", "newspaper"],
    ["date", `${c.year}-${pad2(c.month)}-${pad2(c.day)}`],
    ["url", c.url],
  );
  return `@article{${c.id},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}\n`;
}

/**
 * RIS: `TAG  - value`, one a line, ending with `ER  - `. Authors as `AU` (for `TY  - NEWS`
 * the RIS spec calls them reporters; citation-js reads them so, Zotero and EndNote as
 * authors). The full date as `Y1`, never `PY`: citation-js reads `PY` of a NEWS record as
 * the year alone, and `DA` beside `Y1` as an unparsed string; Zotero reads `Y1` as the date.
 */
export function ris(c: Citation): string {
  const lines: [string, string][] = [["TY", "NEWS"], ["TI", c.title]];
  for (const author of c.authors) lines.push(["AU", author.family ? `${author.family}, ${author.given}` : author.literal]);
  lines.push(
    ["T2", c.publication],
    ["Y1", `${c.year}/${pad2(c.month)}/${pad2(c.day)}/`],
    ["UR", c.url],
    ["LA", c.language],
  );
  return `${lines.map(([tag, value]) => `${tag}  - ${value}`).join("\n")}\nER  - \n`;
}

export interface CslItem {
  id: string;
  type: "article-newspaper";
  title: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  "container-title": string;
  issued: { "date-parts": [[number, number, number]] };
  URL: string;
  language: string;
}

export function cslItem(c: Citation): CslItem {
  const item: CslItem = {
    id: c.id,
    type: "article-newspaper",
    title: c.title,
    "container-title": c.publication,
    issued: { "date-parts": [[c.year, c.month, c.day]] },
    URL: c.url,
    language: c.language,
  };
  if (c.authors.length) item.author = c.authors.map((a) => (a.family ? { family: a.family, given: a.given ?? "" } : { literal: a.literal }));
  return item;
}

export interface CitationFormats {
  text: string;
  bibtex: string;
  ris: string;
  /** A CSL-JSON array of one item, as citation managers import it. */
  cslJson: string;
}

/** The one place every format is made, from one record. */
export function citationFormats(c: Citation): CitationFormats {
  return { text: formattedCitation(c), bibtex: bibtex(c), ris: ris(c), cslJson: `${JSON.stringify([cslItem(c)])}\n` };
}

/**
 * Highwire Press tags, what Google Scholar and Zotero read, as name/content pairs for
 * `<meta>`; the page's canonical link gives the URL. No Dublin Core: Zotero's translator
 * lets `citation_*` win over it field by field (and `citation_journal_title` over `DC.type`),
 * so it would only add bytes to a page near its budget.
 */
export function citationMeta(c: Citation): [name: string, content: string][] {
  return [
    ["citation_title", c.title],
    ...c.authors.map((a): [string, string] => ["citation_author", a.literal]),
    ["citation_publication_date", `${c.year}/${pad2(c.month)}/${pad2(c.day)}`],
    ["citation_journal_title", c.publication],
    ["citation_language", c.language],
  ];
}
