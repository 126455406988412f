/**
 * Real Chromium for browser tests, through playwright-core and the system's Chromium
 * (Debian's `chromium` package; CI installs it). Without one, browser suites are skipped
 * with one loud line saying how to install it; in CI a missing browser is a failure.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: CI must install it (apt-get install chromium)`);
  console.warn(
    `\n!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}. Install it with \`sudo apt-get install chromium\` or set CHROMIUM_PATH. !!!\n`,
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
