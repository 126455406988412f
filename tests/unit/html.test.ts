import { describe, expect, it } from "vitest";
import { html, jsonForScript, trusted } from "../../src/render/html.ts";
import { renderMarkdown } from "../../src/model/markdown.ts";
import { underSitePath } from "../../src/render/urls.ts";

describe("escaping templates", () => {
  it("escapes every interpolated value unless it is trusted", () => {
    const hostile = `"><script>alert('x')</script>`;
    expect(String(html`<p title="${hostile}">${hostile}</p>`)).toBe(
      "<p title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>",
    );
    expect(String(html`<div>${trusted("<b>ok</b>")}${["<i>", html`<i>`]}</div>`)).toBe("<div><b>ok</b>&lt;i&gt;<i></div>");
    expect(String(html`${null}${undefined}${false}${0}`)).toBe("0");
  });

  it("serialises JSON that cannot close a script element", () => {
    const json = jsonForScript({ headline: "</script><script>alert(1)</script> & <!--" });
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script> & <!--" });
  });
});

describe("article bodies", () => {
  it("shows raw HTML as text, never as markup", () => {
    const out = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror="alert(1)">');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;");
  });

  it("does not make javascript: links", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain('href="javascript:');
  });

  it("keeps quotes and dashes as written", () => {
    expect(renderMarkdown(`“quoted” -- 'single' ... al\u2011Busaidi`)).toBe(`<p>“quoted” -- 'single' ... al\u2011Busaidi</p>\n`);
  });

  it("puts links to the site's root under the path the site is served from, and no other link", () => {
    const body = "[a](/2026/02/26/x/) [b](/news/tags/iran/) [c](//cdn.example/x) [d](../) [e](https://example.org/) [f](#fn1) [g][r] [h](/news)\n\n[r]: /archive/";
    const hrefs = [...renderMarkdown(body, { link: (href) => underSitePath(href, "/news/") }).matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(["/news/2026/02/26/x/", "/news/tags/iran/", "//cdn.example/x", "../", "https://example.org/", "#fn1", "/news/archive/", "/news"]);
    expect(underSitePath("/2026/", "/")).toBe("/2026/");
  });
});
