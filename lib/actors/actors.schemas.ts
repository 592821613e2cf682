// What /acteurs accepts from the URL, and the way back: a search state written as a query string.
// Parsing never throws; serialising a parsed state gives the canonical URL of that search.
import { z } from "zod";
import { ActorKind, AllianceMode } from "@/generated/prisma/enums";
import { enumToSlug, toTerritoryParam, type DirectorySort, type DirectoryView, type MapScale, type TerritoryParam, type TerritoryScope } from "@/lib/directory/directory";
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
import { paths } from "@/lib/paths";

export const ACTOR_KINDS = Object.values(ActorKind);
export const ALLIANCE_MODES = Object.values(AllianceMode);
export const SDG_NUMBERS = Array.from({ length: 17 }, (_, index) => index + 1);

export const actorSearchParamsSchema = z.object({
  q: searchQuerySchema,
  type: enumListSchema(ACTOR_KINDS),
  odd: codeListSchema(SDG_NUMBERS),
  mode: enumListSchema(ALLIANCE_MODES),
  territoire: territoryParamSchema,
  portee: scopeSchema,
  lieu: placeQuerySchema,
  tri: sortSchema,
  vue: viewSchema,
  echelle: mapScaleSchema,
  page: pageNumberSchema,
});

export interface ActorSearchState {
  q: string;
  kinds: ActorKind[];
  sdgs: number[];
  modes: AllianceMode[];
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

/** Parses the raw search parameters of /acteurs; never throws. */
export function parseActorSearchParams(raw: Record<string, string | string[] | undefined>): ActorSearchState {
  const params = actorSearchParamsSchema.parse(raw);
  return {
    q: params.q,
    kinds: params.type,
    sdgs: params.odd,
    modes: params.mode,
    territory: params.territoire,
    scope: params.territoire ? params.portee : undefined,
    // Once a territory is chosen, the typed text has done its job.
    place: params.territoire ? "" : params.lieu,
    sort: params.tri,
    view: params.vue,
    mapScale: params.vue === "carte" ? params.echelle : "departement",
    page: params.page,
  };
}

/** The query string of a search state; defaults are left out. */
export function toActorSearchQuery(state: Partial<ActorSearchState>) {
  return {
    q: state.q,
    type: (state.kinds ?? []).map(enumToSlug),
    odd: state.sdgs ?? [],
    mode: (state.modes ?? []).map(enumToSlug),
    territoire: state.territory ? toTerritoryParam(state.territory) : undefined,
    portee: state.territory ? state.scope : undefined,
    lieu: state.territory ? undefined : state.place,
    tri: state.sort === "pertinence" ? undefined : state.sort,
    vue: state.view === "liste" ? undefined : state.view,
    echelle: state.view === "carte" && state.mapScale === "region" ? "region" : undefined,
    page: state.page,
  };
}

export function actorSearchHref(state: Partial<ActorSearchState>): string {
  return paths.actorSearch(toActorSearchQuery(state));
}
