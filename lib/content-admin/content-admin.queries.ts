import "server-only";
// Reads of the back office's content lists and item pages (organisations, alliances), whatever
// their status. Checked here (content.list), not only by the /admin layout. The search runs on the
// rows' normalised searchKey (accents and case folded, trigram index), like the public directories.
import type { ActorKind, AllianceMode, AllianceStage, ModerationStatus, PartnerRole, PartnerStatus, Prisma } from "@/generated/prisma/client";
import { auditDateRange } from "@/lib/admin/audit-log";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";
import { CONTENT_PAGE_SIZE, STATUS_SLUGS, searchWords, type ContentSort } from "./content-admin";
import type { ContentListParams } from "./content-admin.schemas";

const TERRITORIES_SHOWN = 3;

type Page<T> = { items: T[]; pageInfo: PageInfo };

export type ContentRowBase = {
  id: string;
  title: string;
  status: ModerationStatus;
  moderationReason: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  territories: string[];
  territoryCount: number;
};
export type OrganisationRow = ContentRowBase & { kind: ActorKind; memberCount: number };
export type AllianceRow = ContentRowBase & { mode: AllianceMode; leads: string[] };

/** The territory itself or anything it contains (the closure table). */
export function inTerritoryTree(territoryId: number) {
  return { OR: [{ id: territoryId }, { ancestors: { some: { ancestorId: territoryId } } }] };
}

/** Inside a territory: linked to it or to anything it contains. */
function inTerritory(territoryId: number) {
  return { some: { territory: inTerritoryTree(territoryId) } };
}

function commonWhere<K extends string>(params: ContentListParams<K>) {
  const range = auditDateRange(params.publishedFrom ?? undefined, params.publishedTo ?? undefined);
  return {
    ...(params.statusSlug ? { status: STATUS_SLUGS[params.statusSlug] } : {}),
    ...(range.gte || range.lt ? { publishedAt: range } : {}),
    // Every word somewhere in the key: LIKE '%word%' on a trigram-indexed column.
    ...(searchWords(params.q).length > 0 ? { AND: searchWords(params.q).map((word) => ({ searchKey: { contains: word } })) } : {}),
    ...(params.territoryId ? { territories: inTerritory(params.territoryId) } : {}),
  };
}

function orderOf(sort: ContentSort, name: "name" | "title") {
  switch (sort) {
    case "nom":
      return [{ searchKey: "asc" as const }, { id: "asc" as const }];
    case "publication":
      return [{ publishedAt: { sort: "desc" as const, nulls: "last" as const } }, { id: "asc" as const }];
    case "modification":
      return [{ updatedAt: "desc" as const }, { id: "asc" as const }];
    case "recents":
      return [{ createdAt: "desc" as const }, { [name]: "asc" as const }, { id: "asc" as const }];
  }
}

const territoriesSelect = {
  select: { territory: { select: { name: true } } },
  orderBy: { territory: { searchKey: "asc" } },
  take: TERRITORIES_SHOWN,
} as const;

/** A restriction of a list to some ids (e.g. the « Attribué à » filter, lib/assignments). */
export type IdCondition = { in: string[] } | { notIn: string[] } | undefined;

export async function listOrganisationsForStaff(principal: Principal, params: ContentListParams<ActorKind>, ids?: IdCondition): Promise<Page<OrganisationRow>> {
  assertCan(principal, "content.list");
  const where: Prisma.ActorWhereInput = { ...commonWhere(params), ...(params.kind ? { kind: params.kind } : {}), ...(ids ? { id: ids } : {}) };
  const [rows, total] = await Promise.all([
    db.actor.findMany({
      where,
      orderBy: orderOf(params.sort, "name"),
      skip: pageOffset(params.page, CONTENT_PAGE_SIZE),
      take: CONTENT_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        kind: true,
        status: true,
        moderationReason: true,
        publishedAt: true,
        updatedAt: true,
        territories: territoriesSelect,
        _count: { select: { territories: true, memberships: true } },
      },
    }),
    db.actor.count({ where }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    title: row.name,
    kind: row.kind,
    status: row.status,
    moderationReason: row.moderationReason,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    territories: row.territories.map((link) => link.territory.name),
    territoryCount: row._count.territories,
    memberCount: row._count.memberships,
  }));
  return { items, pageInfo: buildPageInfo(params.page, CONTENT_PAGE_SIZE, total) };
}

export async function listAlliancesForStaff(principal: Principal, params: ContentListParams<AllianceMode>, ids?: IdCondition): Promise<Page<AllianceRow>> {
  assertCan(principal, "content.list");
  const where: Prisma.AllianceWhereInput = { ...commonWhere(params), ...(params.kind ? { mode: params.kind } : {}), ...(ids ? { id: ids } : {}) };
  const [rows, total] = await Promise.all([
    db.alliance.findMany({
      where,
      orderBy: orderOf(params.sort, "title"),
      skip: pageOffset(params.page, CONTENT_PAGE_SIZE),
      take: CONTENT_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        mode: true,
        status: true,
        moderationReason: true,
        publishedAt: true,
        updatedAt: true,
        territories: territoriesSelect,
        partners: { where: { role: "LEAD" }, select: { actor: { select: { name: true } } }, orderBy: { actor: { name: "asc" } } },
        _count: { select: { territories: true } },
      },
    }),
    db.alliance.count({ where }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    title: row.title,
    mode: row.mode,
    status: row.status,
    moderationReason: row.moderationReason,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    territories: row.territories.map((link) => link.territory.name),
    territoryCount: row._count.territories,
    leads: row.partners.map((partner) => partner.actor.name),
  }));
  return { items, pageInfo: buildPageInfo(params.page, CONTENT_PAGE_SIZE, total) };
}

/** The régions and départements the territory filter offers, by name. */
export async function listFilterTerritories(principal: Principal) {
  assertCan(principal, "content.list");
  return db.territory.findMany({
    where: { kind: { in: ["REGION", "DEPARTEMENT"] } },
    select: { id: true, kind: true, code: true, name: true },
    orderBy: [{ searchKey: "asc" }, { code: "asc" }],
  });
}

const itemBase = { status: true, moderationReason: true, slug: true, publishedAt: true, createdAt: true, updatedAt: true, version: true } as const;
const itemTerritories = { select: { territory: { select: { kind: true, code: true, name: true } } }, orderBy: { territory: { searchKey: "asc" } } } as const;

export type OrganisationItem = {
  id: string;
  name: string;
  kind: ActorKind;
  status: ModerationStatus;
  moderationReason: string | null;
  slug: string;
  siren: string | null;
  website: string | null;
  contactEmail: string | null;
  description: string;
  verified: boolean;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  territories: { territory: { name: string } }[];
  memberships: { role: "MEMBER" | "ADMIN"; user: { name: string | null; email: string } }[];
};

/** One organisation for its back-office page, or null when there is none with this id. */
export async function getOrganisationForStaff(principal: Principal, id: string): Promise<OrganisationItem | null> {
  assertCan(principal, "content.list");
  return db.actor.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      siren: true,
      website: true,
      contactEmail: true,
      description: true,
      verified: true,
      ...itemBase,
      territories: itemTerritories,
      memberships: { select: { role: true, user: { select: { name: true, email: true } } }, orderBy: [{ role: "asc" }, { user: { email: "asc" } }] },
    },
  });
}

export type AllianceItem = {
  id: string;
  title: string;
  mode: AllianceMode;
  stage: AllianceStage;
  status: ModerationStatus;
  moderationReason: string | null;
  slug: string;
  summary: string;
  description: string;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  territories: { territory: { name: string } }[];
  partners: { role: PartnerRole; status: PartnerStatus; actor: { id: string; name: string } }[];
};

/** One alliance for its back-office page, or null when there is none with this id. */
export async function getAllianceForStaff(principal: Principal, id: string): Promise<AllianceItem | null> {
  assertCan(principal, "content.list");
  return db.alliance.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      mode: true,
      stage: true,
      summary: true,
      description: true,
      ...itemBase,
      territories: itemTerritories,
      partners: { select: { role: true, status: true, actor: { select: { id: true, name: true } } }, orderBy: [{ role: "asc" }, { actor: { name: "asc" } }] },
    },
  });
}
