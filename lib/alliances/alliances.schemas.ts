// What /alliances accepts from the URL, and the way back: a search state written as a query
// string. Parsing never throws; serialising a parsed state gives the canonical URL of that search.
import { z } from "zod";
import { ActorKind, AllianceMode, AllianceStage } from "@/generated/prisma/enums";
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

export const ALLIANCE_MODES = Object.values(AllianceMode);
export const ALLIANCE_STAGES = Object.values(AllianceStage);
export const PARTNER_KINDS = Object.values(ActorKind);
/** The 19 targets of SDG 17, in official order: the only targets alliances are tied to. */
export const SDG17_TARGET_CODES = Array.from({ length: 19 }, (_, index) => `17.${index + 1}`);

export const allianceSearchParamsSchema = z.object({
  q: searchQuerySchema,
  mode: enumListSchema(ALLIANCE_MODES),
  etape: enumListSchema(ALLIANCE_STAGES),
  cible: codeListSchema(SDG17_TARGET_CODES),
  partenaire: enumListSchema(PARTNER_KINDS),
  territoire: territoryParamSchema,
  portee: scopeSchema,
  lieu: placeQuerySchema,
  tri: sortSchema,
  vue: viewSchema,
  echelle: mapScaleSchema,
  page: pageNumberSchema,
});

export interface AllianceSearchState {
  q: string;
  modes: AllianceMode[];
  stages: AllianceStage[];
  targets: string[];
  partnerKinds: ActorKind[];
  territory: TerritoryParam | null;
  scope: TerritoryScope | undefined;
  place: string;
  sort: DirectorySort;
  view: DirectoryView;
  /** Only meaningful on the map. */
  mapScale: MapScale;
  page: number;
}

/** Parses the raw search parameters of /alliances; never throws. */
export function parseAllianceSearchParams(raw: Record<string, string | string[] | undefined>): AllianceSearchState {
  const params = allianceSearchParamsSchema.parse(raw);
  return {
    q: params.q,
    modes: params.mode,
    stages: params.etape,
    targets: params.cible,
    partnerKinds: params.partenaire,
    territory: params.territoire,
    scope: params.territoire ? params.portee : undefined,
    place: params.territoire ? "" : params.lieu,
    sort: params.tri,
    view: params.vue,
    mapScale: params.vue === "carte" ? params.echelle : "departement",
    page: params.page,
  };
}

/** The query string of a search state; defaults are left out. */
export function toAllianceSearchQuery(state: Partial<AllianceSearchState>) {
  return {
    q: state.q,
    mode: (state.modes ?? []).map(enumToSlug),
    etape: (state.stages ?? []).map(enumToSlug),
    cible: state.targets ?? [],
    partenaire: (state.partnerKinds ?? []).map(enumToSlug),
    territoire: state.territory ? toTerritoryParam(state.territory) : undefined,
    portee: state.territory ? state.scope : undefined,
    lieu: state.territory ? undefined : state.place,
    tri: state.sort === "pertinence" ? undefined : state.sort,
    vue: state.view === "liste" ? undefined : state.view,
    echelle: state.view === "carte" && state.mapScale === "region" ? "region" : undefined,
    page: state.page,
  };
}

export function allianceSearchHref(state: Partial<AllianceSearchState>): string {
  return paths.allianceSearch(toAllianceSearchQuery(state));
}
