/**
 * Liquid tags (Jekyll, Eleventy) and Hugo shortcodes in a Markdown body. Those with a
 * Markdown form are converted: `{% highlight %}` and `{{< highlight >}}` become fenced code,
 * `{% raw %}` is unwrapped, `{% post_url %}`, `{% link %}` and `{{< ref >}}` become the
 * article's new URL when it is in the same import, `{{ site.x }}` its value from the site's
 * configuration, `{{< figure >}}` and eleventy-img's `{% image "src", "alt" %}` an image. Every other one stays in the text, as written,
 * and is reported: nothing is dropped silently.
 */
export interface TemplateContext {
  /** A post named by `{% post_url %}` or `{% link %}` or `{{< ref >}}`, as its new URL. */
  resolve(reference: string): string | undefined;
  /** The site's configuration, for `{{ site.x }}`. */
  config: Record<string, unknown>;
  /** Hugo and Zola run only shortcodes in content (Zola's are calls: `{{ youtube(id="x") }}`); Jekyll and Eleventy run all of Liquid. */
  syntax: "liquid" | "hugo" | "zola";
}

export interface TemplateResult {
  text: string;
  /** What could not be converted, each once: `{% include note.html %}`. */
  unconverted: string[];
}

const fence = (lang: string, code: string) => {
  const body = code.replace(/^\n+|\s+$/g, "");
  const ticks = "`".repeat(Math.max(3, ...[...body.matchAll(/`{3,}/g)].map((m) => m[0].length + 1)));
  return `${ticks}${lang}\n${body}\n${ticks}`;
};

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) attrs[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
  return attrs;
}

export function convertTemplates(source: string, context: TemplateContext): TemplateResult {
  const kept: string[] = [];
  const keep = (text: string) => `\u0000${kept.push(text) - 1}\u0000`;
  const unconverted = new Set<string>();
  let text = source;

  // Text shown as written: Liquid's raw blocks, Hugo's commented shortcodes.
  text = text.replace(/\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g, (_m, inner: string) => keep(inner));
  text = text.replace(/\{\{([<%])\/\*([\s\S]*?)\*\/([>%])\}\}/g, (_m, open: string, inner: string, close: string) => keep(`{{${open}${inner}${close}}}`));

  // Code.
  text = text.replace(/\{%-?\s*highlight\s+([\w+#.-]+)[^%]*%\}\n?([\s\S]*?)\{%-?\s*endhighlight\s*-?%\}/g, (_m, lang: string, code: string) => keep(fence(lang, code)));
  text = text.replace(/\{\{<\s*highlight\s+([\w+#.-]+)[^>]*>\}\}\n?([\s\S]*?)\{\{<\s*\/highlight\s*>\}\}/g, (_m, lang: string, code: string) => keep(fence(lang, code)));

  // Links to other posts.
  const link = (whole: string, reference: string) => {
    const url = context.resolve(reference.trim().replace(/^["']|["']$/g, ""));
    if (url) return url;
    unconverted.add(whole);
    return whole;
  };
  text = text.replace(/\{%-?\s*(?:post_url|link)\s+([^%]+?)\s*-?%\}/g, (whole, reference: string) => link(whole, reference));
  text = text.replace(/\{\{<\s*(?:rel)?ref\s+([^>]+?)\s*>\}\}/g, (whole, reference: string) => link(whole, reference));
  // Zola's internal links, `[text](@/blog/post.md#part)`: the file under content/.
  if (context.syntax === "zola") text = text.replace(/\]\(@\/([^)\s#]+)(#[^)\s]*)?/g, (whole, reference: string, part: string | undefined) => {
    const written = `@/${reference}`;
    const url = link(written, reference);
    return url === written ? whole : `](${url}${part ?? ""}`;
  });

  // Jekyll's and Eleventy's URL filters on a literal path: the path itself (the archive's links are root-relative).
  text = text.replace(/\{\{-?\s*["']([^"'{}]+)["']\s*\|\s*(?:relative_url|absolute_url|url)\s*-?\}\}/g, (_m, url: string) => url);

  // eleventy-img's documented shortcode, `{% image "src", "alt" %}`: the image, brought along like any other.
  if (context.syntax === "liquid") {
    text = text.replace(/\{%-?\s*image\s+(["'])([^"'{}]+)\1\s*,?\s*(["'])([^"{}]*?)\3\s*-?%\}/g, (_m, _q: string, src: string, _q2: string, alt: string) => `![${alt.replace(/[[\]\\]/g, "\\$&")}](${src.replace(/[ ()]/g, encodeURIComponent)})`);
  }

  // Values from the site's configuration.
  text = text.replace(/\{\{-?\s*site\.([\w.]+)\s*-?\}\}/g, (whole, key: string) => {
    let value: unknown = context.config;
    for (const part of key.split(".")) value = value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
    if (key === "baseurl" && value === undefined) return "";
    if (typeof value === "string" || typeof value === "number") return String(value);
    unconverted.add(whole);
    return whole;
  });

  // Hugo figures: the image, then its caption as a paragraph, so no word is lost.
  text = text.replace(/\{\{<\s*figure\s+([^>]*?)\s*\/?>\}\}/g, (whole, attrs: string) => {
    const a = attributes(attrs);
    if (!a.src) {
      unconverted.add(whole);
      return whole;
    }
    const alt = (a.alt ?? a.title ?? a.caption ?? "").replace(/[[\]\\]/g, "\\$&");
    const caption = [a.title, a.caption, a.attr].filter(Boolean).join(" ");
    return `![${alt}](${a.src.replace(/[ ()]/g, encodeURIComponent)})${caption ? `\n\n*${caption}*` : ""}`;
  });

  // Whatever is left is reported, and kept as text.
  const left = {
    liquid: /\{%[\s\S]*?%\}|\{\{[<%][\s\S]*?[>%]\}\}|\{\{[\s\S]*?\}\}/g,
    hugo: /\{\{[<%][\s\S]*?[>%]\}\}/g,
    zola: /\{\{\s*[A-Za-z_]\w*\([^{}]*?\)\s*\}\}|\{%\s*[A-Za-z_]\w*\([^{}]*?\)\s*%\}/g,
  }[context.syntax];
  for (const match of text.matchAll(left)) unconverted.add(match[0].replace(/\s+/g, " "));
  text = text.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => kept[Number(i)] ?? "");
  return { text, unconverted: [...unconverted] };
}
