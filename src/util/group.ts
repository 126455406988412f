/**
 * Files each item under every key it names (an article under each of its tags or
 * authors): one entry per key, made by `entryOf` the first time the key is seen, holding
 * its items in the order given. Keys are compared by identity.
 */
export function groupUnder<Item, Key, Entry extends { articles: Item[] }>(
  items: readonly Item[],
  keysOf: (item: Item) => readonly Key[],
  entryOf: (key: Key) => Entry,
): Map<Key, Entry> {
  const entries = new Map<Key, Entry>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = entryOf(key)));
      entry.articles.push(item);
    }
  }
  return entries;
}
