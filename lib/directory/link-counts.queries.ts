// Per-entity counts of linked rows for one page of a directory. Prisma's relation `_count`
// compiles to a LEFT JOIN on a GROUP BY over the whole link table (every partnership of every
// alliance), which the planner cannot restrict to the page's ids: at national scale it read
// 200,000 partnerships for 20 cards. These queries count only the rows of the page's ids,
// through the link tables' (entity id, …) primary-key indexes.
import "server-only";
import { db } from "@/lib/db";

function toMap(rows: { id: string; count: bigint | number }[]): Map<string, number> {
  return new Map(rows.map((row) => [row.id, Number(row.count)]));
}

export async function countActorTerritories(actorIds: string[]): Promise<Map<string, number>> {
  if (actorIds.length === 0) return new Map();
  return toMap(await db.$queryRaw`SELECT "actorId" AS id, count(*) AS count FROM "ActorTerritory" WHERE "actorId" = ANY(${actorIds}) GROUP BY "actorId"`);
}

export async function countAllianceTerritories(allianceIds: string[]): Promise<Map<string, number>> {
  if (allianceIds.length === 0) return new Map();
  return toMap(await db.$queryRaw`SELECT "allianceId" AS id, count(*) AS count FROM "AllianceTerritory" WHERE "allianceId" = ANY(${allianceIds}) GROUP BY "allianceId"`);
}

/** Confirmed partners that are published: the ones a public card names (visiblePartner). */
export async function countVisiblePartners(allianceIds: string[]): Promise<Map<string, number>> {
  if (allianceIds.length === 0) return new Map();
  return toMap(await db.$queryRaw`SELECT p."allianceId" AS id, count(*) AS count FROM "AlliancePartner" p
    JOIN "Actor" a ON a.id = p."actorId" AND a.status = 'PUBLISHED'
    WHERE p."allianceId" = ANY(${allianceIds}) AND p.status = 'CONFIRMED' GROUP BY p."allianceId"`);
}
