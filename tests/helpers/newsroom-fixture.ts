/**
 * A small newsroom for the tests of authors, corrections, redirects, drafts, schedules and
 * times of day: built at a fixed "now" (SOURCE_DATE_EPOCH) so what is scheduled is fixed.
 */
import { DateTime } from "luxon";

/** 1 March 2026, 12:00 UTC: the build's clock. */
export const NOW = DateTime.fromISO("2026-03-01T12:00:00Z");
export const SOURCE_DATE_EPOCH = String(NOW.toSeconds());

/** Headlines that must appear nowhere in a published build. */
export const DRAFT_HEADLINE = "Xylophonequail draft headline";
export const SCHEDULED_HEADLINE = "Quetzalmarmot scheduled headline";
export const LATER_HEADLINE = "Wombatheron date-only next week";

/** Articles by Ana Ruiz under her vocabulary aliases, enough for a second page of her author page (20 per page). */
export const ANA_ARTICLES = 22;

export function newsroomFiles(): Record<string, string> {
  const files: Record<string, string> = {
    "2026/2026-02-26-corrected-story.md": `---
title: Corrected story from Geneva
date: 2026-02-26T18:30:00+01:00
byline: [Ana María Ruiz, Tom Lee]
updated: 2026-02-27
tags: [Diplomacy]
aliases: [/2026/02/26/old-geneva-slug/, /old/geneva-story.html]
corrections:
  - date: 2026-02-28T10:15:00+01:00
    text: "An earlier version gave the wrong *day* for the next round. It is Tuesday."
  - date: 2026-02-27
    text: |
      An earlier version misspelled the minister's name.
---

Negotiators met in Geneva on Thursday evening.
`,
    "2026/2026-03-01-today-date-only.md": `---
title: A date-only story of today
date: 2026-03-01
byline: Tom Lee
---

Published on the build's own day: a date-only article goes live at 00:00 UTC of its day.
`,
    "2026/2026-02-25-wire-copy.md": `---
title: Unsigned wire copy
date: 2026-02-25
source: Fixture Wire
---

No byline here.
`,
    "2026/2026-02-24-draft.md": `---
title: ${DRAFT_HEADLINE}
date: 2026-02-24
draft: true
byline: Draft Only Writer
tags: [Draftonlytag]
aliases: [/drafts/old-draft/]
---

A draft's body.
`,
    "2026/2026-03-03-scheduled.md": `---
title: ${SCHEDULED_HEADLINE}
date: 2026-03-03T09:00:00+01:00
byline: Scheduled Only Writer
tags: [Scheduledonlytag]
corrections:
  - date: 2026-03-04
    text: Scheduledonly correction.
---

A scheduled body.
`,
    "2026/2026-03-02-later.md": `---
title: ${LATER_HEADLINE}
date: 2026-03-02
---

Tomorrow, in the newsroom's zone.
`,
  };
  for (let i = 1; i <= ANA_ARTICLES; i++) {
    const n = String(i).padStart(2, "0");
    files[`2026/2026-01-${n}-ana-story-${n}.md`] =
      `---\ntitle: Ana's story ${n}\ndate: 2026-01-${n}\nbyline: ${i % 2 ? "Ana Ruiz" : "A. Ruiz"}\n---\n\nStory ${n}.\n`;
  }
  return files;
}
