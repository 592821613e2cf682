// The search state of a faceted directory (/acteurs, /alliances, and the facets of /ressources),
// built from the list of its facets: each facet is a URL parameter holding a list of known values.
// From that one list come the zod schema of the URL, the parsed state, and the way back to a
// canonical query string, so a new facet is one line and parsing and writing cannot drift apart.
import { z } from "zod";
import {
  enumToSlug,
  toTerritoryParam,
  type DirectorySort,
  type DirectoryView,
  type MapScale,
  type QueryValue,
  type TerritoryParam,
  type TerritoryScope,
} from "@/lib/directory/directory";
import {
  codeListSchema,
  enumListSchema,
  mapScaleSchema,
  pageNumberSchema,
  placeQuerySchema,
  scopeSchema,
  searchQuerySchema,
  sortSchema,
  territoryParamSchema,
  viewSchema,
} from "@/lib/directory/directory.schemas";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** One facet in the URL: its parameter, what it accepts, and how one value is written back. */
export interface FacetParam<T extends string | number> {
  param: string;
  schema: z.ZodType<T[]>;
  // A method, so that any facet is a FacetParam<string | number> (methods are bivariant).
  write(value: T): string | number;
}

/** An enum facet, written as slugs ("type=etablissement-public"). */
export function enumFacet<T extends string>(param: string, values: readonly T[]): FacetParam<T> {
  return { param, schema: enumListSchema(values), write: enumToSlug };
}

/** A facet of fixed codes written as they are ("odd=4", "cible=17.17"). */
export function codeFacet<T extends string | number>(param: string, allowed: readonly T[]): FacetParam<T> {
  return { param, schema: codeListSchema(allowed), write: (value) => value };
}

// The value type differs per facet; FacetValues recovers each one.
export type FacetParams = Record<string, FacetParam<string | number>>;

/** The state fields of a facet list: `{ kinds: ActorKind[]; sdgs: number[] }`. */
export type FacetValues<F extends FacetParams> = { [K in keyof F]: F[K] extends FacetParam<infer T> ? T[] : never };

/** The zod shape of the facets' parameters, in the facets' order. */
export function facetShape<F extends FacetParams>(facets: F): Record<string, F[keyof F]["schema"]> {
  return Object.fromEntries(Object.values(facets).map((facet) => [facet.param, facet.schema]));
}

/** The facets' values out of parsed parameters. */
export function readFacets<F extends FacetParams>(facets: F, params: Record<string, unknown>): FacetValues<F> {
  return Object.fromEntries(Object.entries(facets).map(([key, facet]) => [key, params[facet.param]])) as FacetValues<F>;
}

/** The facets' part of a query string, in the facets' order; an absent facet writes nothing. */
export function writeFacets<F extends FacetParams>(facets: F, state: Partial<FacetValues<F>>): Record<string, QueryValue> {
  return Object.fromEntries(
    Object.entries(facets).map(([key, facet]) => [facet.param, ((state[key as keyof F] ?? []) as (string | number)[]).map(facet.write)]),
  );
}

/** What every territorial directory's search holds besides its facets. */
export interface DirectorySearchBase {
  q: string;
  territory: TerritoryParam | null;
  /** Only meaningful with a territory. */
  scope: TerritoryScope | undefined;
  place: string;
  sort: DirectorySort;
  view: DirectoryView;
  /** Only meaningful on the map. */
  mapScale: MapScale;
  page: number;
}

export type DirectorySearchState<F extends FacetParams> = DirectorySearchBase & FacetValues<F>;

/**
 * A territorial directory's search: text, facets, territory and its scope, sort, list or map.
 * Parsing never throws; serialising a parsed state gives the canonical URL of that search.
 */
export function defineDirectorySearch<F extends FacetParams>(path: (query: Record<string, QueryValue>) => string, facets: F) {
  type State = DirectorySearchState<F>;
  const schema = z.object({
    q: searchQuerySchema,
    ...facetShape(facets),
    territoire: territoryParamSchema,
    portee: scopeSchema,
    lieu: placeQuerySchema,
    tri: sortSchema,
    vue: viewSchema,
    echelle: mapScaleSchema,
    page: pageNumberSchema,
  });

  function parse(raw: RawSearchParams): State {
    const params = schema.parse(raw) as Record<string, unknown> & z.infer<typeof schema>;
    const base: DirectorySearchBase = {
      q: params.q,
      territory: params.territoire,
      scope: params.territoire ? params.portee : undefined,
      // Once a territory is chosen, the typed text has done its job.
      place: params.territoire ? "" : params.lieu,
      sort: params.tri,
      view: params.vue,
      mapScale: params.vue === "carte" ? params.echelle : "departement",
      page: params.page,
    };
    return { ...base, ...readFacets(facets, params) };
  }

  /** The query string of a search state; defaults are left out. */
  function toQuery(state: Partial<State>): Record<string, QueryValue> {
    return {
      q: state.q,
      ...writeFacets(facets, state as Partial<FacetValues<F>>),
      territoire: state.territory ? toTerritoryParam(state.territory) : undefined,
      portee: state.territory ? state.scope : undefined,
      lieu: state.territory ? undefined : state.place,
      tri: state.sort === "pertinence" ? undefined : state.sort,
      vue: state.view === "liste" ? undefined : state.view,
      echelle: state.view === "carte" && state.mapScale === "region" ? "region" : undefined,
      page: state.page,
    };
  }

  function href(state: Partial<State>): string {
    return path(toQuery(state));
  }

  /** True when the search narrows the directory (then the page is not indexed by search engines). */
  function isFiltered(state: State): boolean {
    return href({ ...state, sort: "pertinence", view: "liste", page: 1 }) !== href({});
  }

  return { facets, schema, parse, toQuery, href, isFiltered };
}

export type DirectorySearch<F extends FacetParams> = ReturnType<typeof defineDirectorySearch<F>>;
