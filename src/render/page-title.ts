/**
 * The `<title>` of a page. Search results and tabs cut titles short, and html-validate's
 * `long-title` rule allows 70 characters: the site's name is added only when it fits, and a
 * headline longer than that is cut at a word and marked with an ellipsis. The full headline
 * stays in the `<h1>`, Open Graph and JSON-LD.
 */
export const MAX_TITLE_LENGTH = 70;

export function documentTitle(pageTitle: string, siteTitle: string, isHome = false): string {
  if (isHome || pageTitle.trim() === "") return siteTitle;
  const full = `${pageTitle} · ${siteTitle}`;
  if (full.length <= MAX_TITLE_LENGTH) return full;
  if (pageTitle.length <= MAX_TITLE_LENGTH) return pageTitle;
  return truncate(pageTitle, MAX_TITLE_LENGTH);
}

/** At most `max` UTF-16 units, ellipsis included; cut at a space when there is one in the last third. */
function truncate(text: string, max: number): string {
  const room = max - 1;
  let cut = "";
  for (const char of text) {
    if (cut.length + char.length > room) break;
    cut += char;
  }
  const space = cut.lastIndexOf(" ");
  if (space > room * (2 / 3)) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:·–—-]+$/u, "")}…`;
}
