import "server-only";
// Reads of the moderation queue: what is PENDING among organisations, alliances, needs and offers,
// oldest first, with the organisation that submitted it and what changed. Checked here
// (moderation.decide) as well as by the /admin layout.
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";
import { claimCutoff, MODERATION_ENTITIES, type ModerationKind } from "./moderation";
import { countPending, listPendingKeys, type QueueFilters, type QueueKey } from "./queue.sql";

export const MODERATION_PAGE_SIZE = 20;

export { listPendingKeys, type QueueFilters, type QueueKey };

export type SubmittingOrganisation = { id: string; name: string; slug: string; status: string };

/** Who holds an item, while the claim lasts. */
export type ItemClaim = { userId: string; by: string; claimedAt: Date; mine: boolean };

export type ModerationQueueItem = QueueKey & {
  title: string;
  organisation: SubmittingOrganisation | null;
  /** False for an edit of something already published (actors and alliances); null when unknown. */
  firstSubmission: boolean | null;
  version: number | null;
  previousRejection: string | null;
  details: { key: string; value: string }[];
  lastChange: { action: string; summary: string; createdAt: Date; by: string | null } | null;
  claim: ItemClaim | null;
};

const orgSelect = { id: true, name: true, slug: true, status: true } as const;

type Loaded = Omit<ModerationQueueItem, keyof QueueKey | "lastChange" | "claim">;

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
    select: {
      id: true,
      title: true,
      description: true,
      mode: true,
      theme: true,
      moderationReason: true,
      territory: { select: { name: true } },
      actor: { select: orgSelect },
    },
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
        previousRejection: row.moderationReason,
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
    select: { entity: true, entityId: true, action: true, summary: true, createdAt: true, actorName: true, actorEmail: true },
    take: keys.length * 10,
  });
  const result = new Map<string, ModerationQueueItem["lastChange"]>();
  for (const row of rows) {
    const key = `${row.entity}:${row.entityId}`;
    if (!result.has(key)) result.set(key, { action: row.action, summary: row.summary, createdAt: row.createdAt, by: row.actorName ?? row.actorEmail });
  }
  return result;
}

/** The claims still held on these items, by "kind:id". */
async function claimsOf(keys: QueueKey[], viewerId: string | null, now: Date): Promise<Map<string, ItemClaim>> {
  if (keys.length === 0) return new Map();
  const rows = await db.moderationClaim.findMany({
    where: { OR: keys.map((key) => ({ kind: key.kind, itemId: key.id })), claimedAt: { gt: claimCutoff(now) } },
    select: { kind: true, itemId: true, userId: true, claimedAt: true, user: { select: { name: true, email: true } } },
  });
  return new Map(
    rows.map((row) => [
      `${row.kind}:${row.itemId}`,
      { userId: row.userId, by: row.user.name ?? row.user.email, claimedAt: row.claimedAt, mine: row.userId === viewerId },
    ]),
  );
}

/** Full items for the given keys, in the keys' order; keys whose row vanished meanwhile are dropped. */
export async function loadQueueItems(keys: QueueKey[], options: { viewerId?: string | null; now?: Date } = {}): Promise<ModerationQueueItem[]> {
  const idsOf = (kind: ModerationKind) => keys.filter((key) => key.kind === kind).map((key) => key.id);
  const [actors, alliances, needs, offers, changes, claims] = await Promise.all([
    loadActors(idsOf("actor")),
    loadAlliances(idsOf("alliance")),
    loadNeedsOrOffers("need", idsOf("need")),
    loadNeedsOrOffers("offer", idsOf("offer")),
    latestChanges(keys),
    claimsOf(keys, options.viewerId ?? null, options.now ?? new Date()),
  ]);
  const maps = { actor: actors, alliance: alliances, need: needs, offer: offers };
  return keys.flatMap((key) => {
    const loaded = maps[key.kind].get(key.id);
    if (!loaded) return [];
    const lastChange = changes.get(`${MODERATION_ENTITIES[key.kind]}:${key.id}`) ?? null;
    return [{ ...key, ...loaded, lastChange, claim: claims.get(`${key.kind}:${key.id}`) ?? null }];
  });
}

export async function listModerationQueue(
  principal: Principal,
  input: { page?: number; pageSize?: number; filters?: QueueFilters; now?: Date } = {},
): Promise<{ items: ModerationQueueItem[]; pageInfo: PageInfo }> {
  assertCan(principal, "moderation.decide");
  const pageSize = input.pageSize ?? MODERATION_PAGE_SIZE;
  const page = Math.max(1, Math.trunc(input.page ?? 1) || 1);
  const filters = input.filters ?? {};
  const viewerId = principal?.id ?? null;
  const [keys, total] = await Promise.all([
    listPendingKeys({ offset: pageOffset(page, pageSize), take: pageSize, filters, viewerId }),
    countPending(filters, viewerId),
  ]);
  return { items: await loadQueueItems(keys, { viewerId, now: input.now }), pageInfo: buildPageInfo(page, pageSize, total) };
}

/** The territories the queue can be narrowed to: régions and départements, by code. */
export async function listQueueTerritories(principal: Principal): Promise<{ kind: "REGION" | "DEPARTEMENT"; code: string; name: string }[]> {
  assertCan(principal, "moderation.decide");
  const rows = await db.territory.findMany({
    where: { kind: { in: ["REGION", "DEPARTEMENT"] } },
    select: { kind: true, code: true, name: true },
    orderBy: { code: "asc" },
  });
  return rows as { kind: "REGION" | "DEPARTEMENT"; code: string; name: string }[];
}
