// Everything the /acteurs page shows for one search state, loaded once per request (the page and
// its metadata share it).
import "server-only";
import { cache } from "react";
import { searchActors } from "@/lib/actors/actors.queries";
import type { ActorSearchState } from "@/lib/actors/actors.schemas";
import { mapScaleKind } from "@/lib/directory/directory";
import { resolveTerritoryParam, suggestTerritories } from "@/lib/directory/territory-choice.queries";
import { listSdgs } from "@/lib/sdg/sdg.queries";

// Keyed by the serialised state: React's cache compares arguments by identity.
const loadActorDirectory = cache(async (stateJson: string) => {
  const state = JSON.parse(stateJson) as ActorSearchState;
  const territory = await resolveTerritoryParam(state.territory);
  const [result, sdgs, suggestions] = await Promise.all([
    searchActors({ ...state, territory }, { areas: state.view === "carte" ? mapScaleKind(state.mapScale) : undefined }),
    listSdgs(),
    state.place && !state.territory ? suggestTerritories(state.place) : Promise.resolve(null),
  ]);
  return { territory, result, sdgs, suggestions, unknownTerritory: state.territory !== null && territory === null };
});

export function getActorDirectory(state: ActorSearchState) {
  return loadActorDirectory(JSON.stringify(state));
}

export type ActorDirectory = Awaited<ReturnType<typeof getActorDirectory>>;
