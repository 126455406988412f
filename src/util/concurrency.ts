/**
 * Runs `work` over `items` with at most `limit` calls in flight, each worker taking the
 * next item when it is done. After a failure no new item is started, and the first error
 * is thrown only once every worker has stopped, so nothing is still writing when the
 * caller cleans up.
 */
export async function forEachConcurrently<Item>(
  items: readonly Item[],
  limit: number,
  work: (item: Item, index: number, worker: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (number: number) => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        await work(items[index]!, index, number);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, number) => worker(number)));
  if (failure) throw failure.error;
}
