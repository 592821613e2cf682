import "server-only";
// The moderation queue as SQL: what is PENDING among organisations, alliances, needs and offers,
// narrowed by the queue's filters (kind, a territory and everything inside it, who holds the item).
// One indexed scan per table (status is the first column of an index on each); the territory test
// is a probe of the closure table's primary key per item.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { MODERATION_CLAIM_MINUTES, MODERATION_KINDS, type ModerationKind } from "./moderation";

/** The position of an item in the queue: submission time, then kind and id to break ties. */
export type QueueKey = { kind: ModerationKind; id: string; submittedAt: Date };

export type QueueFilters = {
  kind?: ModerationKind;
  /** A région, a département… : the items in it or in any territory inside it. */
  territoryId?: number;
  /** "mine": held by the viewer; "free": held by nobody. */
  claim?: "mine" | "free";
};

const inTerritory = (territoryId: number, column: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "TerritoryAncestor" ta WHERE ta."ancestorId" = ${territoryId} AND ta."descendantId" = ${column})`;

function pendingOf(kind: ModerationKind, territoryId: number | undefined): Prisma.Sql {
  const where = (territory: Prisma.Sql) => (territoryId === undefined ? Prisma.empty : Prisma.sql`AND ${territory}`);
  switch (kind) {
    case "actor":
      return Prisma.sql`SELECT 'actor' AS kind, x.id, x."updatedAt" AS "submittedAt" FROM "Actor" x WHERE x.status = 'PENDING'
        ${where(Prisma.sql`EXISTS (SELECT 1 FROM "ActorTerritory" l WHERE l."actorId" = x.id AND ${inTerritory(territoryId ?? 0, Prisma.sql`l."territoryId"`)})`)}`;
    case "alliance":
      return Prisma.sql`SELECT 'alliance' AS kind, x.id, x."updatedAt" AS "submittedAt" FROM "Alliance" x WHERE x.status = 'PENDING'
        ${where(Prisma.sql`EXISTS (SELECT 1 FROM "AllianceTerritory" l WHERE l."allianceId" = x.id AND ${inTerritory(territoryId ?? 0, Prisma.sql`l."territoryId"`)})`)}`;
    case "need":
      return Prisma.sql`SELECT 'need' AS kind, x.id, x."updatedAt" AS "submittedAt" FROM "Need" x WHERE x.status = 'PENDING'
        ${where(inTerritory(territoryId ?? 0, Prisma.sql`x."territoryId"`))}`;
    case "offer":
      return Prisma.sql`SELECT 'offer' AS kind, x.id, x."updatedAt" AS "submittedAt" FROM "Offer" x WHERE x.status = 'PENDING'
        ${where(inTerritory(territoryId ?? 0, Prisma.sql`x."territoryId"`))}`;
  }
}

/** The queue rows (kind, id, submittedAt) as one relation `q`, with the viewer's claim filter applied. */
function queue(filters: QueueFilters, viewerId: string | null): Prisma.Sql {
  const kinds = filters.kind ? [filters.kind] : MODERATION_KINDS;
  const union = Prisma.join(
    kinds.map((kind) => pendingOf(kind, filters.territoryId)),
    " UNION ALL ",
  );
  if (!filters.claim) return Prisma.sql`(${union}) q`;
  const held = Prisma.sql`c."claimedAt" > (now() AT TIME ZONE 'UTC') - make_interval(mins => ${MODERATION_CLAIM_MINUTES})`;
  const claim =
    filters.claim === "mine"
      ? Prisma.sql`EXISTS (SELECT 1 FROM "ModerationClaim" c WHERE c.kind = u.kind AND c."itemId" = u.id AND c."userId" = ${viewerId ?? ""} AND ${held})`
      : Prisma.sql`NOT EXISTS (SELECT 1 FROM "ModerationClaim" c WHERE c.kind = u.kind AND c."itemId" = u.id AND ${held})`;
  return Prisma.sql`(SELECT u.* FROM (${union}) u WHERE ${claim}) q`;
}

// Timestamps are stored as UTC wall time without a zone: compare with the ISO text cast the
// same way, whatever the session's time zone.
const asTimestamp = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;

/** Queue keys in order, after `cursor` (keyset) or at `offset`. Used by the page and the export. */
export async function listPendingKeys(input: {
  cursor?: QueueKey;
  offset?: number;
  take: number;
  filters?: QueueFilters;
  viewerId?: string | null;
}): Promise<QueueKey[]> {
  const after = input.cursor
    ? Prisma.sql`WHERE (q."submittedAt", q.kind, q.id) > (${asTimestamp(input.cursor.submittedAt)}, ${input.cursor.kind}, ${input.cursor.id})`
    : Prisma.empty;
  return db.$queryRaw<QueueKey[]>`
    SELECT q.kind, q.id, q."submittedAt" FROM ${queue(input.filters ?? {}, input.viewerId ?? null)} ${after}
    ORDER BY q."submittedAt", q.kind, q.id LIMIT ${input.take} OFFSET ${input.offset ?? 0}`;
}

export async function countPending(filters: QueueFilters = {}, viewerId: string | null = null): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${queue(filters, viewerId)}`;
  return row?.n ?? 0;
}
