/**
 * `npm run screenshots`: builds the fixture archive, serves it, and writes PNGs of the home and
 * article pages (and the archive and search pages) at phone and desktop widths, light and dark,
 * and the article as printed, to tests/.output/screenshots/ — for looking at the design, not
 * for asserting on it.
 */
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { buildSite, OUTPUT_ROOT } from "./helpers/build.ts";
import { launchChromium } from "./helpers/browser.ts";
import { serveSite } from "./helpers/server.ts";

const OUT = path.join(OUTPUT_ROOT, "screenshots");

const PAGES = [
  { name: "home", path: "" },
  { name: "article", path: "2026/02/26/us-iran-talks-geneva-significant-progress/" },
  { name: "article-fa", path: "2026/03/01/persian-report/" },
  { name: "archive", path: "archive/" },
  { name: "search", path: "search/?q=Geneva" },
] as const;

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844, scale: 2 },
  { name: "desktop", width: 1280, height: 900, scale: 1 },
] as const;

const SCHEMES = ["light", "dark"] as const;

async function main(): Promise<void> {
  const server = await serveSite();
  const build = await buildSite("screenshots", { from: "archive", siteUrl: server.url });
  if (!build.ok) throw new Error(`fixture build failed:\n${build.stderr}`);
  server.setRoot(build.output);
  await mkdir(OUT, { recursive: true });
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const viewport of VIEWPORTS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          deviceScaleFactor: viewport.scale,
          colorScheme,
        });
        const page = await context.newPage();
        for (const target of PAGES) {
          await page.goto(server.url + target.path, { waitUntil: "networkidle" });
          const file = path.join(OUT, `${target.name}-${viewport.name}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
        }
        await context.close();
      }
    }
    // The printed article: print media, A4-ish width, light.
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(server.url + PAGES[1].path, { waitUntil: "load" });
    const file = path.join(OUT, "article-print.png");
    await page.screenshot({ path: file, fullPage: true });
    written.push(file);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
    await rm(path.dirname(build.output), { recursive: true, force: true });
  }
  console.log(`Wrote ${written.length} screenshots to ${path.relative(process.cwd(), OUT)}/`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
