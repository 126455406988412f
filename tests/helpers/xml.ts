/**
 * A strict XML 1.0 reader for tests: saxes rejects anything that is not well-formed
 * (unescaped `<` or `&`, characters XML cannot hold, unclosed or crossed elements,
 * unbound namespace prefixes), where feed parsers forgive. Builds a small element tree.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  namespace: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, CDATA included (not its descendants'). */
  text: string;
}

/** Throws, naming line and column, at the first well-formedness error. */
export function parseXmlStrict(source: string, fileName = "document"): XmlElement {
  const parser = new SaxesParser({ xmlns: true, fileName });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      name: tag.local,
      namespace: tag.uri,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      children: [],
      text: "",
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.write(source).close();
  if (error) throw error;
  if (!root) throw new Error(`${fileName}: no root element`);
  return root;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function childText(element: XmlElement, name: string): string | undefined {
  return childrenNamed(element, name)[0]?.text;
}
