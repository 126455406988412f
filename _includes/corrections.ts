import { site } from "../src/_data/site.ts";
import type { CorrectionEntry } from "../src/model/corrections.ts";
import { html } from "../src/render/html.ts";
import { href, paths } from "../src/render/urls.ts";
import { stringsFor } from "../src/strings/index.ts";
import { correctionsList } from "./partials/corrections-list.ts";
import { layout } from "./layouts/base.ts";

/** /corrections/: every correction in the archive, newest first, each linking its article. */
export function correctionsPage(corrections: readonly CorrectionEntry[]): string {
  const t = stringsFor(site.language);
  return layout(
    {
      title: t.corrections,
      description: t.correctionsDescription(site.title),
      path: paths.corrections,
      breadcrumbs: [{ label: t.home, url: paths.home() }],
      head: html`<link rel="alternate" type="application/atom+xml" title="${t.correctionsFeedTitle}" href="${href(paths.correctionsFeed)}">`,
    },
    html`<h1>${t.corrections}</h1>
<p class="lead">${t.correctionsLead} <a href="${href(paths.correctionsFeed)}">${t.correctionsFeed}</a>.</p>
${correctionsList(corrections)}`,
  );
}
