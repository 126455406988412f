/**
 * Writes /data/ into the output folder, streaming: one article's line at a time goes to disk,
 * so 100,000 articles never sit in memory as one string (the per-year files together hold
 * every body the archive has). Each file's size and SHA-256 are counted as it is written, for
 * the data package.
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import type { Archive, Article } from "../model/archive.ts";
import { outputPath } from "../render/urls.ts";
import { csvHeader, csvRow, dataPackage, dataPaths, DATA_DIR, FILE_LIMIT_BYTES, jsonLine, type WrittenFile } from "./data-export.ts";

class FileTooLarge extends Error {}

async function writeLines(outputDir: string, urlPath: string, lines: Iterable<string>): Promise<WrittenFile> {
  const file = outputPath(outputDir, urlPath);
  const stream = createWriteStream(file);
  const hash = createHash("sha256");
  let bytes = 0;
  let rows = 0;
  try {
    for (const line of lines) {
      const chunk = Buffer.from(line, "utf8");
      bytes += chunk.length;
      if (bytes >= FILE_LIMIT_BYTES) {
        throw new FileTooLarge(`${urlPath} would be larger than GitHub's 100 MB file limit; the open data needs splitting further`);
      }
      hash.update(chunk);
      rows++;
      if (!stream.write(chunk)) await once(stream, "drain");
    }
  } finally {
    stream.end();
    await once(stream, "close");
  }
  return { path: urlPath, bytes, sha256: hash.digest("hex"), rows };
}

function* map<T>(items: readonly T[], line: (item: T) => string, header?: string): Generator<string> {
  if (header !== undefined) yield header;
  for (const item of items) yield line(item);
}

/** Every published article (the model holds no drafts), oldest first in each file. */
export async function writeOpenData(archive: Pick<Archive, "articles">, outputDir: string): Promise<WrittenFile[]> {
  const folder = outputPath(outputDir, DATA_DIR);
  await mkdir(folder, { recursive: true });
  // A year that has no articles any more must not leave its file behind.
  for (const name of await readdir(folder)) if (/^articles-\d+\.jsonl$/.test(name)) await rm(path.join(folder, name), { force: true });

  const oldestFirst = [...archive.articles].reverse();
  const byYear = new Map<number, Article[]>();
  for (const article of oldestFirst) {
    const list = byYear.get(article.date.year);
    if (list) list.push(article);
    else byYear.set(article.date.year, [article]);
  }
  const years: WrittenFile[] = [];
  for (const [year, articles] of [...byYear].sort(([a], [b]) => a - b)) {
    years.push(await writeLines(outputDir, dataPaths.year(year), map(articles, jsonLine)));
  }
  const csv = await writeLines(outputDir, dataPaths.csv, map(oldestFirst, csvRow, csvHeader()));
  const csvFile = { ...csv, rows: csv.rows - 1 };
  await writeFile(path.join(folder, "datapackage.json"), `${JSON.stringify(dataPackage(years, csvFile), null, 2)}\n`);
  return [...years, csvFile];
}
