import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Problem } from "./problems.ts";

/**
 * Reads the YAML of an article's front matter into plain values, refusing what a front
 * matter never needs and an attacker would send: alias bombs ("billion laughs"), nesting
 * deep enough to exhaust the stack, and keys that are not plain words. Every problem
 * names the line of the file it is on.
 */

/**
 * Deepest nesting of lists and maps a front matter may have. The deepest the format uses
 * is three (the front matter → `corrections:`'s list → `{ date, text }`); a few more
 * leave room for later keys.
 */
export const MAX_YAML_DEPTH = 6;
/**
 * Alias expansions allowed while turning the YAML into values (the yaml package's
 * `maxAliasCount`): an alias bomb of nine nested lists of nine reaches 9^9 values.
 */
export const MAX_YAML_ALIASES = 50;

export interface FrontMatterValues {
  /** Keys in the order written, with their values; null values (an empty `summary:`) are left out. */
  values: Record<string, unknown>;
  /** The line of the file each key is written on. */
  lineOf: Record<string, number>;
}

export type YamlResult = ({ ok: true } & FrontMatterValues) | { ok: false; problems: Problem[] };

/**
 * `textKeys`: keys whose value, or whose list's items, are text. A plain scalar there is
 * kept as written (`tags: [2026, 3.10, 007]` are the tags "2026", "3.10" and "007", not
 * numbers turned back into "3.1" and "7").
 */
export function readFrontMatterYaml(file: string, yaml: string, yamlStartLine: number, textKeys: ReadonlySet<string>): YamlResult {
  const lines = new LineCounter();
  const lineAt = (offset: number) => lines.linePos(offset).line + yamlStartLine - 1;
  const problem = (offset: number, message: string, field = "front matter"): Problem => ({ file, line: lineAt(offset), field, message });

  let doc: Document.Parsed;
  try {
    // The core schema keeps 2026-02-26 a string: YAML 1.1 timestamps would become instants
    // in UTC and shift the date on machines west of Greenwich.
    doc = parseDocument(yaml, { schema: "core", uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  } catch {
    return { ok: false, problems: [{ file, line: yamlStartLine, field: "front matter", message: tooDeep }] };
  }
  if (doc.errors.length > 0) {
    // The parser reports a stack overflow on deep nesting as an error of its own, once per level.
    const overflow = doc.errors.find((error) => /call stack/i.test(error.message));
    if (overflow) return { ok: false, problems: [problem(overflow.pos[0], tooDeep)] };
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const message = `malformed YAML: ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`;
        // An unclosed quote is noticed where the front matter ends; the editor needs the line it opens on.
        const opened = error.code === "MISSING_CHAR" && /quote/.test(error.message) ? startOfValueAt(doc, error.pos[0]) : undefined;
        return opened === undefined ? problem(error.pos[0], message) : problem(opened, `${message} (the quote opens on this line)`);
      }),
    };
  }

  const contents = doc.contents;
  if (!isMap(contents)) {
    return { ok: false, problems: [problem(contents?.range?.[0] ?? 0, "must be a set of `key: value` lines")] };
  }
  const deep = deepestNode(contents);
  if (deep) return { ok: false, problems: [problem(deep.range?.[0] ?? 0, tooDeep)] };

  const values: Record<string, unknown> = {};
  const lineOf: Record<string, number> = {};
  const problems: Problem[] = [];
  for (const pair of contents.items) {
    const key = pair.key;
    if (!isScalar(key) || (typeof key.value !== "string" && typeof key.value !== "number")) {
      problems.push(problem(isScalar(key) || isMap(key) || isSeq(key) ? (key.range?.[0] ?? 0) : 0, "every key must be a plain word such as `title:`"));
      continue;
    }
    const name = String(key.value);
    lineOf[name] = lineAt(key.range?.[0] ?? 0);
    const value = pair.value as Node | null;
    if (textKeys.has(name)) keepWrittenText(value);
    let plain: unknown;
    try {
      plain = value === null ? null : value.toJS(doc, { maxAliasCount: MAX_YAML_ALIASES });
    } catch {
      // One line is enough: every later key built on the same aliases fails the same way.
      return { ok: false, problems: [problem(value?.range?.[0] ?? 0, `expands too many YAML aliases (more than ${MAX_YAML_ALIASES}); write the values out`, name)] };
    }
    // An empty `summary:` means "none", not an error.
    if (plain !== null && plain !== undefined) values[name] = plain;
  }
  return problems.length ? { ok: false, problems } : { ok: true, values, lineOf };
}

/** Where the top-level value that ends at or spans `offset` begins. */
function startOfValueAt(doc: Document.Parsed, offset: number): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    const range = (pair.value as Node | null)?.range;
    if (range && range[0] <= offset && offset <= range[2]) return range[0];
  }
  return undefined;
}

const tooDeep = `is nested too deeply (more than ${MAX_YAML_DEPTH} levels); a front matter needs at most three`;

/**
 * The first list or map nested more than MAX_YAML_DEPTH deep (the front matter itself is
 * the first), found without recursion, since the input may be hostile.
 */
function deepestNode(root: Node): Node | undefined {
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_YAML_DEPTH) return node;
    const children = isMap(node) ? node.items.flatMap((pair) => [pair.key, pair.value]) : isSeq(node) ? node.items : [];
    for (const child of children) if (isMap(child) || isSeq(child)) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** A number, boolean or other non-string plain scalar where text is expected becomes its source text. */
function keepWrittenText(value: Node | null): void {
  const items = isSeq(value) ? value.items : [value];
  for (const item of items) {
    if (isScalar(item) && item.value !== null && typeof item.value !== "string" && typeof item.source === "string") {
      item.value = item.source;
    }
  }
}
