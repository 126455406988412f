import { describe, expect, it } from "vitest";
import { describeBuildFailure } from "../../src/cli/build-failure.ts";
import { ContentError } from "../../src/model/problems.ts";

/** As Eleventy wraps what a template throws. */
function wrapped(inner: unknown, message = "Having trouble rendering 11ty.js template ./src/pages/article.11ty.ts"): Error {
  const outer = new Error(message);
  outer.name = "TemplateContentRenderError";
  (outer as Error & { originalError: unknown }).originalError = inner;
  return outer;
}

describe("describing a failed build", () => {
  it("gives a content error's own lines, found inside Eleventy's wrapper, with no stack trace", () => {
    const content = new ContentError([{ file: "articles/2026/a.md", field: "title", message: "required" }]);
    const text = describeBuildFailure(wrapped(content));
    expect(text).toBe("1 problem in the articles:\n  articles/2026/a.md: title: required");
    expect(text).not.toMatch(/^\s+at /m);
  });

  it("gives a code error where Eleventy met it, then the original error with its stack", () => {
    const bug = new Error("a template failed on purpose");
    const text = describeBuildFailure(wrapped(bug));
    expect(text.split("\n")[0]).toContain("Having trouble rendering");
    expect(text).toContain("Error: a template failed on purpose");
    expect(text).toMatch(/^\s+at /m);
  });

  it("follows `cause` as well as `originalError`, and copes with what is not an Error", () => {
    const search = new Error("Search index: Pagefind's process was killed (SIGKILL) before it finished indexing");
    search.name = "SearchIndexError";
    expect(describeBuildFailure(new Error("outer", { cause: search }))).toBe(search.message);
    expect(describeBuildFailure("just a string")).toBe("just a string");
  });
});
