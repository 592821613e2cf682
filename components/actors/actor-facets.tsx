import type { ActorFacets } from "@/lib/actors/actors.queries";
import { ACTOR_KINDS, ALLIANCE_MODES, actorSearch, type ActorSearchState } from "@/lib/actors/actors.schemas";
import { describeFacets, type FacetView } from "@/lib/directory/facets";
import { labels } from "@/lib/labels";
import type { SdgSummary } from "@/lib/sdg/sdg.queries";

/** The facets of /acteurs, each value with the number of actors it gives. */
export function describeActorFacets(state: ActorSearchState, counts: ActorFacets | null, sdgs: SdgSummary[]): FacetView[] {
  const text = labels.directories;
  const sdgNames = new Map(sdgs.map((sdg) => [sdg.number, sdg.shortName]));
  return describeFacets(actorSearch, state, counts, {
    kinds: { legend: text.actors.facets.kind, values: ACTOR_KINDS, label: (kind) => labels.organisations.kinds[kind] },
    modes: { legend: text.actors.facets.mode, values: ALLIANCE_MODES, label: (mode) => labels.allianceModes[mode].label },
    sdgs: {
      legend: text.actors.facets.sdg,
      collapsible: true,
      values: sdgs.map((sdg) => sdg.number),
      label: (number) => text.sdg.label(number),
      optionLabel: (number) => text.sdg.long(number, sdgNames.get(number) ?? ""),
    },
  });
}
