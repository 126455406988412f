import { createTagResolver, tagKey } from "../model/taxonomy.ts";

/** Given tags in their canonical spelling, then the suggested ones, each tag once. */
export function mergeTags(given: readonly string[], suggested: readonly string[]): string[] {
  const resolver = createTagResolver();
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const written of [...given, ...suggested]) {
    const name = resolver.lookup(written)?.name ?? written.replace(/\s+/g, " ").trim();
    const key = tagKey(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    tags.push(name);
  }
  return tags;
}
