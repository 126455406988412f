import { site } from "../src/_data/site.ts";
import type { YearCount } from "../src/model/archive.ts";
import { html } from "../src/render/html.ts";
import { absoluteUrl, href, paths } from "../src/render/urls.ts";
import { dataPaths } from "../src/outputs/data-export.ts";
import { indexStylesheet } from "./partials/calendar.ts";
import { layout } from "./layouts/base.ts";

function articles(count: number): string {
  return count === 1 ? "1 article" : `${count.toLocaleString("en-GB")} articles`;
}

/** /data/: what the open data holds and how to load it. */
export function openDataPage(years: readonly YearCount[], total: number): string {
  const firstYear = [...years].sort((a, b) => b.year - a.year)[0]?.year;
  const example = absoluteUrl(dataPaths.year(firstYear ?? 2026));
  return layout(
    {
      title: "Open data",
      description: `Every article of ${site.title} as data: JSON Lines per year, one CSV, and a Frictionless Data package.`,
      path: dataPaths.page,
      breadcrumbs: [{ label: "Home", url: paths.home() }],
      head: indexStylesheet(),
    },
    html`<h1>Open data</h1>
<p class="lead">Every published article (${articles(total)}), for analysis. The files are rewritten by every build.</p>
<ul>
<li><a href="${href(dataPaths.dataPackage)}">datapackage.json</a>: a <a href="https://specs.frictionlessdata.io/data-package/">Frictionless Data package</a> naming every file with its size, hash and fields.</li>
<li><a href="${href(dataPaths.csv)}">articles.csv</a>: one article a row, without the body; lists are joined with “; ”.</li>
</ul>
<h2>One file per year</h2>
<p>Each line is one article as JSON: <code>url</code>, <code>title</code>, <code>date</code> and <code>updated</code> as written, <code>byline</code>, <code>tags</code> (each with its <code>kind</code>), <code>lang</code>, <code>summary</code>, <code>text</code> (the Markdown body exactly as written) and <code>corrections</code>.</p>
<ul class="archive-months">
${years.map((year) => html`<li><a href="${href(dataPaths.year(year.year))}">articles-${year.year}.jsonl</a> <span class="count">${articles(year.count)}</span></li>`)}
</ul>
<h2>Loading it</h2>
<p>Python, with pandas:</p>
<pre class="code"><code>import pandas as pd
articles = pd.read_json("${example}", lines=True)
table = pd.read_csv("${absoluteUrl(dataPaths.csv)}", keep_default_na=False)</code></pre>
<p>Node:</p>
<pre class="code"><code>const text = await (await fetch("${example}")).text();
const articles = text.split("\\n").filter(Boolean).map((line) =&gt; JSON.parse(line));</code></pre>`,
  );
}
