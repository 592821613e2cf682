// What /acteurs accepts from the URL, and the way back: a search state written as a query string.
// Parsing never throws; serialising a parsed state gives the canonical URL of that search.
import { ActorKind, AllianceMode } from "@/generated/prisma/enums";
import { codeFacet, defineDirectorySearch, enumFacet, type DirectorySearchState } from "@/lib/directory/search-state";
import { paths } from "@/lib/paths";

export const ACTOR_KINDS = Object.values(ActorKind);
export const ALLIANCE_MODES = Object.values(AllianceMode);
export const SDG_NUMBERS = Array.from({ length: 17 }, (_, index) => index + 1);

/** The facets of /acteurs, in the order of the URL: the state field and its URL parameter. */
const actorFacets = {
  kinds: enumFacet("type", ACTOR_KINDS),
  sdgs: codeFacet("odd", SDG_NUMBERS),
  modes: enumFacet("mode", ALLIANCE_MODES),
};

export const actorSearch = defineDirectorySearch(paths.actorSearch, actorFacets);

export type ActorSearchState = DirectorySearchState<typeof actorFacets>;

/** Parses the raw search parameters of /acteurs; never throws. */
export const parseActorSearchParams = actorSearch.parse;
export const actorSearchHref = actorSearch.href;
