// Pure pieces of the network dashboard: where a team is (its régions and départements, from the
// territories it declared), how many teams each area counts for the map, and the filter.
import type { MapScale } from "@/lib/directory/directory";
import { compareFrench } from "@/lib/text/sort";

export type AreaRef = { code: string; name: string };

/** A territory as loaded for the dashboard, with its région and département when it has them. */
export type TeamTerritory = {
  kind: "REGION" | "DEPARTEMENT" | "EPCI" | "COMMUNE" | "PROJET";
  code: string;
  name: string;
  region: AreaRef | null;
  departement: AreaRef | null;
};

/** The areas of one scale a team works in: a région or département territory counts as itself. */
export function teamAreas(territories: readonly TeamTerritory[], scale: MapScale): AreaRef[] {
  const areas = new Map<string, AreaRef>();
  for (const territory of territories) {
    const own = scale === "region" ? territory.kind === "REGION" : territory.kind === "DEPARTEMENT";
    const area = own ? { code: territory.code, name: territory.name } : scale === "region" ? territory.region : territory.departement;
    if (area) areas.set(area.code, area);
  }
  return [...areas.values()];
}

/** Teams per area (a team in two régions counts in both), largest first then by name. */
export function countTeamsByArea(teams: readonly { territories: readonly TeamTerritory[] }[], scale: MapScale): (AreaRef & { count: number })[] {
  const counts = new Map<string, AreaRef & { count: number }>();
  for (const team of teams) {
    for (const area of teamAreas(team.territories, scale)) {
      const entry = counts.get(area.code) ?? { ...area, count: 0 };
      entry.count += 1;
      counts.set(area.code, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareFrench(a.name, b.name));
}

/** The teams present in the selected area, or all of them when none is selected. */
export function filterTeamsByArea<T extends { territories: readonly TeamTerritory[] }>(teams: readonly T[], scale: MapScale, code: string | null): T[] {
  if (!code) return [...teams];
  return teams.filter((team) => teamAreas(team.territories, scale).some((area) => area.code === code));
}

/** The latest finished diagnostic of each organisation, from rows sorted newest first. */
export function latestByActor<T extends { actorId: string }>(rows: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const row of rows) if (!latest.has(row.actorId)) latest.set(row.actorId, row);
  return latest;
}
