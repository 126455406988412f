import { chromium } from "playwright-core";
import { serveSite } from "../tests/helpers/server.ts";
const root = process.argv[2]!;
const port = Number(process.argv[3]);
const server = await serveSite({ root, prefix: "/news-archive/", port });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const q of process.argv.slice(4)) {
  const page = await browser.newPage();
  page.on("console", (m) => console.log("console:", m.text().slice(0, 200)));
  const t0 = Date.now();
  const n0 = server.requests.length;
  await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /found/.test(document.getElementById("search-status")?.textContent ?? ""), null, { timeout: 60000 });
  console.log(q, Date.now() - t0, "ms", server.requests.length - n0, "requests", await page.textContent("#search-status"));
  await page.close();
}
await browser.close(); await server.close();
