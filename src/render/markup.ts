/**
 * The mechanism behind `html` (html.ts) and `xml` (xml.ts): a template tag that escapes
 * every interpolated value unless it is already markup of the same kind. Each kind is its
 * own class, so HTML can never be spliced into XML unescaped, nor the other way round.
 */
export abstract class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type MarkupValue<Safe extends Markup> = Safe | string | number | null | undefined | false | readonly MarkupValue<Safe>[];

export function markupTag<Safe extends Markup>(
  Safe: new (value: string) => Safe,
  escape: (text: string) => string,
): (strings: TemplateStringsArray, ...values: MarkupValue<Safe>[]) => Safe {
  const serialise = (value: MarkupValue<Safe>): string => {
    if (value === null || value === undefined || value === false) return "";
    if (value instanceof Safe) return value.value;
    if (Array.isArray(value)) return value.map(serialise).join("");
    return escape(String(value));
  };
  return (strings, ...values) => {
    let out = strings[0] ?? "";
    for (let i = 0; i < values.length; i++) out += serialise(values[i]) + (strings[i + 1] ?? "");
    return new Safe(out);
  };
}
