/**
 * A hostile article (script tags, event handlers and javascript: URLs in its headline,
 * summary, tags, byline, dateline and body) in real Chromium: on its page, the home page,
 * its tag page and the search page nothing of it runs, it reads as text, and the strict
 * Content-Security-Policy blocks nothing the site itself needs, search included.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../_includes/layouts/base.ts";
import { hasChromium } from "../helpers/browser.ts";
import { FIXTURES } from "../helpers/build.ts";
import { serveBuild, type ServedBuild } from "../helpers/served-build.ts";
import type { ServedSite } from "../helpers/server.ts";

const TITLE = `<script>window.__pwned = 'title'</script><img src=x onerror="window.__pwned='title-img'"> Zephyrquokka & "quotes"`;
const ARTICLE = "2026/02/27/unsafe-copy/";

interface Visit {
  page: Page;
  dialogs: string[];
  console: string[];
  errors: string[];
  /** Everything the Content-Security-Policy blocked: each is something that tried to run or load. */
  violations(): Promise<string[]>;
  /** Script-capable things in the live DOM: inline scripts, on* attributes, script URLs, frames. */
  activeContent(): Promise<string[]>;
  pwned(): Promise<unknown>;
}

describe.skipIf(!hasChromium)("a hostile article in Chromium", () => {
  let served: ServedBuild;
  let server: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    const source = await readFile(path.join(FIXTURES, "unsafe/2026-02-27-unsafe-copy.md"), "utf8");
    served = await serveBuild("browser-hostile", { from: "archive", files: { "2026/2026-02-27-unsafe-copy.md": source } });
    ({ server, browser } = served);
    const { site } = served;
    // A control page beside the site, not part of it: proves the instruments below see a script that runs and one the policy blocks.
    await mkdir(path.join(site.output, "zz-control"), { recursive: true });
    await writeFile(path.join(site.output, "zz-control/run.js"), "window.__pwned = 'control'; alert('control');\n");
    await writeFile(
      path.join(site.output, "zz-control/index.html"),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` +
        `<title>control</title><script src="run.js"></script></head><body><p>control</p><script>alert('inline')</script><img src=x onerror="alert('onerror')"></body></html>`,
    );
  });

  afterAll(async () => {
    await served?.close();
  });

  async function visit(urlPath: string, ready?: (page: Page) => Promise<unknown>): Promise<Visit> {
    const page = await browser.newPage();
    const visit: Visit = {
      page,
      dialogs: [],
      console: [],
      errors: [],
      violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
      activeContent: () =>
        page.evaluate(() => {
          const found: string[] = [];
          for (const element of document.querySelectorAll("*")) {
            if (element.tagName === "SCRIPT" && element.getAttribute("type") !== "application/ld+json" && !element.hasAttribute("src")) {
              found.push(`inline script: ${element.textContent}`);
            }
            if (["IFRAME", "FRAME", "OBJECT", "EMBED"].includes(element.tagName)) found.push(`element ${element.tagName}`);
            for (const attribute of element.attributes) {
              if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
              if (/^\s*(javascript|vbscript|data):/i.test(attribute.value) && ["href", "src", "action", "formaction"].includes(attribute.name)) {
                found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
              }
            }
          }
          return found;
        }),
      pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    };
    page.on("dialog", (dialog) => {
      visit.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("console", (message) => visit.console.push(`${message.type()}: ${message.text()}`));
    page.on("pageerror", (error) => visit.errors.push(error.message));
    await page.addInitScript(() => {
      const record: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = record;
      document.addEventListener("securitypolicyviolation", (event) => {
        record.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sample})`);
      });
    });
    const response = await page.goto(new URL(urlPath, server.url).href, { waitUntil: "load" });
    expect(response?.status(), urlPath).toBe(200);
    await ready?.(page);
    // Give anything that might run late (an onerror on a broken image, a deferred script) its chance.
    await page.waitForTimeout(300);
    return visit;
  }

  async function expectHarmless(visit: Visit, where: string) {
    expect(visit.dialogs, `dialogs on ${where}`).toEqual([]);
    expect(visit.errors, `page errors on ${where}`).toEqual([]);
    expect(visit.console, `console on ${where}`).toEqual([]);
    expect(await visit.violations(), `CSP violations on ${where}`).toEqual([]);
    expect(await visit.pwned(), `window.__pwned on ${where}`).toBeUndefined();
    expect(await visit.activeContent(), `active content on ${where}`).toEqual([]);
  }

  it("(control) a script that runs and one the policy blocks are both seen", async () => {
    const v = await visit("zz-control/");
    expect(v.dialogs).toEqual(["alert: control"]);
    expect(await v.pwned()).toBe("control");
    const violations = await v.violations();
    expect(violations.length).toBeGreaterThanOrEqual(2);
    expect(violations.every((line) => line.startsWith("script-src"))).toBe(true);
    expect(await v.activeContent()).toEqual(["inline script: alert('inline')", "IMG onerror"]);
    await v.page.close();
  });

  it("its article page runs nothing and shows the text as written", async () => {
    const v = await visit(ARTICLE);
    await expectHarmless(v, "the article page");
    expect(await v.page.locator("article h1").textContent()).toBe(TITLE);
    const body = (await v.page.locator(".article-body").textContent()) ?? "";
    expect(body).toContain("<script>window.__pwned = 'body'</script>");
    expect(body).toContain(`<img src=x onerror="alert('body-img')">`);
    expect(await v.page.locator(".article-body a, .article-body img").count()).toBe(0);
    // Hover and click everything the hostile text touches: no handler may be waiting for a reader.
    for (const selector of ["article h1", ".article-body p", "a[rel=tag]", ".byline", ".dateline"]) {
      for (const element of await v.page.locator(selector).all()) await element.hover().catch(() => undefined);
    }
    await v.page.locator(".article-body p").first().click();
    await expectHarmless(v, "the article page after hovering");
    const jsonLd = await v.page.locator('script[type="application/ld+json"]').textContent();
    expect((JSON.parse(jsonLd ?? "") as { headline: string }).headline).toBe(TITLE);
    await v.page.close();
  });

  it("the home page runs nothing", async () => {
    const v = await visit("");
    await expectHarmless(v, "the home page");
    expect(await v.page.locator(`a[href$="${ARTICLE}"]`).first().textContent()).toBe(TITLE);
    await v.page.close();
  });

  it("its tag pages run nothing", async () => {
    const tags = {
      "tags/script-window-pwned-tag-script/": "<script>window.__pwned='tag'</script>",
      "tags/onmouseover-window-pwned-attr/": `" onmouseover="window.__pwned='attr'`,
    };
    for (const [tag, name] of Object.entries(tags)) {
      const v = await visit(tag);
      await expectHarmless(v, tag);
      expect(await v.page.locator("h1").textContent()).toContain(name);
      await v.page.close();
    }
  });

  it("the search page finds it, shows it as text, and runs nothing under the policy", async () => {
    const v = await visit("search/?q=zephyrquokka", (page) => page.locator("#search-results li").first().waitFor({ timeout: 20_000 }));
    await expectHarmless(v, "the search page");
    const link = v.page.locator("#search-results li a").first();
    expect(await link.textContent()).toBe(TITLE);
    expect(await link.getAttribute("href")).toMatch(new RegExp(`^/news-archive/${ARTICLE}`));
    expect(await v.page.locator("#search-results script, #search-results img, #search-results iframe").count()).toBe(0);
    const excerpt = (await v.page.locator("#search-results li .search-excerpt").first().textContent()) ?? "";
    // The excerpt is the indexed text, shown as text: markup as written.
    expect(excerpt).toContain(`<script>window.__pwned = 'body'</script> <img src=x onerror="alert('body-img')">`);
    expect(excerpt).toContain("Zephyrquokka");
    // The search box is typed into, as a reader would, and a second search runs under the same policy.
    await v.page.locator("#search-q").fill("window.__pwned body");
    await v.page.locator("#search-q").press("Enter");
    await v.page.locator("#search-results li").first().waitFor({ timeout: 20_000 });
    await v.page.waitForTimeout(300);
    await expectHarmless(v, "the search page after a second search");
    await v.page.close();
  });

  it("its author pages, /authors/ and /corrections/ run nothing and show names and corrections as written", async () => {
    for (const [where, heading] of [
      ["authors/img-src-x-onerror-alert-byline/", `<img src=x onerror="alert('byline')">`],
      ["authors/o-brien-and-sons/", "O'Brien & <Sons>"],
    ] as const) {
      const v = await visit(where);
      await expectHarmless(v, where);
      expect(await v.page.locator("main h1").textContent()).toBe(heading);
      await v.page.close();
    }
    const authors = await visit("authors/");
    await expectHarmless(authors, "authors/");
    expect(await authors.page.locator(".author-list a").allTextContents()).toEqual(expect.arrayContaining([`<img src=x onerror="alert('byline')">`, "O'Brien & <Sons>"]));
    await authors.page.close();
    const corrections = await visit("corrections/");
    await expectHarmless(corrections, "corrections/");
    const text = (await corrections.page.locator(".correction-text").first().textContent()) ?? "";
    expect(text).toContain("<script>window.__pwned='correction'</script>");
    expect(text).toContain("{{ title }} {% raw %}");
    // Hover and click what the hostile text touches, as on the article page.
    for (const element of await corrections.page.locator(".correction-text, .correction-list h2 a").all()) await element.hover().catch(() => undefined);
    await corrections.page.locator(".correction-text").first().click();
    await expectHarmless(corrections, "corrections/ after hovering");
    await corrections.page.close();
  });

  it("its former URL leads to it and runs nothing on the way", async () => {
    const v = await visit("2026/02/27/unsafe-copy-before/");
    await v.page.waitForURL(new URL(ARTICLE, server.url).href);
    await expectHarmless(v, "the article reached from its former URL");
    expect(await v.page.locator("article h1").textContent()).toBe(TITLE);
    const corrections = (await v.page.locator("#corrections .correction-text").textContent()) ?? "";
    expect(corrections).toContain(`<img src=x onerror="window.__pwned='correction-img'">`);
    await v.page.close();
  });

  it("the other pages need nothing the policy blocks", async () => {
    for (const page of ["archive/", "tags/", "2026/", "2026/02/", "404.html"]) {
      const v = await visit(page);
      await expectHarmless(v, page);
      await v.page.close();
    }
  });
});
