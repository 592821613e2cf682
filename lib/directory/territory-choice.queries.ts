// Reads shared by the directories: the territory chosen in the URL, and territory suggestions for
// the autocomplete (also served as JSON by app/api/territoires/suggestions).
import "server-only";
import { cache } from "react";
import type { TerritoryKind } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { labels } from "@/lib/labels";
import type { TerritoryParam } from "@/lib/directory/directory";
import { searchTerritories } from "@/lib/territories/territory-search.queries";

export const SUGGESTION_LIMIT = 8;

export interface ChosenTerritory {
  id: number;
  kind: TerritoryKind;
  code: string;
  name: string;
  departementName: string | null;
}

/** The territory named by a URL parameter; null when it does not exist. Cached per request. */
export const resolveTerritory = cache(async (kind: TerritoryKind, code: string): Promise<ChosenTerritory | null> => {
  const territory = await db.territory.findUnique({
    where: { kind_code: { kind, code } },
    select: { id: true, kind: true, code: true, name: true, departement: { select: { name: true } } },
  });
  if (!territory) return null;
  return { id: territory.id, kind: territory.kind, code: territory.code, name: territory.name, departementName: territory.departement?.name ?? null };
});

export function resolveTerritoryParam(param: TerritoryParam | null): Promise<ChosenTerritory | null> {
  return param ? resolveTerritory(param.kind, param.code) : Promise.resolve(null);
}

export interface TerritorySuggestion {
  /** The reference row's id: forms that store one territory (a need, an offer) send it. */
  id: number;
  kind: TerritoryKind;
  code: string;
  name: string;
  /** "Loire, Auvergne-Rhône-Alpes": tells homonyms apart; « anciennement … » first when found so. */
  context: string;
}

/** Territories whose name or code matches, best first (the territory search's own ranking). */
export async function suggestTerritories(q: string, limit = SUGGESTION_LIMIT): Promise<TerritorySuggestion[]> {
  if (q.trim() === "") return [];
  const result = await searchTerritories({ q, page: 1, pageSize: limit, count: false });
  return result.items.map((item) => ({
    id: item.id,
    kind: item.kind,
    code: item.code,
    name: item.name,
    context: [item.formerMatch ? labels.territories.formerly(item.formerMatch) : null, item.departement?.name, item.region?.name].filter(Boolean).join(", "),
  }));
}
