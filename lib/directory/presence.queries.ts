// What a territory page shows of the directories: the first published actors and alliances acting
// on the territory or inside it, with their totals, through the directories' own queries.
import "server-only";
import { searchActors } from "@/lib/actors/actors.queries";
import { searchAlliances } from "@/lib/alliances/alliances.queries";
import type { ChosenTerritory } from "@/lib/directory/territory-choice.queries";
import { listSdgs } from "@/lib/sdg/sdg.queries";

export const PRESENCE_SIZE = 5;

export async function getTerritoryDirectories(territory: ChosenTerritory) {
  const common = { q: "", territory, scope: "dedans" as const, sort: "pertinence" as const, page: 1 };
  const [actors, alliances, sdgs] = await Promise.all([
    searchActors({ ...common, kinds: [], sdgs: [], modes: [] }, { facets: false, pageSize: PRESENCE_SIZE }),
    searchAlliances({ ...common, modes: [], stages: [], targets: [], partnerKinds: [], sort: "recents" }, { facets: false, pageSize: PRESENCE_SIZE }),
    listSdgs(),
  ]);
  return { actors, alliances, sdgs };
}
