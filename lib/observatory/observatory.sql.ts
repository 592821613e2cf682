import "server-only";
// The SQL of the observatory: aggregates only (group-bys and counts), so that the page stays a
// handful of queries at national scale (100k actors, 50k alliances, 20k diagnostics). Every value
// goes in as a bound parameter; only constant table and column names are written into the SQL.
//
// Indexes used (see prisma/schema.prisma):
// - région filter: "TerritoryAncestor" primary key (ancestorId, descendantId) — one probe per
//   entity link, or a hash semi-join on the région's descendants (a few thousand rows);
//   "ActorTerritory"/"AllianceTerritory" primary keys (entity id first) for the EXISTS;
// - actors: Actor (status, kind); alliances: Alliance (status, mode, stage) — the mode × stage
//   count is an index-only scan;
// - diagnostics: Diagnostic (status, completedAt) for the period and month buckets,
//   (territoryId, status) when the région filter drives the plan;
// - ratings: Feedback (kitId, kind) and (diagnosticId).
// Map counts use the territories' own département and région columns, exactly as the public
// directories' maps do (lib/directory/directory.sql.ts, areaCountsSql): the observatory and the
// directories then show the same number for the same area.
import { Prisma } from "@/generated/prisma/client";
import type { TerritoryLink } from "@/lib/directory/directory.sql";

const COMPLETED = Prisma.sql`('COMPLETED', 'PUBLISHED')`;

/** The entity (by its id expression) acts on the région or on a territory inside it. */
export function linkedInRegion(link: TerritoryLink, entityId: Prisma.Sql, regionId: number | null): Prisma.Sql {
  if (regionId === null) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM ${link.table} l
    JOIN "TerritoryAncestor" ta ON ta."descendantId" = l."territoryId" AND ta."ancestorId" = ${regionId}
    WHERE l.${link.id} = ${entityId})`;
}

/** The territory (by its id expression) is the région or inside it. */
export function territoryInRegion(territoryId: Prisma.Sql, regionId: number | null): Prisma.Sql {
  if (regionId === null) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "TerritoryAncestor" ta WHERE ta."ancestorId" = ${regionId} AND ta."descendantId" = ${territoryId})`;
}

export function publishedActorIds(actorIn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT a.id FROM "Actor" a WHERE a.status = 'PUBLISHED' AND ${actorIn}`;
}

export function publishedAllianceIds(allianceIn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT al.id FROM "Alliance" al WHERE al.status = 'PUBLISHED' AND ${allianceIn}`;
}

/** Completed (or published) diagnostics, in the région and since the start of the period. */
export function completedDiagnostics(regionId: number | null, since: Date | null): Prisma.Sql {
  const period = since ? Prisma.sql`d."completedAt" >= ${since}` : Prisma.sql`TRUE`;
  return Prisma.sql`d.status IN ${COMPLETED} AND ${period} AND ${territoryInRegion(Prisma.sql`d."territoryId"`, regionId)}`;
}

export function keyFiguresSql(actorIn: Prisma.Sql, allianceIn: Prisma.Sql, regionId: number | null): Prisma.Sql {
  return Prisma.sql`SELECT
    (SELECT count(*)::int FROM (${publishedActorIds(actorIn)}) x) AS actors,
    (SELECT count(*)::int FROM (${publishedAllianceIds(allianceIn)}) x) AS alliances,
    (SELECT count(*)::int FROM "Diagnostic" d WHERE ${completedDiagnostics(regionId, null)}) AS diagnostics,
    (SELECT count(*)::int FROM "Kit" WHERE status = 'PUBLISHED') AS kits,
    (SELECT count(*)::int FROM "User") AS users`;
}

/** Completed diagnostics per département (or région) of their territory, as areaCountsSql does. */
export function diagnosticAreaCountsSql(kind: "DEPARTEMENT" | "REGION", regionId: number | null): Prisma.Sql {
  const column = Prisma.raw(kind === "DEPARTEMENT" ? `"departementId"` : `"regionId"`);
  return Prisma.sql`
    SELECT t.code, t.name, count(*)::int AS count
    FROM "Diagnostic" d
    JOIN "Territory" dt ON dt.id = d."territoryId"
    JOIN "Territory" t ON t.id = CASE WHEN dt.kind = ${kind}::"TerritoryKind" THEN dt.id ELSE dt.${column} END
    WHERE ${completedDiagnostics(regionId, null)}
    GROUP BY t.code, t.name
    ORDER BY count DESC, t.code`;
}

export function alliancesByModeAndStageSql(allianceIn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT al.mode::text AS mode, al.stage::text AS stage, count(*)::int AS count
    FROM "Alliance" al WHERE al.status = 'PUBLISHED' AND ${allianceIn}
    GROUP BY al.mode, al.stage`;
}

/** Months in UTC, as lib/observatory/observatory.ts monthKeys names them. */
export function diagnosticsByMonthSql(regionId: number | null, since: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT to_char(date_trunc('month', d."completedAt"), 'YYYY-MM') AS month, count(*)::int AS count
    FROM "Diagnostic" d WHERE ${completedDiagnostics(regionId, since)}
    GROUP BY 1`;
}

export function maturityLevelsSql(regionId: number | null, since: Date | null): Prisma.Sql {
  return Prisma.sql`
    SELECT d."maturityLevel" AS level, count(*)::int AS count
    FROM "Diagnostic" d WHERE ${completedDiagnostics(regionId, since)} AND d."maturityLevel" IS NOT NULL
    GROUP BY 1`;
}

/**
 * The wishes the kit ranking reads (lib/diagnostics/recommendations.ts rankKits), grouped: the
 * same combinations come back across thousands of diagnostics, so the ranking runs per group.
 */
export function wishesGroupsSql(regionId: number | null, since: Date | null): Prisma.Sql {
  return Prisma.sql`
    SELECT (d.scores->'level'->>'level')::int AS level, d.scores->'priorities' AS priorities,
           d.scores->>'audience' AS audience, d.scores->'modes' AS modes, count(*)::int AS count
    FROM "Diagnostic" d WHERE ${completedDiagnostics(regionId, since)} AND d.scores IS NOT NULL
    GROUP BY 1, 2, 3, 4`;
}

export function kitRatingsSql(since: Date | null): Prisma.Sql {
  const period = since ? Prisma.sql`f."createdAt" >= ${since}` : Prisma.sql`TRUE`;
  return Prisma.sql`
    SELECT f.rating, count(*)::int AS count FROM "Feedback" f
    WHERE f."kitId" IS NOT NULL AND f.kind = 'RATING' AND f.rating IS NOT NULL AND ${period}
    GROUP BY f.rating`;
}

export function diagnosticRatingsSql(regionId: number | null, since: Date | null): Prisma.Sql {
  const period = since ? Prisma.sql`f."createdAt" >= ${since}` : Prisma.sql`TRUE`;
  return Prisma.sql`
    SELECT f.rating, count(*)::int AS count FROM "Feedback" f
    JOIN "Diagnostic" d ON d.id = f."diagnosticId"
    WHERE f.rating IS NOT NULL AND ${period} AND ${territoryInRegion(Prisma.sql`d."territoryId"`, regionId)}
    GROUP BY f.rating`;
}
