import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildResult } from "../helpers/build.ts";
import { PAGE_TYPES, readerFixtureFiles, REDIRECT_PAGE } from "../helpers/reader-fixture.ts";

/** The recommended preset exactly as published: nothing turned off, nothing loosened. */
const validator = new HtmlValidate(new StaticConfigLoader({ extends: ["html-validate:recommended"] }));

async function problemsIn(markup: string, name: string): Promise<string[]> {
  const report = await validator.validateString(markup, name);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector ?? ""}]`),
  );
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html") && !path.join(e.parentPath, e.name).includes(`${path.sep}pagefind${path.sep}`))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe("HTML validity (html-validate:recommended)", () => {
  let site: BuildResult;
  beforeAll(async () => {
    site = await buildSite("html-validity", { from: "archive", files: readerFixtureFiles(), siteUrl: "https://owner.github.io/news-archive/" });
    if (!site.ok) throw new Error(site.stderr);
  });

  it("catches what it is meant to catch", async () => {
    const problems = await problemsIn('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p style="color:red">x</p></body></html>', "probe");
    expect(problems.join("\n")).toMatch(/no-inline-style/);
  });

  it.each(Object.entries({ ...PAGE_TYPES, "redirect from a former URL": REDIRECT_PAGE }))("%s (%s) has no errors", async (_type, url) => {
    const markup = await site.read(url);
    expect(await problemsIn(markup, url)).toEqual([]);
  });

  it("every page the build writes has no errors", async () => {
    const files = await htmlFiles(site.output);
    expect(files.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const file of files) problems.push(...(await problemsIn(await readFile(path.join(site.output, file), "utf8"), file)));
    expect(problems).toEqual([]);
  });
});
