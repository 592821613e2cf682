// Actors and alliances for the open data API: the directories' own filters (buildActorSql,
// buildAllianceSql: published rows only, the same text search, facets and "dans / autour"
// territory scope), walked by slug instead of paged by OFFSET, then hydrated with public fields
// only. Never selected: contact e-mail and phone, moderation reasons, members, drafts.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { buildActorSql } from "@/lib/actors/actors.queries";
import { slugToEnum } from "@/lib/directory/directory";
import { ACTOR_KINDS, ALLIANCE_MODES } from "@/lib/actors/actors.schemas";
import { publicActorSelect } from "@/lib/actors/public-page.queries";
import { buildAllianceSql } from "@/lib/alliances/alliances.queries";
import { publicAllianceSelect } from "@/lib/alliances/public-page.queries";
import { ALLIANCE_STAGES } from "@/lib/alliances/alliances.schemas";
import { db } from "@/lib/db";
import { whereAll } from "@/lib/directory/directory.sql";
import { paths } from "@/lib/paths";
import type { ActorApiQuery, AllianceApiQuery } from "./query.schemas";
import type { ActorItem, AllianceItem } from "./response.schemas";
import { absolute, chosenTerritory, isoDate, isoDateTime, slug, slugOrNull, territoryRef, toPage, type ListOptions, type ListPage } from "./shared";

const enums = <T extends string>(values: readonly T[], slugs: readonly string[] | undefined): T[] => (slugs ?? []).map((value) => slugToEnum(values, value)!);

const actorSelect = {
  ...publicActorSelect,
  sdgs: { select: { sdgNumber: true }, orderBy: { sdgNumber: "asc" } },
} as const satisfies Prisma.ActorSelect;

type ActorRow = Prisma.ActorGetPayload<{ select: typeof actorSelect }>;

function toActorItem(actor: ActorRow, origin: string): ActorItem {
  return {
    slug: actor.slug,
    name: actor.name,
    type: slug(actor.kind),
    description: actor.description,
    website: actor.website,
    verified: actor.verified,
    network: actor.parent && actor.parent.status === "PUBLISHED" ? { slug: actor.parent.slug, name: actor.parent.name } : null,
    territories: actor.territories.map((link) => territoryRef(link.territory)),
    sdgs: actor.sdgs.map((link) => link.sdgNumber),
    publishedAt: isoDateTime(actor.publishedAt),
    updatedAt: actor.updatedAt.toISOString(),
    url: absolute(origin, paths.actor(actor.slug)),
  };
}

/** Rows of `ids` in the order of `ids` (the SQL's), dropping any that vanished in between. */
function inOrder<R extends { id: string }>(ids: string[], rows: R[]): R[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listOpenActors(query: ActorApiQuery, after: string | undefined, options: ListOptions): Promise<ListPage<ActorItem>> {
  const territory = await chosenTerritory(query.territoire);
  const sql = buildActorSql({
    q: query.q ?? "",
    kinds: enums(ACTOR_KINDS, query.type),
    sdgs: query.odd ?? [],
    modes: enums(ALLIANCE_MODES, query.mode),
    territory,
    scope: territory ? query.portee : undefined,
    sort: "nom",
    page: 1,
  });
  const keyset = after === undefined ? Prisma.sql`TRUE` : Prisma.sql`a.slug > ${after}`;
  const rows = await db.$queryRaw<{ id: string; slug: string }[]>`
    SELECT a.id, a.slug FROM ${sql.scoped} WHERE ${whereAll(sql.clauses)} AND ${keyset}
    ORDER BY a.slug LIMIT ${options.limit + 1}`;
  const page = toPage(
    rows,
    options.limit,
    (row) => [row.slug],
    (kept) => kept.map((row) => row.id),
  );
  const actors = await db.actor.findMany({ where: { id: { in: page.items }, status: "PUBLISHED" }, select: actorSelect });
  return { items: inOrder(page.items, actors).map((actor) => toActorItem(actor, options.origin)), nextKey: page.nextKey };
}

export async function getOpenActor(actorSlug: string, origin: string): Promise<ActorItem | null> {
  const actor = await db.actor.findFirst({ where: { slug: actorSlug, status: "PUBLISHED" }, select: actorSelect });
  return actor ? toActorItem(actor, origin) : null;
}

const allianceSelect = {
  ...publicAllianceSelect,
  id: true,
  updatedAt: true,
  targets: { select: { target: { select: { code: true, position: true } } } },
} as const satisfies Prisma.AllianceSelect;

type AllianceRow = Prisma.AllianceGetPayload<{ select: typeof allianceSelect }>;

function toAllianceItem(alliance: AllianceRow, origin: string): AllianceItem {
  return {
    slug: alliance.slug,
    title: alliance.title,
    summary: alliance.summary,
    description: alliance.description,
    mode: slug(alliance.mode),
    mecenatKind: slugOrNull(alliance.mecenatKind),
    stage: slug(alliance.stage),
    startDate: isoDate(alliance.startDate),
    endDate: isoDate(alliance.endDate),
    results: alliance.results,
    partners: alliance.partners.map((partner) => ({
      slug: partner.actor.slug,
      name: partner.actor.name,
      type: slug(partner.actor.kind),
      role: partner.role === "LEAD" ? ("lead" as const) : ("partner" as const),
      roleLabel: partner.roleLabel,
    })),
    territories: alliance.territories.map((link) => territoryRef(link.territory)),
    targets: alliance.targets
      .map((link) => link.target)
      .sort((a, b) => a.position - b.position)
      .map((target) => target.code),
    publishedAt: isoDateTime(alliance.publishedAt),
    updatedAt: alliance.updatedAt.toISOString(),
    url: absolute(origin, paths.alliance(alliance.slug)),
  };
}

export async function listOpenAlliances(query: AllianceApiQuery, after: string | undefined, options: ListOptions): Promise<ListPage<AllianceItem>> {
  const territory = await chosenTerritory(query.territoire);
  const sql = buildAllianceSql({
    q: query.q ?? "",
    modes: enums(ALLIANCE_MODES, query.mode),
    stages: enums(ALLIANCE_STAGES, query.etape),
    targets: query.cible ?? [],
    partnerKinds: enums(ACTOR_KINDS, query.partenaire),
    territory,
    scope: territory ? query.portee : undefined,
    sort: "nom",
    page: 1,
  });
  const keyset = after === undefined ? Prisma.sql`TRUE` : Prisma.sql`al.slug > ${after}`;
  const rows = await db.$queryRaw<{ id: string; slug: string }[]>`
    SELECT al.id, al.slug FROM ${sql.scoped} WHERE ${whereAll(sql.clauses)} AND ${keyset}
    ORDER BY al.slug LIMIT ${options.limit + 1}`;
  const page = toPage(
    rows,
    options.limit,
    (row) => [row.slug],
    (kept) => kept.map((row) => row.id),
  );
  const alliances = await db.alliance.findMany({ where: { id: { in: page.items }, status: "PUBLISHED" }, select: allianceSelect });
  return { items: inOrder(page.items, alliances).map((alliance) => toAllianceItem(alliance, options.origin)), nextKey: page.nextKey };
}

export async function getOpenAlliance(allianceSlug: string, origin: string): Promise<AllianceItem | null> {
  const alliance = await db.alliance.findFirst({ where: { slug: allianceSlug, status: "PUBLISHED" }, select: allianceSelect });
  return alliance ? toAllianceItem(alliance, origin) : null;
}
