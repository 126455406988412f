/**
 * GitHub Pages publishes at most 1 GB: `npm run build` says so when the site it wrote is
 * larger than the limit (a setting, SITE_SIZE_WARNING_BYTES, so a small fixture can pass it),
 * and still publishes the site.
 */
import { describe, expect, it } from "vitest";
import { sizeWarning } from "../../src/cli/site-size.ts";
import { readSettings, GITHUB_PAGES_LIMIT } from "../../src/settings.ts";
import { buildSite } from "../helpers/build.ts";

describe("the warning when the site passes GitHub Pages' 1 GB", () => {
  it("is printed by a build whose site is larger than the limit, which still publishes it", async () => {
    const site = await buildSite("site-size-over", { from: "archive", env: { SITE_SIZE_WARNING_BYTES: "100000" } });
    expect(site.ok, site.stderr).toBe(true);
    expect(site.stderr).toMatch(/Warning: the site is [\d.]+ MB, \d+\.\d kB per article, more than 0\.1 MB: GitHub Pages publishes sites of at most 1 GB/);
    expect(await site.read("/")).toContain("<html");
  });

  it("is not printed when the site is within the limit", async () => {
    const site = await buildSite("site-size-under", { from: "archive" });
    expect(site.ok, site.stderr).toBe(true);
    expect(site.stderr).not.toContain("Warning: the site is");
  });

  it("defaults to GitHub's 1 GB and takes a positive whole number of bytes", () => {
    expect(readSettings({}).siteSizeWarningBytes).toBe(GITHUB_PAGES_LIMIT);
    expect(readSettings({ SITE_SIZE_WARNING_BYTES: "5000" }).siteSizeWarningBytes).toBe(5000);
    expect(() => readSettings({ SITE_SIZE_WARNING_BYTES: "1GB" })).toThrow(/SITE_SIZE_WARNING_BYTES: "1GB" is not a positive whole number/);
  });

  it("names the size, the size per article and the limit", () => {
    expect(sizeWarning(999_999_999, GITHUB_PAGES_LIMIT, 1000)).toBeUndefined();
    expect(sizeWarning(1_250_000_000, GITHUB_PAGES_LIMIT, 50_000)).toBe(
      "Warning: the site is 1.25 GB, 25.0 kB per article, more than 1.00 GB: GitHub Pages publishes sites of at most 1 GB, and a larger one may fail to deploy.",
    );
  });
});
