import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { entryOf, type ArticleEntry } from "../../src/listings/entry.ts";
import { buildArchive } from "../../src/model/archive.ts";
import { parseArticle } from "../../src/model/content.ts";
import { articlePageFingerprint, listingFingerprint } from "../../src/render/fingerprints.ts";

const BASE: Record<string, string> = {
  title: "Talks resume in Geneva",
  date: "2026-02-26",
  summary: "Negotiators met again.",
  dateline: "Geneva",
  tags: "[Iran, Diplomacy]",
  lang: "en",
};

/** For each field a list entry shows, a front-matter change that changes it. */
const EDITS: Record<keyof ArticleEntry, Record<string, string>> = {
  url: { date: "2026-02-25" },
  title: { title: "Talks resume in Geneva, Oman says" },
  lang: { lang: "en-GB" },
  dir: { lang: "fa" },
  datetime: { date: "2026-02-26T10:00:00+01:00" },
  dateLabel: { date: "2026-02-24" },
  dateline: { dateline: "Muscat" },
  summary: { summary: "Negotiators met again in Geneva." },
  tags: { tags: "[Iran, Diplomacy, Oman]" },
  status: { draft: "true" },
};

function archiveWith(fields: Record<string, string>) {
  const front = Object.entries(fields).map(([key, value]) => `${key}: ${value}`).join("\n");
  const records = [
    ["articles/2026/2026-02-26-talks.md", front],
    ["articles/2026/2026-02-27-neighbour.md", "title: The day after\ndate: 2026-02-27\ntags: [Iran]"],
  ].map(([file, yaml]) => {
    const parsed = parseArticle(file!, `---\n${yaml}\n---\n\nThe story.\n`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.record;
  });
  // The preview, as `npm start` models it: drafts are shown, marked.
  return buildArchive(records, [], { preview: true, now: DateTime.fromISO("2026-03-01T00:00:00Z") });
}

const edited = (key: keyof ArticleEntry) => archiveWith({ ...BASE, ...EDITS[key] });
const home = (archive: ReturnType<typeof archiveWith>) => archive.listings.find((l) => l.kind === "home")!;
const neighbourPage = (archive: ReturnType<typeof archiveWith>) => archive.articles.find((a) => a.title === "The day after")!;

describe("dev-server fingerprints", () => {
  it("cover every field of a list entry: the edits below change each one", () => {
    // EDITS is typed by ArticleEntry's keys, so a field added to list entries fails to compile here until it is covered.
    const before = entryOf(archiveWith(BASE).articles.find((a) => a.title.startsWith("Talks"))!);
    expect(Object.keys(before).filter((key) => !(key in EDITS))).toEqual([]);
    for (const key of Object.keys(EDITS) as (keyof ArticleEntry)[]) {
      const after = entryOf(edited(key).articles.find((a) => a.url.includes("/talks/"))!);
      expect(after[key], key).not.toEqual(before[key]);
    }
  });

  it("change on the lists that show an article when any field its entry shows is edited", () => {
    const original = listingFingerprint(home(archiveWith(BASE)));
    for (const key of Object.keys(EDITS) as (keyof ArticleEntry)[]) {
      expect(listingFingerprint(home(edited(key))), key).not.toBe(original);
    }
  });

  it("change on a neighbour's page when an entry field of the article beside it is edited", () => {
    const original = articlePageFingerprint(neighbourPage(archiveWith(BASE)));
    for (const key of ["title", "summary", "dateline", "tags"] as const) {
      expect(articlePageFingerprint(neighbourPage(edited(key))), key).not.toBe(original);
    }
  });

  it("stay the same when nothing the page shows changed", () => {
    expect(listingFingerprint(home(archiveWith(BASE)))).toBe(listingFingerprint(home(archiveWith(BASE))));
    expect(articlePageFingerprint(neighbourPage(archiveWith(BASE)))).toBe(articlePageFingerprint(neighbourPage(archiveWith(BASE))));
  });
});
