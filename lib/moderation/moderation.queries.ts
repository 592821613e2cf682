import "server-only";
// Reads of the moderation queue: what is PENDING among organisations, alliances, needs and offers,
// oldest first, with the organisation that submitted it and what changed. Checked here
// (moderation.decide) as well as by the /admin layout.
import { Prisma } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";
import { MODERATION_ENTITIES, type ModerationKind } from "./moderation";

export const MODERATION_PAGE_SIZE = 20;

/** The position of an item in the queue: submission time, then kind and id to break ties. */
export type QueueKey = { kind: ModerationKind; id: string; submittedAt: Date };

export type SubmittingOrganisation = { id: string; name: string; slug: string; status: string };

export type ModerationQueueItem = QueueKey & {
  title: string;
  organisation: SubmittingOrganisation | null;
  /** False for an edit of something already published (actors and alliances); null when unknown. */
  firstSubmission: boolean | null;
  version: number | null;
  previousRejection: string | null;
  details: { key: string; value: string }[];
  lastChange: { action: string; summary: string; createdAt: Date; by: string | null } | null;
};

// One indexed scan per table (status is the first column of an index on each).
const pendingUnion = Prisma.sql`
  SELECT 'actor' AS kind, id, "updatedAt" AS "submittedAt" FROM "Actor" WHERE status = 'PENDING'
  UNION ALL SELECT 'alliance', id, "updatedAt" FROM "Alliance" WHERE status = 'PENDING'
  UNION ALL SELECT 'need', id, "updatedAt" FROM "Need" WHERE status = 'PENDING'
  UNION ALL SELECT 'offer', id, "updatedAt" FROM "Offer" WHERE status = 'PENDING'`;

// Timestamps are stored as UTC wall time without a zone: compare with the ISO text cast the
// same way, whatever the session's time zone.
const asTimestamp = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;

/** Queue keys in order, after `cursor` (keyset) or at `offset`. Used by the page and the export. */
export async function listPendingKeys(input: { cursor?: QueueKey; offset?: number; take: number }): Promise<QueueKey[]> {
  const after = input.cursor
    ? Prisma.sql`WHERE (q."submittedAt", q.kind, q.id) > (${asTimestamp(input.cursor.submittedAt)}, ${input.cursor.kind}, ${input.cursor.id})`
    : Prisma.empty;
  return db.$queryRaw<QueueKey[]>`
    SELECT q.kind, q.id, q."submittedAt" FROM (${pendingUnion}) q ${after}
    ORDER BY q."submittedAt", q.kind, q.id LIMIT ${input.take} OFFSET ${input.offset ?? 0}`;
}

async function countPending(): Promise<number> {
  const [actors, alliances, needs, offers] = await Promise.all([
    db.actor.count({ where: { status: "PENDING" } }),
    db.alliance.count({ where: { status: "PENDING" } }),
    db.need.count({ where: { status: "PENDING" } }),
    db.offer.count({ where: { status: "PENDING" } }),
  ]);
  return actors + alliances + needs + offers;
}

const orgSelect = { id: true, name: true, slug: true, status: true } as const;

type Loaded = Omit<ModerationQueueItem, keyof QueueKey | "lastChange">;

async function loadActors(ids: string[]): Promise<Map<string, Loaded>> {
  const rows = await db.actor.findMany({
    where: { id: { in: ids } },
    select: {
      ...orgSelect,
      kind: true,
      siren: true,
      website: true,
      contactEmail: true,
      description: true,
      version: true,
      publishedAt: true,
      moderationReason: true,
      territories: { select: { territory: { select: { name: true } } }, take: 5 },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        title: row.name,
        organisation: { id: row.id, name: row.name, slug: row.slug, status: row.status },
        firstSubmission: row.publishedAt === null,
        version: row.version,
        previousRejection: row.moderationReason,
        details: [
          { key: "kind", value: row.kind },
          { key: "siren", value: row.siren ?? "" },
          { key: "website", value: row.website ?? "" },
          { key: "contactEmail", value: row.contactEmail ?? "" },
          { key: "territories", value: row.territories.map((t) => t.territory.name).join(", ") },
          { key: "description", value: row.description },
        ].filter((detail) => detail.value !== ""),
      },
    ]),
  );
}

async function loadAlliances(ids: string[]): Promise<Map<string, Loaded>> {
  const rows = await db.alliance.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      summary: true,
      mode: true,
      stage: true,
      version: true,
      publishedAt: true,
      moderationReason: true,
      // The lead partner submits the alliance; the oldest lead if there are several.
      partners: { where: { role: "LEAD" }, select: { actor: { select: orgSelect } }, orderBy: { actor: { createdAt: "asc" } }, take: 1 },
    },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        title: row.title,
        organisation: row.partners[0]?.actor ?? null,
        firstSubmission: row.publishedAt === null,
        version: row.version,
        previousRejection: row.moderationReason,
        details: [
          { key: "mode", value: row.mode },
          { key: "stage", value: row.stage },
          { key: "description", value: row.summary },
        ].filter((detail) => detail.value !== ""),
      },
    ]),
  );
}

async function loadNeedsOrOffers(kind: "need" | "offer", ids: string[]): Promise<Map<string, Loaded>> {
  const args = {
    where: { id: { in: ids } },
    select: { id: true, title: true, description: true, mode: true, theme: true, territory: { select: { name: true } }, actor: { select: orgSelect } },
  } as const;
  const rows = kind === "need" ? await db.need.findMany(args) : await db.offer.findMany(args);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        title: row.title,
        organisation: row.actor,
        firstSubmission: null,
        version: null,
        previousRejection: null,
        details: [
          { key: "mode", value: row.mode },
          { key: "theme", value: row.theme },
          { key: "territory", value: row.territory.name },
          { key: "description", value: row.description },
        ].filter((detail) => detail.value !== ""),
      },
    ]),
  );
}

/** The latest audit row of each item: the closest thing to "what changed" the schema keeps. */
async function latestChanges(keys: QueueKey[]): Promise<Map<string, ModerationQueueItem["lastChange"]>> {
  if (keys.length === 0) return new Map();
  const rows = await db.auditLog.findMany({
    where: { OR: keys.map((key) => ({ entity: MODERATION_ENTITIES[key.kind], entityId: key.id })) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { entity: true, entityId: true, action: true, summary: true, createdAt: true, user: { select: { name: true, email: true } } },
    take: keys.length * 10,
  });
  const result = new Map<string, ModerationQueueItem["lastChange"]>();
  for (const row of rows) {
    const key = `${row.entity}:${row.entityId}`;
    if (!result.has(key))
      result.set(key, { action: row.action, summary: row.summary, createdAt: row.createdAt, by: row.user ? (row.user.name ?? row.user.email) : null });
  }
  return result;
}

/** Full items for the given keys, in the keys' order; keys whose row vanished meanwhile are dropped. */
export async function loadQueueItems(keys: QueueKey[]): Promise<ModerationQueueItem[]> {
  const idsOf = (kind: ModerationKind) => keys.filter((key) => key.kind === kind).map((key) => key.id);
  const [actors, alliances, needs, offers, changes] = await Promise.all([
    loadActors(idsOf("actor")),
    loadAlliances(idsOf("alliance")),
    loadNeedsOrOffers("need", idsOf("need")),
    loadNeedsOrOffers("offer", idsOf("offer")),
    latestChanges(keys),
  ]);
  const maps = { actor: actors, alliance: alliances, need: needs, offer: offers };
  return keys.flatMap((key) => {
    const loaded = maps[key.kind].get(key.id);
    return loaded ? [{ ...key, ...loaded, lastChange: changes.get(`${MODERATION_ENTITIES[key.kind]}:${key.id}`) ?? null }] : [];
  });
}

export async function listModerationQueue(
  principal: Principal,
  input: { page?: number; pageSize?: number } = {},
): Promise<{ items: ModerationQueueItem[]; pageInfo: PageInfo }> {
  assertCan(principal, "moderation.decide");
  const pageSize = input.pageSize ?? MODERATION_PAGE_SIZE;
  const page = Math.max(1, Math.trunc(input.page ?? 1) || 1);
  const [keys, total] = await Promise.all([listPendingKeys({ offset: pageOffset(page, pageSize), take: pageSize }), countPending()]);
  return { items: await loadQueueItems(keys), pageInfo: buildPageInfo(page, pageSize, total) };
}

/** The title of an item whatever its status, for the message shown after a decision. */
export async function getModerationTitle(principal: Principal, kind: ModerationKind, id: string): Promise<string | null> {
  assertCan(principal, "moderation.decide");
  const select = { where: { id }, select: { title: true } } as const;
  switch (kind) {
    case "actor":
      return (await db.actor.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "alliance":
      return (await db.alliance.findUnique(select))?.title ?? null;
    case "need":
      return (await db.need.findUnique(select))?.title ?? null;
    case "offer":
      return (await db.offer.findUnique(select))?.title ?? null;
  }
}
