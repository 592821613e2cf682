// Everything the /alliances page shows for one search state, loaded once per request (the page
// and its metadata share it).
import "server-only";
import { cache } from "react";
import { searchAlliances } from "@/lib/alliances/alliances.queries";
import type { AllianceSearchState } from "@/lib/alliances/alliances.schemas";
import { mapScaleKind } from "@/lib/directory/directory";
import { resolveTerritoryParam, suggestTerritories } from "@/lib/directory/territory-choice.queries";
import { listSdg17Targets } from "@/lib/sdg/sdg.queries";

// Keyed by the serialised state: React's cache compares arguments by identity.
const loadAllianceDirectory = cache(async (stateJson: string) => {
  const state = JSON.parse(stateJson) as AllianceSearchState;
  const territory = await resolveTerritoryParam(state.territory);
  const [result, targets, suggestions] = await Promise.all([
    searchAlliances({ ...state, territory }, { areas: state.view === "carte" ? mapScaleKind(state.mapScale) : undefined }),
    listSdg17Targets(),
    state.place && !state.territory ? suggestTerritories(state.place) : Promise.resolve(null),
  ]);
  return { territory, result, targets, suggestions, unknownTerritory: state.territory !== null && territory === null };
});

export function getAllianceDirectory(state: AllianceSearchState) {
  return loadAllianceDirectory(JSON.stringify(state));
}

export type AllianceDirectory = Awaited<ReturnType<typeof getAllianceDirectory>>;
