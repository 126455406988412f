/**
 * The reader's experience in real Chromium: axe-core on every page type in light and dark,
 * keyboard use (skip link, visible focus, "/" for search), right-to-left articles, phone
 * widths, dark mode and print.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import axe from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium } from "../helpers/browser.ts";
import type { BuildResult } from "../helpers/build.ts";
import { PAGE_TYPES, readerFixtureFiles, REDIRECT_PAGE } from "../helpers/reader-fixture.ts";
import { serveBuild, type ServedBuild } from "../helpers/served-build.ts";
import type { ServedSite } from "../helpers/server.ts";

const PREFIX = "/news-archive/";

/** Every page type, and the search page once it has shown results. */
const AXE_PAGES = { ...PAGE_TYPES, "search with results": "/search/?q=Geneva" };

interface Finding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

describe.skipIf(!hasChromium)("reader experience in Chromium", () => {
  let served: ServedBuild;
  let server: ServedSite;
  let site: BuildResult;
  let browser: Browser;

  beforeAll(async () => {
    served = await serveBuild("accessibility", { prefix: PREFIX, from: "archive", files: readerFixtureFiles() });
    ({ server, site, browser } = served);
  });

  afterAll(async () => {
    await served?.close();
  });

  const url = (sitePath: string) => server.url + sitePath.replace(/^\//, "");

  async function open(context: BrowserContext, sitePath: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("response", (response) => {
      if (response.status() >= 400 && response.url() !== url(sitePath)) errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(url(sitePath), { waitUntil: "load" });
    return { page, errors };
  }

  /** axe-core's serious and critical violations. Injected through the DevTools protocol, which the page's CSP does not govern. */
  async function seriousViolations(page: Page): Promise<Finding[]> {
    await page.evaluate(axe.source);
    const results = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }),
    );
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
  }

  for (const colorScheme of ["light", "dark"] as const) {
    describe(`axe-core, ${colorScheme}`, () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      });
      afterAll(async () => context?.close());

      it.each(Object.entries(AXE_PAGES))("%s (%s): no serious or critical violations, no errors", async (_type, sitePath) => {
        const { page, errors } = await open(context, sitePath);
        // The search page loads its script after the page; let it settle before checking.
        if (sitePath.startsWith(PAGE_TYPES.search)) await page.waitForLoadState("networkidle");
        expect(await seriousViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      });
    });
  }

  describe("a former URL (alias)", () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => context?.close());

    it("takes the reader straight to the article", async () => {
      const { page, errors } = await open(context, REDIRECT_PAGE);
      await page.waitForURL(url(PAGE_TYPES["article with every field"]));
      expect(await page.locator("h1").textContent()).toMatch(/^Negotiators from both delegations/);
      expect(errors).toEqual([]);
      await page.close();
    });

    it("reads well before the refresh: no serious or critical axe violations", async () => {
      const page = await context.newPage();
      // The page as served, less its refresh, so axe sees it instead of the article it leads to.
      await page.route(url(REDIRECT_PAGE), async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, "");
        expect(body).not.toContain("refresh");
        await route.fulfill({ response, body });
      });
      await page.goto(url(REDIRECT_PAGE), { waitUntil: "load" });
      expect(await page.getByRole("link", { name: /^Negotiators from both delegations/ }).count()).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  });

  describe("reading", () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => context?.close());

    it("renders the Persian article right to left, dated on its Gregorian day in Persian", async () => {
      const { page } = await open(context, PAGE_TYPES["Persian article"]);
      const article = page.locator("article");
      expect(await article.getAttribute("lang")).toBe("fa");
      expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
      expect(await page.locator("article .article-body p").first().evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
      const time = page.locator("article header time").first();
      expect(await time.getAttribute("datetime")).toBe("2026-03-01");
      // ۱ مارس ۲۰۲۶ is 1 March 2026; the Persian calendar would say ۱۰ اسفند ۱۴۰۴.
      expect(await time.textContent()).toBe("۱ مارس ۲۰۲۶");
      // The headline's first letter sits at the right: text starts on the right edge.
      const box = await page.locator("article h1").evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect();
        const block = el.getBoundingClientRect();
        return { textRight: text.right, blockRight: block.right, textLeft: text.left, blockLeft: block.left };
      });
      expect(Math.abs(box.blockRight - box.textRight)).toBeLessThan(2);
      await page.close();
    });

    it("shows each article's date in its own language in lists, with an ISO datetime", async () => {
      const { page } = await open(context, PAGE_TYPES.home);
      const persian = page.locator('.entry[lang="fa"]');
      expect(await persian.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
      expect(await persian.locator("time").textContent()).toBe("۱ مارس ۲۰۲۶");
      const datetimes = await page.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
      expect(datetimes.length).toBeGreaterThan(5);
      for (const value of datetimes) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/);
      await page.close();
    });

    it("leads from an article to its day, month and year by breadcrumbs", async () => {
      for (const [sitePath, expected] of [
        [PAGE_TYPES.article, ["Home", "2026", "February", "26"]],
        [PAGE_TYPES.day, ["Home", "2026", "February"]],
        [PAGE_TYPES.month, ["Home", "2026"]],
      ] as const) {
        const { page } = await open(context, sitePath);
        const crumbs = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link");
        expect(await crumbs.allTextContents()).toEqual(expected);
        await page.close();
      }
    });

    it("draws the archive's months as bars that link to their months, with names and a text equivalent", async () => {
      const { page } = await open(context, PAGE_TYPES.archive);
      const bar = page.getByRole("link", { name: "February 2026: 3 articles" });
      expect(await bar.count()).toBe(1);
      expect(await page.locator(".archive-months a", { hasText: "February" }).first().isVisible()).toBe(true);
      const size = await bar.locator("rect").boundingBox();
      expect(size?.height).toBeGreaterThan(4);
      await bar.click();
      await page.waitForURL(url("/2026/02/"));
      expect(await page.locator("h1").textContent()).toBe("February 2026");
      await page.close();
    });

    it("fits a phone's width on every page type", async () => {
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
      try {
        for (const sitePath of Object.values(PAGE_TYPES)) {
          const { page } = await open(phone, sitePath);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect({ sitePath, width }).toEqual({ sitePath, width: 390 });
          await page.close();
        }
      } finally {
        await phone.close();
      }
    });

    it("switches to dark colours when the reader's system is dark", async () => {
      const luminance = async (colorScheme: "light" | "dark") => {
        const scheme = await browser.newContext({ colorScheme });
        const { page } = await open(scheme, PAGE_TYPES.article);
        const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await scheme.close();
        const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
        return (r! + g! + b!) / 3;
      };
      expect(await luminance("light")).toBeGreaterThan(200);
      expect(await luminance("dark")).toBeLessThan(50);
    });

    it("prints an article without the site's navigation, with its date and canonical URL", async () => {
      const { page } = await open(context, PAGE_TYPES.article);
      await page.emulateMedia({ media: "print" });
      for (const selector of [".site-header", ".site-footer", ".breadcrumbs", ".neighbours", ".related"]) {
        expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).display)).toBe("none");
      }
      expect(await page.locator("article time").first().isVisible()).toBe(true);
      const printed = await page.locator("article").evaluate((el) => getComputedStyle(el, "::after").content);
      expect(printed).toContain(`${server.url}2026/02/26/us-iran-talks-geneva-significant-progress/`);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(printed).toContain(canonical);
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.byteLength).toBeGreaterThan(1000);
      await page.close();
    });
  });

  describe("keyboard", () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => context?.close());

    it("offers a visible skip link first, which moves focus to the main content", async () => {
      const { page } = await open(context, PAGE_TYPES.article);
      await page.keyboard.press("Tab");
      const skip = page.locator(":focus");
      expect(await skip.textContent()).toBe("Skip to content");
      const box = await skip.boundingBox();
      expect(box && box.y >= 0 && box.x >= 0 && box.width > 20).toBe(true);
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
      await page.close();
    });

    it("shows where the focus is on every link and control", async () => {
      const { page } = await open(context, PAGE_TYPES.article);
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press("Tab");
        const outline = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        expect(outline.style, `${outline.tag} #${i}`).not.toBe("none");
        expect(outline.width).toBeGreaterThanOrEqual(2);
      }
      await page.close();
    });

    it("focuses the search box when the reader presses /, but not while typing in a field", async () => {
      const { page } = await open(context, PAGE_TYPES.article);
      await page.locator("h1").click();
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-q");
      await page.keyboard.type("a/b");
      expect(await page.inputValue("#site-search-q")).toBe("a/b");
      await page.close();
    });

    it("on the search page, / goes to the page's own search box", async () => {
      const { page } = await open(context, PAGE_TYPES.search);
      await page.locator("h1").click();
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.closest("main") !== null && (document.activeElement as HTMLInputElement).type)).toBe("search");
      await page.close();
    });

    it("keeps the keyboard script far inside the 2 kB script budget of a page", async () => {
      const size = (await stat(path.join(site.output, "assets/keys.js"))).size;
      expect(size).toBeLessThan(1024);
      const markup = await readFile(path.join(site.output, "index.html"), "utf8");
      expect(markup).toContain(`<script src="${PREFIX}assets/keys.js" defer></script>`);
    });
  });
});
