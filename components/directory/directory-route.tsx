import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { DirectoryPage, directoryMetadata, type Directory, type DirectoryData } from "@/components/directory/directory-page";
import { canonicalRedirect } from "@/lib/directory/directory";
import type { FacetView } from "@/lib/directory/facets";
import type { DirectorySearchBase, RawSearchParams } from "@/lib/directory/search-state";
import { searchParamsFromToken } from "@/lib/cache/cached-routes";

/** A cached search route (/acteurs/recherche/[query], reached through the proxy's rewrite). */
export type SearchRouteProps = { params: Promise<{ query: string }> };

/** The search parameters a cached search route was asked for (lib/cache/cached-routes.ts), or the 404 page. */
export async function readSearchToken(params: SearchRouteProps["params"]): Promise<RawSearchParams> {
  const raw = searchParamsFromToken((await params).query);
  if (!raw) notFound();
  return raw;
}

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
 * The `generateMetadata` and page of a directory route, cached per search like any public page
 * (the proxy turns /acteurs?… into /acteurs/recherche/<token>). The page first redirects to the
 * canonical URL of the search (empty fields of the submitted form, defaults and unknown values
 * go), so that one search has one URL.
 */
export function directoryRoute<S extends DirectorySearchBase, D extends DirectoryData>(route: DirectoryRoute<S, D>) {
  async function readSearch(params: SearchRouteProps["params"]) {
    const raw = await readSearchToken(params);
    const state = route.search.parse(raw);
    return { raw, state, data: await route.load(state) };
  }

  async function generateMetadata({ params }: SearchRouteProps): Promise<Metadata> {
    const { state, data } = await readSearch(params);
    return directoryMetadata(route, state, data);
  }

  async function Page({ params }: SearchRouteProps) {
    const { raw, state, data } = await readSearch(params);
    const canonical = canonicalRedirect(raw, route.search.href(state));
    if (canonical) redirect(canonical);
    return <DirectoryPage directory={route} state={state} data={data} facets={route.facets(state, data)} list={route.list(data)} />;
  }

  return { generateMetadata, Page };
}
