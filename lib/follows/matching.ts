import "server-only";
// Matching the outbox (FollowEvent) against every follow, set-based: a run claims the unmatched
// events, then ONE statement per kind of event finds every (follow, event) pair, writes the
// FollowMatch rows and one in-app notification per person and item. Its cost grows with events ×
// follows inside PostgreSQL, never with one query per follow (bench: npm run bench -- follows).
// Everything is in one transaction: a failed run leaves the events unmatched for the next one.
import { Prisma } from "@/generated/prisma/client";
import { followsCopy as c } from "@/lib/copy/follows";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";

type Tx = Prisma.TransactionClient;

/** What a publication writes, in its own transaction, for the follows task to match. */
export type FollowEventKind = "actor.published" | "alliance.published" | "alliance.stage";

export async function recordFollowEvent(tx: Tx, kind: FollowEventKind, entityId: string, detail = ""): Promise<void> {
  await tx.followEvent.create({ data: { kind, entityId, detail } });
}

/** At most this many events per run; the rest wait for the next run (every few minutes). */
export const MATCH_BATCH = 5000;

export type MatchRun = { events: number; matches: number; notifications: number };

// An actor as the follows see it: its kind, SDGs, alliance modes, search key, and the territories
// it is "in" (every ancestor of its territories, itself included: « dans la Loire ») and its own
// territories (to test « autour de » against the follow's territory's ancestors).
function actorMatches(ids: bigint[]): Prisma.Sql {
  return Prisma.sql`
    WITH ev AS (
      SELECT e.id AS "eventId", a.id AS "actorId", a.name, a.slug, a.kind::text AS kind, a."searchKey",
        ARRAY(SELECT s."sdgNumber" FROM "ActorSdg" s WHERE s."actorId" = a.id) AS sdgs,
        ARRAY(SELECT DISTINCT al.mode::text FROM "AlliancePartner" p JOIN "Alliance" al ON al.id = p."allianceId"
              WHERE p."actorId" = a.id AND p.status = 'CONFIRMED' AND al.status = 'PUBLISHED') AS modes,
        ARRAY(SELECT DISTINCT ta."ancestorId" FROM "ActorTerritory" at JOIN "TerritoryAncestor" ta ON ta."descendantId" = at."territoryId"
              WHERE at."actorId" = a.id) AS within,
        ARRAY(SELECT at."territoryId" FROM "ActorTerritory" at WHERE at."actorId" = a.id) AS own
      FROM "FollowEvent" e JOIN "Actor" a ON a.id = e."entityId" AND a.status = 'PUBLISHED'
      WHERE e.id = ANY(${ids}::bigint[]) AND e.kind = 'actor.published'
    ),
    -- Each followed search once, with the territories strictly above its own (for « autour »):
    -- the pairs below then compare arrays instead of looking the closure table up per pair.
    fs AS (
      SELECT f.*, CASE WHEN f."territoryId" IS NOT NULL AND COALESCE(f.scope, 'autour') = 'autour'
          THEN ARRAY(SELECT ta."ancestorId" FROM "TerritoryAncestor" ta WHERE ta."descendantId" = f."territoryId" AND ta.depth > 0)
          ELSE ARRAY[]::int[] END AS above
      FROM "Follow" f WHERE f.kind = 'SEARCH' AND f.directory = 'acteurs'
    ),
    pairs AS (
      SELECT f.id AS "followId", f."userId", f.label, ev."eventId", ev.name, ev.slug
      FROM ev JOIN fs f ON true
      WHERE (COALESCE(cardinality(f."actorKinds"), 0) = 0 OR ev.kind = ANY(f."actorKinds"))
        AND (COALESCE(cardinality(f.sdgs), 0) = 0 OR f.sdgs && ev.sdgs)
        AND (COALESCE(cardinality(f.modes), 0) = 0 OR f.modes && ev.modes)
        AND (COALESCE(cardinality(f.words), 0) = 0 OR NOT EXISTS (SELECT 1 FROM unnest(f.words) w WHERE strpos(ev."searchKey", w) = 0))
        AND (f."territoryId" IS NULL
          OR (COALESCE(f.scope, 'dedans') = 'dedans' AND f."territoryId" = ANY(ev.within))
          OR f.above && ev.own)
      UNION ALL
      SELECT f.id, f."userId", f.label, ev."eventId", ev.name, ev.slug
      FROM ev JOIN "Follow" f ON f.kind = 'TERRITORY' AND f."territoryId" = ANY(ev.within)
      UNION ALL
      SELECT f.id, f."userId", f.label, ev."eventId", ev.name, ev.slug
      FROM ev JOIN "Follow" f ON f.kind = 'ACTOR' AND f."actorId" = ev."actorId"
    )
    SELECT p."followId", p."userId", p.label, p."eventId",
      ${c.events["actor.published"]("")} || p.name AS title, ${paths.actor("")} || p.slug AS href
    FROM pairs p JOIN "User" u ON u.id = p."userId" AND u."disabledAt" IS NULL`;
}

// A published alliance: followers of the alliance itself, of a territory it acts in, of one of
// its confirmed partner organisations.
function allianceMatches(ids: bigint[]): Prisma.Sql {
  return Prisma.sql`
    WITH ev AS (
      SELECT e.id AS "eventId", al.id AS "allianceId", al.title AS name, al.slug,
        ARRAY(SELECT DISTINCT ta."ancestorId" FROM "AllianceTerritory" t JOIN "TerritoryAncestor" ta ON ta."descendantId" = t."territoryId"
              WHERE t."allianceId" = al.id) AS within,
        ARRAY(SELECT p."actorId" FROM "AlliancePartner" p WHERE p."allianceId" = al.id AND p.status = 'CONFIRMED') AS partners
      FROM "FollowEvent" e JOIN "Alliance" al ON al.id = e."entityId" AND al.status = 'PUBLISHED'
      WHERE e.id = ANY(${ids}::bigint[]) AND e.kind = 'alliance.published'
    ),
    pairs AS (
      SELECT f.id AS "followId", f."userId", f.label, ev."eventId", ev.name, ev.slug
      FROM ev JOIN "Follow" f ON (f.kind = 'ALLIANCE' AND f."allianceId" = ev."allianceId")
        OR (f.kind = 'TERRITORY' AND f."territoryId" = ANY(ev.within))
        OR (f.kind = 'ACTOR' AND f."actorId" = ANY(ev.partners))
    )
    SELECT p."followId", p."userId", p.label, p."eventId",
      ${c.events["alliance.published"]("")} || p.name AS title, ${paths.alliance("")} || p.slug AS href
    FROM pairs p JOIN "User" u ON u.id = p."userId" AND u."disabledAt" IS NULL`;
}

// A published alliance's new stage: its own followers only (the event's detail is the stage's name).
function stageMatches(ids: bigint[]): Prisma.Sql {
  return Prisma.sql`
    SELECT f.id AS "followId", f."userId", f.label, e.id AS "eventId",
      ${c.events["alliance.stage"]("")} || al.title || ${c.stageSuffix("")} || e.detail AS title, ${paths.alliance("")} || al.slug AS href
    FROM "FollowEvent" e JOIN "Alliance" al ON al.id = e."entityId" AND al.status = 'PUBLISHED'
    JOIN "Follow" f ON f.kind = 'ALLIANCE' AND f."allianceId" = al.id
    JOIN "User" u ON u.id = f."userId" AND u."disabledAt" IS NULL
    WHERE e.id = ANY(${ids}::bigint[]) AND e.kind = 'alliance.stage'`;
}

/** Writes the matches of one kind of event and their notifications (one per person and item). */
async function writeMatches(tx: Tx, pairs: Prisma.Sql, now: Date): Promise<{ matches: number; notifications: number }> {
  const [row] = await tx.$queryRaw<{ matches: bigint; notifications: bigint }[]>`
    WITH found AS (${pairs}),
    inserted AS (
      INSERT INTO "FollowMatch" ("followId", "eventId", "userId", title, href, "createdAt")
      SELECT "followId", "eventId", "userId", title, href, ${now} FROM found
      ON CONFLICT DO NOTHING
      RETURNING "followId", "eventId", "userId", title, href
    ),
    notified AS (
      INSERT INTO "Notification" (id, "userId", kind, title, body, href, email, "createdAt")
      SELECT DISTINCT ON (i."userId", i."eventId") gen_random_uuid()::text, i."userId", 'follow.match', i.title,
        ${c.notificationBody("")} || f.label, i.href, 'NONE', ${now}
      FROM inserted i JOIN "Follow" f ON f.id = i."followId"
      ORDER BY i."userId", i."eventId", f."createdAt"
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM inserted) AS matches, (SELECT count(*) FROM notified) AS notifications`;
  return { matches: Number(row?.matches ?? 0), notifications: Number(row?.notifications ?? 0) };
}

/**
 * Matches the events not matched yet. Safe on two workers at once: the claim skips the events
 * another run holds, and FollowMatch's key refuses a pair twice.
 */
export async function matchFollowEvents(now: Date = new Date(), client: typeof db = db): Promise<MatchRun> {
  return client.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: bigint }[]>`
        UPDATE "FollowEvent" SET "matchedAt" = ${now}
        WHERE id IN (SELECT id FROM "FollowEvent" WHERE "matchedAt" IS NULL ORDER BY id LIMIT ${MATCH_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id`;
      if (claimed.length === 0) return { events: 0, matches: 0, notifications: 0 };
      const ids = claimed.map((row) => row.id);
      const actors = await writeMatches(tx, actorMatches(ids), now);
      const alliances = await writeMatches(tx, allianceMatches(ids), now);
      const stages = await writeMatches(tx, stageMatches(ids), now);
      return {
        events: ids.length,
        matches: actors.matches + alliances.matches + stages.matches,
        notifications: actors.notifications + alliances.notifications + stages.notifications,
      };
    },
    { timeout: 120_000 },
  );
}
