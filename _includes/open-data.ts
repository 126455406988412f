import { site } from "../src/_data/site.ts";
import type { YearCount } from "../src/model/archive.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { absoluteUrl, href, paths } from "../src/render/urls.ts";
import { dataPaths } from "../src/outputs/data-export.ts";
import { stringsFor } from "../src/strings/index.ts";
import { indexStylesheet } from "./partials/calendar.ts";
import { layout } from "./layouts/base.ts";

/** Words with `field` names between backticks, the names shown as code. */
function withCode(text: string): SafeHtml {
  return html`${text.split("`").map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;
}

/** /data/: what the open data holds and how to load it. */
export function openDataPage(years: readonly YearCount[], total: number): string {
  const firstYear = [...years].sort((a, b) => b.year - a.year)[0]?.year;
  const example = absoluteUrl(dataPaths.year(firstYear ?? 2026));
  const t = stringsFor(site.language);
  return layout(
    {
      title: t.openDataTitle,
      description: t.openDataDescription(site.title),
      path: dataPaths.page,
      breadcrumbs: [{ label: t.home, url: paths.home() }],
      head: indexStylesheet(),
    },
    html`<h1>${t.openDataTitle}</h1>
<p class="lead">${t.openDataLead(total)}</p>
<ul>
<li><a href="${href(dataPaths.dataPackage)}">datapackage.json</a>${t.dataPackageItem[0]}<a href="https://specs.frictionlessdata.io/data-package/">${t.dataPackageSpec}</a>${t.dataPackageItem[1]}</li>
<li><a href="${href(dataPaths.csv)}">articles.csv</a>${t.csvItem}</li>
</ul>
<h2>${t.oneFilePerYear}</h2>
<p>${withCode(t.jsonLinesFields)}</p>
<ul class="archive-months">
${years.map((year) => html`<li><a href="${href(dataPaths.year(year.year))}">articles-${year.year}.jsonl</a> <span class="count">${t.articles(year.count)}</span></li>`)}
</ul>
<h2>${t.loadingIt}</h2>
<p>${t.withPandas}</p>
<pre class="code"><code>import pandas as pd
articles = pd.read_json("${example}", lines=True)
table = pd.read_csv("${absoluteUrl(dataPaths.csv)}", keep_default_na=False)</code></pre>
<p>${t.withNode}</p>
<pre class="code"><code>const text = await (await fetch("${example}")).text();
const articles = text.split("\\n").filter(Boolean).map((line) =&gt; JSON.parse(line));</code></pre>`,
  );
}
