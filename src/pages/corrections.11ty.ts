import { layout } from "../../_includes/layouts/base.ts";
import { correctionsList } from "../../_includes/partials/corrections-list.ts";
import { site } from "../_data/site.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { html } from "../render/html.ts";
import { href, paths } from "../render/urls.ts";
import { correctionsFingerprint } from "../outputs/corrections-feed.ts";

/** /corrections/: every correction in the archive, newest first, each linking its article. */
export default definePage({
  items: async () => [(await getArchive()).corrections],
  url: () => paths.corrections,
  fingerprint: correctionsFingerprint,
  render: (corrections) =>
    layout(
      {
        title: "Corrections",
        description: `Every correction ${site.title} has made to its articles, newest first.`,
        path: paths.corrections,
        breadcrumbs: [{ label: "Home", url: paths.home() }],
        head: html`<link rel="alternate" type="application/atom+xml" title="Corrections (Atom)" href="${href(paths.correctionsFeed)}">`,
      },
      html`<h1>Corrections</h1>
<p class="lead">When an article gets something wrong, it is corrected and the correction is dated on the article and listed here. <a href="${href(paths.correctionsFeed)}">Atom feed of corrections</a>.</p>
${correctionsList(corrections)}`,
    ),
});
