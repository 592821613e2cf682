// What /alliances accepts from the URL, and the way back: a search state written as a query
// string. Parsing never throws; serialising a parsed state gives the canonical URL of that search.
import { ActorKind, AllianceMode, AllianceStage } from "@/generated/prisma/enums";
import { codeFacet, defineDirectorySearch, enumFacet, type DirectorySearchState } from "@/lib/directory/search-state";
import { paths } from "@/lib/paths";

export const ALLIANCE_MODES = Object.values(AllianceMode);
export const ALLIANCE_STAGES = Object.values(AllianceStage);
export const PARTNER_KINDS = Object.values(ActorKind);
/** The 19 targets of SDG 17, in official order: the only targets alliances are tied to. */
export const SDG17_TARGET_CODES = Array.from({ length: 19 }, (_, index) => `17.${index + 1}`);

/** The facets of /alliances, in the order of the URL: the state field and its URL parameter. */
const allianceFacets = {
  modes: enumFacet("mode", ALLIANCE_MODES),
  stages: enumFacet("etape", ALLIANCE_STAGES),
  targets: codeFacet("cible", SDG17_TARGET_CODES),
  partnerKinds: enumFacet("partenaire", PARTNER_KINDS),
};

export const allianceSearch = defineDirectorySearch(paths.allianceSearch, allianceFacets);

export type AllianceSearchState = DirectorySearchState<typeof allianceFacets>;

/** Parses the raw search parameters of /alliances; never throws. */
export const parseAllianceSearchParams = allianceSearch.parse;
export const allianceSearchHref = allianceSearch.href;
