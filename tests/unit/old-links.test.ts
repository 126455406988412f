import { describe, expect, it } from "vitest";
import type { ImportedArticle } from "../../src/import/article.ts";
import { oldLinks } from "../../src/import/old-links.ts";
import { sourceDate } from "../../src/import/front-matter.ts";

function article(body: string, more: Partial<ImportedArticle> = {}): ImportedArticle {
  return { origin: "test", title: "T", date: sourceDate("2020-01-02")!, tags: [], aliases: [], body, slug: "t", assets: [], review: [], notes: [], ...more };
}

describe("links to the old site's pages when migrating", () => {
  it("point to a post imported in an earlier run, when this run comes from the same old site", () => {
    const later = article("See [the first part](https://blog.example/2019/05/01/part-one/#end).", { oldSite: "https://blog.example", aliases: ["/2020/01/02/part-two/"] });
    expect(oldLinks([later], { urls: [], aliases: ["/2019/05/01/part-one/"] }).pointHere(later)).toBe(1);
    expect(later.body).toBe("See [the first part](/2019/05/01/part-one/#end).");
    expect(later.notes).toEqual(["1 link to the old site's pages now in the archive points to them here"]);
  });

  it("leave links to pages not in the archive, other sites and other queries as written", () => {
    const body = "[a](https://blog.example/about/) [b](https://other.example/2019/05/01/part-one/) [c](https://blog.example/2019/05/01/part-one/?replytocom=3) [d](https://blog.example/2019/05/01/part-one/more/)";
    const post = article(body, { oldSite: "https://blog.example" });
    expect(oldLinks([post], { urls: [], aliases: ["/2019/05/01/part-one/"] }).pointHere(post)).toBe(0);
    expect(post.body).toBe(body);
    expect(post.notes).toEqual([]);
  });

  it("never change a URL that is not a link, nor anything when no article came from an old site", () => {
    const body = "Write `[x](https://blog.example/2019/05/01/part-one/)` to link.\n\n    [y](https://blog.example/2019/05/01/part-one/)\n";
    const post = article(body, { oldSite: "https://blog.example" });
    expect(oldLinks([post], { urls: [], aliases: ["/2019/05/01/part-one/"] }).pointHere(post)).toBe(0);
    const dispatch = article("[x](https://blog.example/2019/05/01/part-one/)");
    expect(oldLinks([dispatch], { urls: [], aliases: ["/2019/05/01/part-one/"] }).pointHere(dispatch)).toBe(0);
  });

  it("read WordPress's ?p= and ?page_id= addresses and old index.html paths as the post's", () => {
    const target = article("Text.", { oldSite: "https://news.example", aliases: ["/2019/05/01/part-one/"], otherOldAddresses: ["https://news.example/?p=42"] });
    const post = article("[a](http://www.news.example/?p=42) [b](https://news.example/?page_id=42#x) [c](https://news.example/2019/05/01/part-one/index.html)", { oldSite: "https://news.example" });
    expect(oldLinks([target, post], { urls: [], aliases: [] }).pointHere(post)).toBe(3);
    expect(post.body).toBe("[a](/2019/05/01/part-one/) [b](/2019/05/01/part-one/#x) [c](/2019/05/01/part-one/)");
  });
});

describe("links written relative to the old site", () => {
  it("point to the archive's page when it holds it, else to the old site's, reported; the archive's own URLs, pictures, mail and fragments stay", () => {
    const post = article("[a](/about/) [b](../01/part-one.html#x) [c](/2019/05/03/part-three/) [d](../../../tags/) [e](chart.png) [f](mailto:x@blog.example) [g](#top) [h](//cdn.example/x.js)", {
      oldSite: "https://blog.example",
      oldPage: "/2019/05/02/part-two.html",
      aliases: ["/2019/05/02/part-two.html"],
      assets: [{ name: "chart.png", from: "/old/chart.png" }],
    });
    expect(oldLinks([post], { urls: ["/2019/05/03/part-three/"], aliases: ["/2019/05/01/part-one.html"] }).pointHere(post)).toBe(3);
    expect(post.body).toBe("[a](https://blog.example/about/) [b](/2019/05/01/part-one.html#x) [c](/2019/05/03/part-three/) [d](https://blog.example/tags/) [e](chart.png) [f](mailto:x@blog.example) [g](#top) [h](//cdn.example/x.js)");
    expect(post.review).toEqual(["2 links to pages of the old site not in the archive now point there (https://blog.example): /about/, ../../../tags/"]);
  });

  it("keep a relative link to a page the archive serves, as its path; and leave relative links alone when the post's old address is unknown", () => {
    const known = article("[next](../../03/part-three/)", { oldSite: "https://blog.example/news", oldPage: "/2019/05/02/part-two/" });
    oldLinks([known], { urls: ["/2019/05/03/part-three/"], aliases: [] }).pointHere(known);
    expect(known.body).toBe("[next](/2019/05/03/part-three/)");
    const unknown = article("[next](../03/part-three/) [home](/)", { oldSite: "https://blog.example/news" });
    oldLinks([unknown], { urls: [], aliases: [] }).pointHere(unknown);
    expect(unknown.body).toBe("[next](../03/part-three/) [home](https://blog.example/)");
  });
});

describe("a post whose old address is its URL here", () => {
  it("is linked at that address, though it needs no alias", () => {
    const same = article("Text.", { oldSite: "https://blog.example", oldPage: "/2020/01/02/t/" });
    const post = article("[same](https://blog.example/2020/01/02/t/#end)", { oldSite: "https://blog.example" });
    expect(oldLinks([same, post], { urls: [], aliases: [] }).pointHere(post)).toBe(1);
    expect(post.body).toBe("[same](/2020/01/02/t/#end)");
  });
});

describe("a link that already names a post's old path here", () => {
  it("is left as written and not counted", () => {
    const post = article("[the first part](/2019/05/01/part-one/#end)", { oldSite: "https://blog.example", oldPage: "/2019/05/02/part-two/" });
    expect(oldLinks([post], { urls: [], aliases: ["/2019/05/01/part-one/"] }).pointHere(post)).toBe(0);
    expect(post.body).toBe("[the first part](/2019/05/01/part-one/#end)");
    expect(post.notes).toEqual([]);
  });
});
