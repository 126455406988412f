/**
 * Control characters have no place in published text: NUL and most C0 controls are not
 * allowed in XML (the feeds would be invalid), and in HTML they are parse errors that
 * browsers show as boxes or drop. They reach a source by a bad paste or a hostile file,
 * never on purpose, so they are refused rather than silently removed (the text is
 * published word for word or not at all).
 */

/** In a one-line field (title, summary, tag…): every C0 and C1 control but tab and line breaks, and DEL. */
const IN_FIELD = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F]/;
/** In a Markdown body, tab and line breaks are layout; anything else in C0, and DEL, is refused. */
const IN_BODY = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F]/;

export function describeControl(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code === 0 ? "NUL (U+0000)" : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first control character in a field's text, if any. */
export function controlInField(text: string): string | undefined {
  return IN_FIELD.exec(text)?.[0];
}

/** The first control character in a body and the line (1-based, within the body) it is on. */
export function controlInBody(body: string): { char: string; line: number } | undefined {
  const match = IN_BODY.exec(body);
  if (!match) return undefined;
  return { char: match[0], line: body.slice(0, match.index).split("\n").length };
}
