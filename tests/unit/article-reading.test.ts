/**
 * A large archive is read on two threads (src/model/content.ts, src/model/article-reader.ts).
 * What the second thread reads must arrive exactly as if this thread had read it: dates with
 * their offsets, corrections, updates, and every problem with its file and line.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadArticleRecords, type LoadedArticles } from "../../src/model/content.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "article-reading-"));
const articles = path.join(root, "articles");
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeArchive(count: number): void {
  mkdirSync(path.join(articles, "2024"), { recursive: true });
  for (let i = 0; i < count; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const file = path.join(articles, "2024", `2024-03-${day}-story-${i}.md`);
    if (i % 17 === 5) {
      writeFileSync(file, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
      continue;
    }
    const front = [
      `title: "Story ${i}: talks resume"`,
      i % 3 === 0 ? `date: 2024-03-${day}T09:3${i % 10}:00+03:30` : `date: 2024-03-${day}`,
      i % 4 === 0 ? `updated: 2024-04-01T12:00:00-05:00` : "",
      `tags: [Diplomacy, "Place ${i % 5}"]`,
      i % 6 === 0 ? `lang: fa` : "",
      i % 5 === 0 ? `corrections:\n  - date: 2024-04-02\n    text: "An earlier version named the wrong city."` : "",
      i % 19 === 7 ? `date: not a date` : "",
    ].filter(Boolean);
    writeFileSync(file, `---\n${front.join("\n")}\n---\n\nParagraph one of story ${i}.\n\n<!--more-->\n\nParagraph two.\n`);
  }
}

/** The records with each date as its instant and offset, which is what a cloned DateTime would lose. */
function comparable(loaded: LoadedArticles) {
  const when = (date: { written: string; dateTime: { toISO(): string | null; zoneName: string | null } }) => `${date.written} ${date.dateTime.toISO()} ${date.dateTime.zoneName}`;
  return {
    records: loaded.records.map(({ date, updated, corrections, ...rest }) => ({
      ...rest,
      date: when(date),
      updated: updated && when(updated),
      corrections: corrections.map((c) => ({ ...c, date: when(c.date) })),
    })),
    problems: loaded.problems,
  };
}

describe("reading an archive on two threads", () => {
  writeArchive(300);

  it("gives the same records and problems as reading it on one, whichever thread reads a file", async () => {
    const one = await loadArticleRecords(articles, root, { twoThreadsFrom: Infinity });
    const two = await loadArticleRecords(articles, root, { twoThreadsFrom: 1 });
    const worker = await loadArticleRecords(articles, root, { twoThreadsFrom: 1, onlyWorker: true });
    expect(one.readByWorker).toBe(0);
    expect(worker.readByWorker).toBe(300);
    expect(comparable(worker)).toEqual(comparable(one));
    expect(one.records.length).toBeGreaterThan(250);
    expect(one.problems.length).toBeGreaterThan(10);
    expect(comparable(two)).toEqual(comparable(one));
  });

  it("keeps each date's offset and the day it was written on", async () => {
    const two = await loadArticleRecords(articles, root, { twoThreadsFrom: 1, onlyWorker: true });
    const story = two.records.find((r) => r.title === "Story 3: talks resume");
    expect(story?.date.dateTime.toISO()).toBe("2024-03-04T09:33:00.000+03:30");
    expect(story?.date.day).toBe(4);
    expect(two.records.find((r) => r.title === "Story 0: talks resume")?.corrections[0]?.date.written).toBe("2024-04-02");
  });
});
