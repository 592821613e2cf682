import { ActorListView } from "@/components/actors/actor-list-view";
import type { ActorListItem } from "@/lib/actors/actors.queries";
import type { SdgSummary } from "@/lib/sdg/sdg.queries";

/** Actors as search results, with the goals they name (only those: the view gets them as data). */
export function ActorList({ items, sdgs, territoryName }: { items: ActorListItem[]; sdgs: SdgSummary[]; territoryName?: string }) {
  const named = new Set(items.flatMap((actor) => actor.sdgNumbers));
  const badges = sdgs.filter((sdg) => named.has(sdg.number)).map(({ number, shortName, colour }) => ({ number, shortName, colour }));
  return <ActorListView items={items} sdgs={badges} territoryName={territoryName} />;
}
