// Which query function serves which collection of the open data API.
import "server-only";
import type { CursorKey } from "./cursor";
import type { DatasetKey } from "./datasets";
import { getOpenActor, getOpenAlliance, listOpenActors, listOpenAlliances } from "./api-directory.queries";
import { getOpenKit, listOpenKits } from "./kits.queries";
import type { ActorApiQuery, AllianceApiQuery, DiagnosticStatisticsApiQuery, KitApiQuery, SdgTargetApiQuery, TerritoryApiQuery } from "./query.schemas";
import { getOpenDiagnosticStatistics, getOpenSdgTarget, listOpenDiagnosticStatistics, listOpenSdgTargets } from "./reference.queries";
import type { ListOptions, ListPage } from "./shared";
import { getOpenTerritory, listOpenTerritories } from "./territories.queries";
import { slugToKind, type TerritoryKindSlug } from "@/lib/territories/territories";

/** One page of a collection after `after` (the previous page's last sort key). */
export function listItems(key: DatasetKey, query: object, after: CursorKey | undefined, options: ListOptions): Promise<ListPage<unknown>> {
  const s = after?.[0] as string | undefined;
  const n = after?.[0] as number | undefined;
  switch (key) {
    case "territoires":
      return listOpenTerritories(query as TerritoryApiQuery, n, options);
    case "acteurs":
      return listOpenActors(query as ActorApiQuery, s, options);
    case "alliances":
      return listOpenAlliances(query as AllianceApiQuery, s, options);
    case "kits":
      return listOpenKits(query as KitApiQuery, s, options);
    case "cibles":
      return listOpenSdgTargets(query as SdgTargetApiQuery, after ? [after[0] as number, after[1] as number] : undefined, options);
    case "statistiques-diagnostics":
      return listOpenDiagnosticStatistics(query as DiagnosticStatisticsApiQuery, n, options);
  }
}

/** One item by its path parameters (already validated by the dataset's itemPath schema). */
export function getItem(key: DatasetKey, params: Record<string, string>, origin: string): Promise<unknown> {
  switch (key) {
    case "territoires":
      return getOpenTerritory(slugToKind(params.type as TerritoryKindSlug), normaliseCode(params.type, params.code), origin);
    case "acteurs":
      return getOpenActor(params.slug, origin);
    case "alliances":
      return getOpenAlliance(params.slug, origin);
    case "kits":
      return getOpenKit(params.slug, origin);
    case "cibles":
      return getOpenSdgTarget(params.code, origin);
    case "statistiques-diagnostics":
      return getOpenDiagnosticStatistics(params.type as TerritoryKindSlug, normaliseCode(params.type, params.code));
  }
}

/** INSEE codes are upper case ("2A004"), as the site reads them; project codes are kept as typed. */
function normaliseCode(type: string, code: string): string {
  return type === "projet" ? code : code.toUpperCase();
}
