import { DateTime } from "luxon";
import { parse as parseToml } from "smol-toml";
import { parseDocument } from "yaml";
import { parsePublicationDate, type PublicationDate } from "../_data/dates.ts";

/**
 * Front matter as static-site generators write it: YAML between `---` lines (Jekyll, Hugo,
 * Eleventy) or TOML between `+++` lines (Hugo), and their dates (`2016-10-06 11:10:38 -0700`,
 * TOML dates, a time without an offset in the site's time zone).
 */
export type SourceFrontMatter = { ok: true; data: Record<string, unknown>; body: string; format: "yaml" | "toml" } | { ok: false; error: string };

export function readSourceFrontMatter(text: string): SourceFrontMatter | undefined {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const fence = lines[0]?.trim();
  if (fence !== "---" && fence !== "+++") return undefined;
  const end = lines.findIndex((line, i) => i > 0 && (line.trim() === fence || (fence === "---" && line.trim() === "...")));
  if (end < 0) return { ok: false, error: `line 1: front matter opened with ${fence} is never closed` };
  const raw = lines.slice(1, end).join("\n");
  const body = lines.slice(end + 1).join("\n");
  if (fence === "+++") {
    try {
      return { ok: true, data: parseToml(raw) as Record<string, unknown>, body, format: "toml" };
    } catch (error) {
      return { ok: false, error: `malformed TOML front matter: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}` };
    }
  }
  // The core schema keeps dates as written, so no time zone shifts them.
  let doc = parseDocument(raw, { schema: "core", prettyErrors: false });
  if (doc.errors.length > 0) {
    const lenient = parseDocument(indentQuotedContinuations(raw), { schema: "core", prettyErrors: false });
    if (lenient.errors.length > 0) {
      const error = doc.errors[0]!;
      // The file's line: the fence is line 1.
      const line = raw.slice(0, error.pos[0]).split("\n").length + 1;
      return { ok: false, error: `malformed YAML front matter at line ${line}: ${error.message.split("\n")[0]}` };
    }
    doc = lenient;
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { ok: true, data: {}, body, format: "yaml" };
  if (typeof data !== "object" || Array.isArray(data)) return { ok: false, error: "front matter is not a set of `key: value` lines" };
  return { ok: true, data: data as Record<string, unknown>, body, format: "yaml" };
}

/**
 * A quoted value over several lines whose later lines start at the left edge, as many Jekyll
 * and Eleventy sites write a long `excerpt: "…"`: YAML 1.2 wants them indented, the parsers those
 * sites ran on (libyaml, js-yaml) read them anyway. Indented, they read as those parsers read
 * them: the lines folded into one.
 */
function indentQuotedContinuations(raw: string): string {
  let open: string | undefined;
  let indent = "";
  return raw
    .split("\n")
    .map((line) => {
      let from = 0;
      // Leading white space of a later line is not part of the value: any indent deeper than the key's reads the same.
      const written = open && line.trim() ? indent + line.trimStart() : line;
      if (!open) {
        const start = /^(\s*)(?:-\s+)?(?:[^\s#"'-][^#]*?:\s+)?(["'])/.exec(line);
        if (!start) return written;
        indent = `${start[1]}    `;
        open = start[2];
        from = start[0].length;
      }
      for (let i = from; i < line.length; i++) {
        if (open === '"' && line[i] === "\\") i++;
        else if (line[i] === open && open === "'" && line[i + 1] === "'") i++;
        else if (line[i] === open) {
          open = undefined;
          break;
        }
      }
      return written;
    })
    .join("\n");
}

/** YAML 1.1 timestamps, as Jekyll and js-yaml read them: the offset may be hours alone (`-4`, `+05`). */
const SOURCE_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?[ \t]*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/i;

const pad = (n: string | number) => String(n).padStart(2, "0");

/**
 * A generator's date as the archive writes it: `YYYY-MM-DD`, or a full ISO time with its
 * offset. A time without an offset is in `timeZone` (Jekyll's `timezone:`); without one
 * the day alone is kept, since the instant is unknown.
 */
export function sourceDate(value: unknown, timeZone?: string): PublicationDate | undefined {
  let text: string;
  if (value instanceof Date) {
    const iso = (value as Date & { toISOString(): string }).toISOString();
    text = iso.replace(/\.000(?=$|[Z+-])/, "");
  } else if (typeof value === "string") text = value.trim();
  else return undefined;
  const match = SOURCE_DATE.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, offset] = match;
  const day = `${y}-${pad(mo!)}-${pad(d!)}`;
  let written = day;
  if (h !== undefined) {
    const time = `${pad(h)}:${mi}:${s ?? "00"}`;
    if (offset) {
      const [, sign, hours, minutes] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(offset) ?? [];
      const normal = offset.toUpperCase() === "Z" ? "Z" : `${sign}${pad(hours!)}:${minutes ?? "00"}`;
      written = `${day}T${time}${normal}`;
    } else if (timeZone) {
      const local = DateTime.fromISO(`${day}T${time}`, { zone: timeZone });
      if (local.isValid) written = local.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? day;
    }
  }
  const parsed = parsePublicationDate(written);
  return parsed.ok ? parsed.date : undefined;
}

/** Text values of a key that may hold one name, a list, or (Jekyll) names separated by spaces or commas. */
export function namesOf(value: unknown, splitSpaces = false): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => namesOf(v, false));
  if (typeof value === "object") {
    const name = (value as Record<string, unknown>).name;
    return typeof name === "string" && name.trim() ? [name.trim()] : [];
  }
  const text = String(value).trim();
  if (!text) return [];
  return splitSpaces ? text.split(splitSpaces && text.includes(",") ? /\s*,\s*/ : /\s+/).filter(Boolean) : [text];
}

export function textOf(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value).replace(/\s+/g, " ").trim();
  return text || undefined;
}
