// "Export the list I see": the open-data API's CSV of the search a directory page shows. The API's
// list parameters were made the same as the directories' (q, facets, territoire, portee), so the
// link is the page's own query without what only the page uses (layout, order, page), plus
// format=csv. site-search.test.ts checks that the API accepts every such query.
import type { QueryValue } from "@/lib/directory/directory";
import { paths } from "@/lib/paths";

/** The datasets that a public directory lists. */
export type DirectoryDataset = "acteurs" | "alliances" | "kits";

// Page-only parameters: the typed place (replaced by territoire once chosen), the sort, the
// list/map view and its scale, the page number.
const PAGE_ONLY = new Set(["lieu", "tri", "vue", "echelle", "page"]);

export function csvOfSearch(dataset: DirectoryDataset, pageQuery: Record<string, QueryValue>): string {
  const query = Object.fromEntries(Object.entries(pageQuery).filter(([key]) => !PAGE_ONLY.has(key)));
  return paths.apiCollectionList(dataset, { ...query, format: "csv" });
}
