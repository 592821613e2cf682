// The closure rows of project territories (PROJET), rebuilt from their members. No "server-only"
// here: the reference-data import (lib/territories/territories.import.ts, run by scripts) can call
// rebuildAllProjectClosures after it has rebuilt the official territories' rows, which a project's
// rows are derived from.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * The project's closure rows and derived columns, from its members:
 * - the project contains itself (depth 0), each member (depth 1) and everything each member
 *   contains (the member's own closure rows, one level deeper: the communes of a member EPCI are
 *   at depth 2); a territory reached twice keeps its shortest depth; never another project
 *   (a member EPCI "contains" the projects inside it): rebuilding that other project deletes
 *   the rows that name it as descendant and restores only its official ancestors, so such rows
 *   would depend on the order projects are rebuilt in;
 * - the project is contained in what contains all of its members (their common non-project
 *   ancestors), so that "inside the Loire" searches find what is attached to a CRTE of the Loire;
 *   its département and région are set from those;
 * - its population is the sum of its members', leaving out a member already inside another
 *   member (a commune of a member EPCI), which would be counted twice.
 */
export async function rebuildProjectClosure(tx: Tx, projectId: number): Promise<void> {
  await tx.$executeRaw`DELETE FROM "TerritoryAncestor" WHERE "ancestorId" = ${projectId} OR "descendantId" = ${projectId}`;
  await tx.$executeRaw`
    INSERT INTO "TerritoryAncestor" ("ancestorId", "descendantId", depth)
    SELECT ${projectId}, x.id, MIN(x.depth) FROM (
      SELECT ${projectId}::int AS id, 0 AS depth
      UNION ALL
      SELECT a."descendantId", a.depth + 1
      FROM "TerritoryMembership" m JOIN "TerritoryAncestor" a ON a."ancestorId" = m."memberId"
      JOIN "Territory" d ON d.id = a."descendantId" AND d.kind <> 'PROJET'
      WHERE m."groupId" = ${projectId}
    ) x GROUP BY x.id`;
  await tx.$executeRaw`
    INSERT INTO "TerritoryAncestor" ("ancestorId", "descendantId", depth)
    SELECT a."ancestorId", ${projectId}, MIN(a.depth)
    FROM "TerritoryMembership" m
    JOIN "TerritoryAncestor" a ON a."descendantId" = m."memberId" AND a.depth > 0
    JOIN "Territory" anc ON anc.id = a."ancestorId" AND anc.kind <> 'PROJET'
    WHERE m."groupId" = ${projectId}
    GROUP BY a."ancestorId"
    HAVING COUNT(DISTINCT m."memberId") = (SELECT COUNT(*) FROM "TerritoryMembership" WHERE "groupId" = ${projectId})
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`
    UPDATE "Territory" p SET
      population = (
        SELECT SUM(t.population) FROM "TerritoryMembership" m JOIN "Territory" t ON t.id = m."memberId"
        WHERE m."groupId" = ${projectId} AND NOT EXISTS (
          SELECT 1 FROM "TerritoryMembership" o
          JOIN "TerritoryAncestor" a ON a."ancestorId" = o."memberId" AND a."descendantId" = m."memberId" AND a.depth > 0
          WHERE o."groupId" = ${projectId})),
      "departementId" = (
        SELECT a."ancestorId" FROM "TerritoryAncestor" a JOIN "Territory" d ON d.id = a."ancestorId" AND d.kind = 'DEPARTEMENT'
        WHERE a."descendantId" = ${projectId} LIMIT 1),
      "regionId" = (
        SELECT a."ancestorId" FROM "TerritoryAncestor" a JOIN "Territory" r ON r.id = a."ancestorId" AND r.kind = 'REGION'
        WHERE a."descendantId" = ${projectId} LIMIT 1),
      "updatedAt" = now()
    WHERE p.id = ${projectId}`;
}

/** Every project's rows, e.g. after the official closure changed (a commune joined another EPCI). */
export async function rebuildAllProjectClosures(db: PrismaClient): Promise<number> {
  const projects = await db.territory.findMany({ where: { kind: "PROJET" }, select: { id: true } });
  for (const project of projects) await db.$transaction((tx) => rebuildProjectClosure(tx, project.id));
  return projects.length;
}
