import { describe, expect, it } from "vitest";
import { parseXmlStrict } from "../helpers/xml.ts";
import { escapeXml, xml, xmlCharacters, xmlDocument } from "../../src/outputs/xml.ts";

describe("xml", () => {
  it("escapes every interpolated value, in text and in attributes", () => {
    const title = `</title><evil a="1"> & 'quotes' ]]>`;
    const doc = xmlDocument(xml`<t a="${title}" b='${title}'>${title}</t>`);
    const root = parseXmlStrict(doc);
    expect(root.text).toBe(title);
    expect(root.attributes.a).toBe(title);
    expect(root.attributes.b).toBe(title);
    expect(root.children).toEqual([]);
  });

  it("drops the characters XML 1.0 cannot hold and keeps every other one", () => {
    const text = "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDC00k";
    expect(xmlCharacters(text)).toBe("abcdefghijk");
    const kept = "tab\there\nnew\rline — «ok» 😀 \uE000 گفت‌وگو";
    expect(xmlCharacters(kept)).toBe(kept);
    const doc = xmlDocument(xml`<t>${text + kept}</t>`);
    expect(parseXmlStrict(doc).text).toBe(`abcdefghijk${kept}`.replace("\r", "\n"));
  });

  it("does not escape twice: nested templates and lists are already XML", () => {
    const items = ["a&b", "c<d"].map((v) => xml`<i>${v}</i>`);
    expect(xml`<list>${items}</list>`.value).toBe("<list><i>a&amp;b</i><i>c&lt;d</i></list>");
    expect(escapeXml(`"'`)).toBe("&quot;&apos;");
  });
});
