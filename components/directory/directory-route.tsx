import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DirectoryPage, directoryMetadata, type Directory, type DirectoryData } from "@/components/directory/directory-page";
import { canonicalRedirect } from "@/lib/directory/directory";
import type { FacetView } from "@/lib/directory/facets";
import type { DirectorySearchBase, RawSearchParams } from "@/lib/directory/search-state";

type Props = { searchParams: Promise<RawSearchParams> };

/** A territorial directory route: its search, its loader, and the parts only it shows. */
export interface DirectoryRoute<S extends DirectorySearchBase, D extends DirectoryData> extends Directory<S> {
  search: Directory<S>["search"] & { parse: (raw: RawSearchParams) => S };
  /** Everything the page shows for one search; cached per request, as metadata and page both ask. */
  load: (state: S) => Promise<D>;
  facets: (state: S, data: D) => FacetView[];
  /** The current page's items, or null when it has none. */
  list: (data: D) => ReactNode | null;
}

/**
 * The `generateMetadata` and page of a directory route. The page first redirects to the
 * canonical URL of the search (empty fields of the submitted form, defaults and unknown values
 * go), so that one search has one URL.
 */
export function directoryRoute<S extends DirectorySearchBase, D extends DirectoryData>(route: DirectoryRoute<S, D>) {
  async function readSearch(searchParams: Props["searchParams"]) {
    const raw = await searchParams;
    const state = route.search.parse(raw);
    return { raw, state, data: await route.load(state) };
  }

  async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
    const { state, data } = await readSearch(searchParams);
    return directoryMetadata(route, state, data);
  }

  async function Page({ searchParams }: Props) {
    const { raw, state, data } = await readSearch(searchParams);
    const canonical = canonicalRedirect(raw, route.search.href(state));
    if (canonical) redirect(canonical);
    return <DirectoryPage directory={route} state={state} data={data} facets={route.facets(state, data)} list={route.list(data)} />;
  }

  return { generateMetadata, Page };
}
