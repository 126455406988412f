import { onThisDayDay, onThisDayIndex } from "../../_includes/on-this-day.ts";
import { getArchive } from "../model/store.ts";
import { definePage } from "../eleventy/pages.ts";
import { onThisDay, onThisDayPaths, type OnThisDayPage } from "../listings/on-this-day.ts";

type Item = { kind: "index" } | { kind: "day"; page: OnThisDayPage };

/** /on-this-day/ and /on-this-day/MM-DD/ (with /page/2/ …). */
export default definePage<Item>({
  items: async () => [{ kind: "index" }, ...onThisDay(await getArchive()).pages.map((page): Item => ({ kind: "day", page }))],
  url: (item) => (item.kind === "index" ? onThisDayPaths.index : item.page.url),
  render: async (item) => (item.kind === "index" ? onThisDayIndex(onThisDay(await getArchive())) : onThisDayDay(item.page)),
});
