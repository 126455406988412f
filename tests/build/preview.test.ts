/**
 * `npm start` is the newsroom's preview: drafts and scheduled articles are shown there,
 * marked, and a rebuild after an edit re-renders the author and correction pages the edit
 * touches (the dev server renders only pages whose fingerprint changed).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, fileOf } from "../helpers/build.ts";
import { freePort, startServe, waitFor, type Serve } from "../helpers/dev-server.ts";
import { parseHtml, textOf } from "../helpers/html.ts";
import { SOURCE_DATE_EPOCH } from "../helpers/newsroom-fixture.ts";

const SCHEDULED = "2026/2026-03-03-scheduled-story.md";
const EDITED = "2026/2026-01-15-template-syntax-is-text.md";

const writes = (log: string) => log.match(/Wrote \d+ files/g)?.length ?? 0;

describe("npm start as the newsroom's preview", () => {
  let serve: Serve;
  const log = () => serve.log();
  let workspace = "";
  let articlesDir = "";
  let output = "";
  const read = async (url: string) => parseHtml(await readFile(fileOf(output, url), "utf8"));

  beforeAll(async () => {
    // Outside the project: Eleventy's watcher skips what .gitignore names, tests/.output/ included.
    workspace = await mkdtemp(path.join(os.tmpdir(), "news-archive-preview-"));
    articlesDir = path.join(workspace, "articles");
    output = path.join(workspace, "site");
    await cp(path.join(FIXTURES, "archive"), articlesDir, { recursive: true });
    await writeFile(path.join(articlesDir, SCHEDULED), "---\ntitle: A scheduled story\ndate: 2026-03-03T09:00:00+01:00\nbyline: Ana Ruiz\n---\n\nNot yet.\n");
    serve = startServe({ articlesDir, output, port: await freePort(), env: { SOURCE_DATE_EPOCH } });
    await waitFor(() => /Server at/.test(serve.log()) && writes(serve.log()) >= 1, "the first build", log);
    // The watcher says "Watching…" before its first scan of the articles folder is done; an
    // edit inside that scan can go unseen. Let it settle, as an editor's first save would.
    await waitFor(() => /Watching/.test(serve.log()) && /Search index:/.test(serve.log()), "the watcher and the first index", log);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }, 150_000);

  afterAll(async () => {
    await serve?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  it("shows a draft with a banner saying it is not published", async () => {
    const page = await read("/2026/03/02/unpublished-draft/");
    expect(textOf(page, ".status-banner")).toBe("Draft — not published");
    expect(textOf(page, "article h1")).toBe("An unpublished draft");
  });

  it("shows a scheduled article with a banner saying when it goes live", async () => {
    const page = await read("/2026/03/03/scheduled-story/");
    expect(textOf(page, ".status-banner")).toBe("Scheduled for 3 March 2026 at 09:00 +01:00");
    expect(textOf(page, ".byline")).toBe("By Ana Ruiz");
  });

  it("marks both in lists, and leaves published articles unmarked", async () => {
    const home = await read("/");
    const marks = home(".entry")
      .map((_, entry) => [[home(entry).find("h2").text().trim(), home(entry).find(".entry-status").text().trim()]])
      .get() as [string, string][];
    expect(marks).toContainEqual(["A scheduled story", "Scheduled for 3 March 2026 at 09:00 +01:00"]);
    expect(marks).toContainEqual(["An unpublished draft", "Draft — not published"]);
    expect(marks.filter(([, mark]) => mark === "")).toHaveLength(marks.length - 2);
  });

  it("re-renders /corrections/, /authors/ and the author's page when an edit adds a correction and a byline", async () => {
    const source = path.join(articlesDir, EDITED);
    const before = await readFile(source, "utf8");
    const edited = before.replace(/^title: /m, "byline: Preview Person\ncorrections:\n  - date: 2026-02-01\n    text: Corrected while previewing.\ntitle: ");
    expect(edited).not.toBe(before);
    const count = writes(log());
    await writeFile(source, edited);
    await waitFor(() => writes(log()) > count, "the rebuild", log);
    expect(textOf(await read("/corrections/"), ".correction-list")).toContain("Corrected while previewing.");
    expect(textOf(await read("/authors/"), ".author-list")).toContain("Preview Person 1");
    expect(textOf(await read("/authors/preview-person/"), "main h1")).toBe("Preview Person");
    expect(await readFile(fileOf(output, "/authors/preview-person/feed.xml"), "utf8")).toContain("Preview Person");
  }, 150_000);
});
