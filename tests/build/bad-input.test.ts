import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, stat, symlink } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, makeWorkspace, prepareArticles, type BuildResult } from "../helpers/build.ts";
import { parseHtml } from "../helpers/html.ts";

const good = "---\ntitle: Fine\ndate: 2026-02-26\n---\n\nText.\n";

describe("bad articles stop the build with a message naming the file and the field", () => {
  it.each([
    ["a missing title", "---\ndate: 2026-02-26\n---\nText.", "title"],
    ["a missing date", "---\ntitle: No date\n---\nText.", "date"],
    ["an impossible date", "---\ntitle: Leap\ndate: 2026-02-30\n---\nText.", "date"],
    ["an unknown tag shape", "---\ntitle: Tags\ndate: 2026-02-26\ntags:\n  name: Iran\n---\nText.", "tags"],
    ["malformed YAML", "---\ntitle: \"unclosed\ndate: 2026-02-26\n---\nText.", "front matter"],
  ])("%s", async (_name, text, field) => {
    const site = await buildSite("bad", { files: { "2026/ok.md": good, "2026/broken.md": text } });
    expect(site.ok).toBe(false);
    expect(site.stderr).toMatch(new RegExp(`articles/2026/broken\\.md(:\\d+)?: ${field}:`));
    expect(site.stderr).not.toContain("ok.md");
    expect(site.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it("two articles claiming one URL, naming both files", async () => {
    const site = await buildSite("clash", {
      files: {
        "a/2026-02-26-same.md": good,
        "b/2026-02-26-same.md": good.replace("Fine", "Other"),
      },
    });
    expect(site.ok).toBe(false);
    expect(site.stderr).toMatch(/articles\/b\/2026-02-26-same\.md: date: .*\/2026\/02\/26\/same\/.*articles\/a\/2026-02-26-same\.md/);
  });

  it("a file that is not UTF-8", async () => {
    const site = await buildSite("latin1", { files: { "2026/latin1.md": Buffer.from("---\ntitle: Caf\xe9\ndate: 2026-02-26\n---\n", "latin1") } });
    expect(site.ok).toBe(false);
    expect(site.stderr).toContain("articles/2026/latin1.md: is not valid UTF-8");
  });
});

const article = (front: string, title = "Fine") => `---\ntitle: ${title}\ndate: 2026-02-26\n${front}---\n\nText.\n`;
const bomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...["b", "c", "d", "e", "f", "g", "h", "i"].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`),
].join("\n");
const longFileSlug = `2026-02-26-${"talks-".repeat(30)}end`;

/** Each bad file, and the one line the build prints for it (after the file's path). */
const PROBLEMS: [string, string, string | Buffer, string][] = [
  ["a YAML error, on the line it is on", "yaml.md", '---\ntitle: Fine\ndate: 2026-02-26\nsummary: "unclosed\ntags: [Iran]\n---\nText.\n', ':4: front matter: malformed YAML: Missing closing "quote (the quote opens on this line)'],
  ["a YAML alias bomb", "bomb.md", `---\ntitle: Bomb\ndate: 2026-02-26\n${bomb}\nsummary: *i\n---\nText.\n`, ":6: c: expands too many YAML aliases (more than 50); write the values out"],
  ["YAML nested ten thousand deep", "deep.md", `---\ntitle: Deep\ndate: 2026-02-26\nsummary: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n---\nText.\n`, ":4: front matter: is nested too deeply (more than 6 levels); a front matter needs at most three"],
  ["a misspelt key", "misspelt.md", article("tag: [Iran]\n"), ":4: tag: unknown key; did you mean `tags`?"],
  ["an impossible date, in an editor's words", "impossible.md", article("").replace("2026-02-26", "2026-02-31"), ':3: date: "2026-02-31" is not a real date: February 2026 has 28 days'],
  ["year 0000", "year-zero.md", article("").replace("2026-02-26", "0000-01-01"), ':3: date: "0000-01-01" is not a real date: years run from 0001 to 9999'],
  ["an offset of +99:00", "offset.md", article("").replace("2026-02-26", "2026-02-26T10:00:00+99:00"), ':3: date: "2026-02-26T10:00:00+99:00" is not a real date: the offset +99:00 is not a time zone\'s; offsets run from -14:00 to +14:00'],
  ["a language asking for another calendar", "calendar.md", article("lang: fa-u-ca-persian\n"), ':4: lang: "fa-u-ca-persian" asks for the persian calendar; dates are always shown in the Gregorian calendar, so write lang: fa'],
  ["NUL in a headline", "nul.md", article("", '"Break\\0ing"'), ":2: title: contains the control character NUL (U+0000); remove it"],
  ["a control character in the body", "bell.md", "---\ntitle: X\ndate: 2026-02-26\n---\n\nOne.\n\nTwo\u0007.\n", ":8: body: contains the control character U+0007; remove it"],
  ["a 306-character tag", "long-tag.md", article(`tags: [Iran, ${"Sanctions".repeat(34)}]\n`), ':4: tags: "SanctionsSanctionsSanctionsSanctionsSanc…" is 306 characters long; a tag name may have at most 100'],
  ["60 tags", "many-tags.md", article(`tags: [${Array.from({ length: 60 }, (_, i) => `Topic ${i}`).join(", ")}]\n`), ":4: tags: 60 tags; an article may have at most 50"],
  ["a file name too long for a URL", `${longFileSlug}.md`, article(""), ": file name: makes a 183-character URL slug; a slug may have at most 100 characters, so shorten the file name"],
];

describe("every content problem is one line naming file, line and field, and nothing is written", () => {
  let site: BuildResult;
  beforeAll(async () => {
    const workspace = await makeWorkspace("problems");
    const files = Object.fromEntries(PROBLEMS.map(([, file, text]) => [`2026/${file}`, text]));
    const articlesDir = await prepareArticles(workspace, { files: { ...files, "2026/ok.md": good } });
    await symlink("/etc/hostname", path.join(articlesDir, "2026/outside.md"));
    await symlink(path.join(workspace, "nowhere.md"), path.join(articlesDir, "2026/dangling.md"));
    site = await buildSite("problems", { articlesDir, output: path.join(workspace, "site") });
  });

  it.each(PROBLEMS)("%s", (_name, file, _text, line) => {
    expect(site.stderr).toContain(`/articles/2026/${file}${line}\n`);
  });

  it("a link to a file outside articles/", () => {
    expect(site.stderr).toContain("/articles/2026/outside.md: is a symbolic link to /etc/hostname, outside the articles folder; links are followed only inside it, so move the file in\n");
  });

  it("a link to nothing", () => {
    expect(site.stderr).toContain("/articles/2026/dangling.md: is a symbolic link to nothing; fix or remove it\n");
  });

  it("all at once, one line each, with no stack trace, before anything is written", () => {
    expect(site.ok).toBe(false);
    expect(site.stderr).toContain(`Build stopped: ${PROBLEMS.length + 2} problems in the articles:`);
    expect(site.stderr.split("\n").filter((line) => line.startsWith("  ")).length).toBe(PROBLEMS.length + 2);
    expect(site.stderr).not.toMatch(/\n\s+at |ENAMETOOLONG|luxon|of type number/);
    expect(site.stderr).not.toContain("ok.md");
    expect(existsSync(site.output)).toBe(false);
    expect(existsSync(`${site.output}.staging-0`)).toBe(false);
  });
});

describe("files under articles/ that are not articles are named", () => {
  let site: BuildResult;
  beforeAll(async () => {
    const workspace = await makeWorkspace("skipped");
    const articlesDir = await prepareArticles(workspace, {
      files: {
        "2026/2026-02-26-plain.md": article("", "Plain"),
        "2026/2026-02-27-shouting.MD": article("", "Shouting").replace("2026-02-26", "2026-02-27"),
        "2026/.hidden.md": article("", "Hidden"),
        "2026/notes.txt": "to do",
        "2026/photo.jpg": "not really a photo",
        ".git/config": "[core]",
      },
    });
    await mkdir(path.join(articlesDir, "2026/linked"));
    await symlink("../2026-02-26-plain.md", path.join(articlesDir, "2026/linked/linked.md"));
    site = await buildSite("skipped", { articlesDir, output: path.join(workspace, "site") });
  });

  it("builds, warning once for each hidden or non-Markdown file and hidden folder", () => {
    expect(site.ok, site.stderr).toBe(true);
    const warnings = site.stderr.split("\n").filter((line) => line.startsWith("Warning: "));
    expect(warnings).toEqual([
      expect.stringMatching(/\/articles\/\.git: skipped: a hidden folder \(its name starts with a dot\), with everything in it$/),
      expect.stringMatching(/\/articles\/2026\/\.hidden\.md: skipped: a hidden file \(its name starts with a dot\)$/),
      expect.stringMatching(/\/articles\/2026\/notes\.txt: skipped: not an article \(an article's name ends in \.md\)$/),
    ]);
  });

  it("publishes a .MD file like a .md one", async () => {
    expect(parseHtml(await site.read("/2026/02/27/shouting/"))("h1").text()).toBe("Shouting");
  });

  it("follows a link to an article inside articles/", async () => {
    expect(parseHtml(await site.read("/2026/02/26/linked/"))("h1").text()).toBe("Plain");
  });
});

describe("text is published as written", () => {
  it("keeps tags and a headline that look like numbers exactly as written", async () => {
    const site = await buildSite("numbers", { files: { "2026/2026-02-26-numbers.md": article("tags: [2026, 3.10, 007, 1e3]\n", "1984") } });
    expect(site.ok, site.stderr).toBe(true);
    const $ = parseHtml(await site.read("/2026/02/26/numbers/"));
    expect($("h1").text()).toBe("1984");
    expect($('a[rel="tag"]').map((_, a) => $(a).text()).get()).toEqual(["2026", "3.10", "007", "1e3"]);
    expect(parseHtml(await site.read("/tags/3-10/"))("h1").text()).toContain("3.10");
  });
});

const HEADLINE_27 =
  "Negotiators representing Washington and Tehran reconvened Thursday afternoon inside Geneva's Intercontinental hotel, exchanging detailed counterproposals concerning uranium enrichment thresholds, sanctions sequencing, verification arrangements, inspection timetables, compensation mechanisms";

describe("names that fit every file system", () => {
  it("publishes a 27-word headline in a file with no slug under a slug of at most 80 characters, cut at a word", async () => {
    expect(HEADLINE_27.split(" ")).toHaveLength(27);
    const site = await buildSite("headline", { files: { "2026/2026-02-26.md": article("", JSON.stringify(HEADLINE_27)) } });
    expect(site.ok, site.stderr).toBe(true);
    const [slug] = (await readdir(path.join(site.output, "2026/02/26"), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(slug).toBe("negotiators-representing-washington-and-tehran-reconvened-thursday-afternoon");
    expect(slug!.length).toBeLessThanOrEqual(80);
  });
});

describe("an output folder that cannot be written", () => {
  it("is said plainly, without a stack trace", async () => {
    // Root may write into a folder without write permission; sysfs refuses new folders even to root.
    const workspace = await makeWorkspace("read-only");
    const articlesDir = await prepareArticles(workspace, { files: { "2026/ok.md": good } });
    let parent = "/sys";
    if (process.getuid?.() !== 0) {
      parent = path.join(workspace, "locked");
      await mkdir(parent);
      await chmod(parent, 0o555);
    }
    expect((await stat(parent)).isDirectory()).toBe(true);
    const output = path.join(parent, "site");
    const site = await buildSite("read-only", { articlesDir, output });
    expect(site.ok).toBe(false);
    expect(site.stderr).toMatch(new RegExp(`^Build failed: cannot write the output folder ${output}/: in ${parent}/, .* \\((EACCES|EPERM|EROFS)\\)$`, "m"));
    expect(site.stderr).not.toMatch(/\n\s+at |ENOENT|Eleventy/);
  });
});

describe("an article with many tags", () => {
  const WRITTEN = ["Diplomacy", "Iran", "Sanctions", "IAEA", "Abbas Araghchi", "Geneva", "Donald Trump", ...Array.from({ length: 43 }, (_, i) => `Topic ${i}`)];
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite("many-tags", {
      files: {
        "2026/2026-02-26-crowded.md": article(`tags: [${WRITTEN.join(", ")}]\n`, "Crowded"),
        "2026/2026-02-25-quiet.md": article("tags: [Iran]\n", "Quiet").replace("2026-02-26", "2026-02-25"),
      },
    });
    if (!site.ok) throw new Error(site.stderr);
  });

  it("keeps every tag on the article page", async () => {
    const $ = parseHtml(await site.read("/2026/02/26/crowded/"));
    expect($('article a[rel="tag"]')).toHaveLength(50);
  });

  it("shows three in list entries: people first, then organisations, places and topics", async () => {
    const $ = parseHtml(await site.read("/"));
    const entry = $(".article-list > li").filter((_, li) => $(li).find("h2").text() === "Crowded");
    expect(entry.find(".entry-tags a").map((_, a) => $(a).text()).get()).toEqual(["Abbas Araghchi", "Donald Trump", "International Atomic Energy Agency"]);
    // Related articles are headlines and dates: no tags at all.
    const related = parseHtml(await site.read("/2026/02/25/quiet/"));
    expect(related(".related .entry-tags a")).toHaveLength(0);
  });

  it("names at most three of its tags on each of its 50 tag pages and feeds, so output grows linearly with tags", async () => {
    const tagsDir = path.join(site.output, "tags");
    const slugs = (await readdir(tagsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(slugs).toHaveLength(50);
    for (const slug of slugs) {
      const $ = parseHtml(await site.read(`/tags/${slug}/`));
      const entry = $(".article-list > li").filter((_, li) => $(li).find("h2").text() === "Crowded");
      // A tag's page lists headlines with summaries, no tags: the tag is the page's subject.
      expect(entry.find(".entry-tags a").length, slug).toBeLessThanOrEqual(3);
      const feed = await site.read(`/tags/${slug}/feed.xml`);
      const crowded = feed.split("<entry").find((e) => e.includes("/crowded/"))!;
      expect(crowded.match(/<category /g)?.length, slug).toBe(3);
    }
    // The site's own feeds, one each, carry every tag.
    const atom = await site.read("/feed.xml");
    expect(atom.split("<entry").find((e) => e.includes("/crowded/"))!.match(/<category /g)).toHaveLength(50);
  });
});
