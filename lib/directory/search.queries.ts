// One search of a directory (actors or alliances): its counts — shared between requests for a
// few seconds, see ttl-cache.ts — and the page of results, always read live.
import "server-only";
import { DIRECTORY_PAGE_SIZE } from "@/lib/directory/directory";
import { loadDirectoryCounts, type AreaKind, type DirectoryCounts, type DirectorySearch } from "@/lib/directory/facet-counts.queries";
import type { StoredDirectory } from "@/lib/directory/stored-counts.queries";
import { createFacetCache, facetKey } from "@/lib/directory/ttl-cache";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";

export interface SearchOptions {
  facets?: boolean;
  areas?: AreaKind;
  pageSize?: number;
}

const countsCaches: Record<StoredDirectory, ReturnType<typeof createFacetCache<DirectoryCounts>>> = {
  actor: createFacetCache<DirectoryCounts>(),
  alliance: createFacetCache<DirectoryCounts>(),
};

/**
 * The counts of `search` and the page of `query` that `listPage(offset, limit)` reads. Each facet
 * is counted with every filter but its own, so that ticking another value of the same facet
 * widens the search as announced.
 */
export async function runDirectorySearch<K extends string, T>(
  search: DirectorySearch<K>,
  query: { page: number; sort: string; territory: { id: number } | null },
  options: SearchOptions,
  listPage: (offset: number, limit: number) => Promise<T[]>,
): Promise<{ items: T[]; pageInfo: PageInfo; counts: DirectoryCounts }> {
  const pageSize = options.pageSize ?? DIRECTORY_PAGE_SIZE;
  const wanted = { facets: options.facets !== false, areas: options.areas };
  const counts = await countsCaches[search.directory].get(facetKey(query, wanted), () => loadDirectoryCounts(search, { total: true, ...wanted }));
  const offset = pageOffset(query.page, pageSize);
  // A page past the end is answered without asking the database to skip every row.
  const items = offset < counts.total ? await listPage(offset, pageSize) : [];
  return { items, pageInfo: buildPageInfo(query.page, pageSize, counts.total), counts };
}
