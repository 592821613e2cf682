// What /ressources accepts from the URL, and the way back: a search state written as a query
// string. Parsing never throws (unknown values are dropped); serialising a parsed state gives the
// canonical URL of that search, as in the actor and alliance directories.
import { z } from "zod";
import { pageNumberSchema, searchQuerySchema } from "@/lib/directory/directory.schemas";
import { codeFacet, enumFacet, facetShape, readFacets, writeFacets, type FacetValues, type RawSearchParams } from "@/lib/directory/search-state";
import { paths } from "@/lib/paths";
import { KIT_AUDIENCES, KIT_CATEGORIES, KIT_SORTS, KIT_TARGET_CODES, KIT_THEMES, MATURITY_LEVELS, type KitSort } from "./kits";

const sortSchema = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.unknown().transform((raw): KitSort => KIT_SORTS.find((sort) => typeof raw === "string" && sort === raw.trim().toLowerCase()) ?? "pertinence"),
);

/** The facets of /ressources, in the order of the URL: the state field and its URL parameter. */
export const kitFacetParams = {
  categories: enumFacet("categorie", KIT_CATEGORIES),
  audiences: enumFacet("public", KIT_AUDIENCES),
  levels: codeFacet<number>("niveau", MATURITY_LEVELS),
  themes: enumFacet("theme", KIT_THEMES),
  targets: codeFacet("cible", KIT_TARGET_CODES),
};

export const kitSearchParamsSchema = z.object({
  q: searchQuerySchema,
  ...facetShape(kitFacetParams),
  tri: sortSchema,
  page: pageNumberSchema,
});

export type KitSearchState = { q: string; sort: KitSort; page: number } & FacetValues<typeof kitFacetParams>;

/** Parses the raw search parameters of /ressources; never throws. */
export function parseKitSearchParams(raw: RawSearchParams): KitSearchState {
  const params = kitSearchParamsSchema.parse(raw);
  return { q: params.q, ...readFacets(kitFacetParams, params), sort: params.tri, page: params.page };
}

/** The query string of a search state; defaults are left out. */
export function toKitSearchQuery(state: Partial<KitSearchState>) {
  return {
    q: state.q,
    ...writeFacets(kitFacetParams, state),
    tri: state.sort === "pertinence" ? undefined : state.sort,
    page: state.page,
  };
}

export function kitSearchHref(state: Partial<KitSearchState>): string {
  return paths.resourceSearch(toKitSearchQuery(state));
}

/** True when the search narrows the catalogue (then the page is not indexed by search engines). */
export function isFilteredKitSearch(state: KitSearchState): boolean {
  return kitSearchHref({ ...state, sort: "pertinence", page: 1 }) !== kitSearchHref({});
}
