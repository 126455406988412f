import type { Browser } from "playwright-core";
import { launchChromium } from "./browser.ts";
import { buildSite, type BuildOptions, type BuildResult } from "./build.ts";
import { serveSite, type ServedSite } from "./server.ts";

export interface ServedBuild {
  server: ServedSite;
  site: BuildResult;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * A fixture archive built for the address it is served from (the server listens first, so
 * SITE_URL can name its port), served as GitHub Pages would, with Chromium open on it.
 */
export async function serveBuild(name: string, options: Omit<BuildOptions, "siteUrl"> & { prefix?: string }): Promise<ServedBuild> {
  const { prefix = "/news-archive/", ...build } = options;
  const server = await serveSite({ prefix });
  const site = await buildSite(name, { ...build, siteUrl: server.url });
  if (!site.ok) {
    await server.close();
    throw new Error(`fixture build failed:\n${site.stderr}`);
  }
  server.setRoot(site.output);
  const browser = await launchChromium();
  return {
    server,
    site,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
