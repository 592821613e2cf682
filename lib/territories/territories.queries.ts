// Public reads of the territory reference. Territories are public data; actors and alliances are
// only ever counted or listed when published, and only through their public fields.
import "server-only";
import { cache } from "react";
import { Prisma, type EpciType, type TerritoryKind } from "@/generated/prisma/client";
import { cachedCounts } from "@/lib/cache/reference-cache";
import { db } from "@/lib/db";
import { escapeLike, toSearchKey } from "@/lib/text/search-key";
import {
  buildPageInfo,
  pageOffset,
  toCodeCandidate,
  toPostalCodeCandidate,
  type PageInfo,
  type TerritoryLineage,
  type TerritoryRef,
} from "@/lib/territories/territories";

export const SEARCH_PAGE_SIZE = 20;
export const CHILDREN_PAGE_SIZE = 50;

export interface TerritorySearchResult extends TerritoryRef {
  id: number;
  population: number | null;
  epciType: EpciType | null;
  isArrondissement: boolean;
  departement: TerritoryRef | null;
  region: TerritoryRef | null;
}

export interface TerritorySearchPage {
  items: TerritorySearchResult[];
  pageInfo: PageInfo;
  /** True when the query was empty and a kind (régions by default) is listed by name instead. */
  browsing: boolean;
}

interface SearchRow {
  id: number;
  kind: TerritoryKind;
  code: string;
  name: string;
  population: number | null;
  epciType: EpciType | null;
  isArrondissement: boolean;
  departementCode: string | null;
  departementName: string | null;
  regionCode: string | null;
  regionName: string | null;
}

const searchColumns = Prisma.sql`
  t.id, t.kind, t.code, t.name, t.population, t."epciType", t."isArrondissement",
  d.code AS "departementCode", d.name AS "departementName",
  r.code AS "regionCode", r.name AS "regionName"
  FROM "Territory" t
  LEFT JOIN "Territory" d ON d.id = t."departementId"
  LEFT JOIN "Territory" r ON r.id = t."regionId"`;

function toSearchResult(row: SearchRow): TerritorySearchResult {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    population: row.population,
    epciType: row.epciType,
    isArrondissement: row.isArrondissement,
    departement: row.departementCode ? { kind: "DEPARTEMENT", code: row.departementCode, name: row.departementName ?? "" } : null,
    region: row.regionCode ? { kind: "REGION", code: row.regionCode, name: row.regionName ?? "" } : null,
  };
}

/**
 * Finds territories by name (accents, case, hyphens and apostrophes ignored), official code or
 * postal code. Order: exact name or code, then names starting with the query, then names
 * containing it; ties by population (largest first), then name. An empty query lists a kind by
 * name instead (the régions when no kind is given): the browse entry point.
 */
export async function searchTerritories(input: { q: string; kind?: TerritoryKind; page: number; pageSize?: number }): Promise<TerritorySearchPage> {
  const pageSize = input.pageSize ?? SEARCH_PAGE_SIZE;
  const offset = pageOffset(input.page, pageSize);
  const key = toSearchKey(input.q);

  if (input.q.trim() === "") {
    const kind = input.kind ?? "REGION";
    const where = Prisma.sql`t.kind = ${kind}::"TerritoryKind" AND NOT t."isArrondissement"`;
    const [rows, total] = await Promise.all([
      db.$queryRaw<SearchRow[]>`SELECT ${searchColumns} WHERE ${where} ORDER BY t.name, t.code LIMIT ${pageSize} OFFSET ${offset}`,
      countWhere(where),
    ]);
    return { items: rows.map(toSearchResult), pageInfo: buildPageInfo(input.page, pageSize, total), browsing: true };
  }

  const code = toCodeCandidate(input.q);
  const postalCode = toPostalCodeCandidate(input.q);
  // Input with no letter or digit (only quotes, "%"…) matches no name rather than every name.
  const contains = key ? `%${escapeLike(key)}%` : null;
  const prefix = key ? `${escapeLike(key)}%` : null;

  const matches: Prisma.Sql[] = [];
  if (contains) matches.push(Prisma.sql`t."searchKey" LIKE ${contains} ESCAPE '\\'`);
  if (code) matches.push(Prisma.sql`t.code = ${code}`);
  if (postalCode) matches.push(Prisma.sql`${postalCode} = ANY(t."postalCodes")`);
  if (matches.length === 0) return { items: [], pageInfo: buildPageInfo(input.page, pageSize, 0), browsing: false };

  const kindFilter = input.kind ? Prisma.sql`AND t.kind = ${input.kind}::"TerritoryKind"` : Prisma.empty;
  const where = Prisma.sql`(${Prisma.join(matches, " OR ")}) ${kindFilter}`;
  const exact: Prisma.Sql[] = [];
  if (key) exact.push(Prisma.sql`t."searchKey" = ${key}`);
  if (code) exact.push(Prisma.sql`t.code = ${code}`);
  const rank = Prisma.sql`CASE
      ${exact.length > 0 ? Prisma.sql`WHEN ${Prisma.join(exact, " OR ")} THEN 0` : Prisma.empty}
      ${prefix ? Prisma.sql`WHEN t."searchKey" LIKE ${prefix} ESCAPE '\\' THEN 1` : Prisma.empty}
      ELSE 2 END`;

  const [rows, total] = await Promise.all([
    db.$queryRaw<SearchRow[]>`SELECT ${searchColumns} WHERE ${where}
      ORDER BY ${rank}, t.population DESC NULLS LAST, t.name, t.id
      LIMIT ${pageSize} OFFSET ${offset}`,
    countWhere(where),
  ]);
  return { items: rows.map(toSearchResult), pageInfo: buildPageInfo(input.page, pageSize, total), browsing: false };
}

async function countWhere(where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Territory" t WHERE ${where}`;
  return Number(row?.total ?? 0);
}

// ───────────── One territory ─────────────

const refSelect = { kind: true, code: true, name: true } as const;

export interface TerritoryDetail extends TerritoryLineage {
  id: number;
  population: number | null;
  epciType: EpciType | null;
  isArrondissement: boolean;
  postalCodes: string[];
  description: string | null;
  epciDetail: (TerritoryRef & { epciType: EpciType | null }) | null;
  projects: TerritoryRef[];
}

/** One territory with its parents; null when it does not exist. Cached per request. */
export const getTerritory = cache(async (kind: TerritoryKind, code: string): Promise<TerritoryDetail | null> => {
  const territory = await db.territory.findUnique({
    where: { kind_code: { kind, code } },
    select: {
      id: true,
      kind: true,
      code: true,
      name: true,
      population: true,
      epciType: true,
      isArrondissement: true,
      postalCodes: true,
      description: true,
      region: { select: refSelect },
      departement: { select: refSelect },
      commune: {
        select: { ...refSelect, memberOf: { where: { group: { kind: "EPCI" } }, select: { group: { select: { ...refSelect, epciType: true } } }, take: 1 } },
      },
      memberOf: {
        where: { group: { kind: "EPCI" } },
        select: { group: { select: { ...refSelect, epciType: true } } },
        orderBy: { group: { name: "asc" } },
      },
      // Project perimeters contain a territory directly or through a member (a CRTE made of
      // EPCI contains their communes): the closure table knows both.
      ancestors: {
        where: { depth: { gt: 0 }, ancestor: { kind: "PROJET" } },
        select: { ancestor: { select: refSelect } },
        orderBy: { ancestor: { name: "asc" } },
      },
    },
  });
  if (!territory) return null;

  const groups = territory.memberOf.map((membership) => membership.group);
  // An arrondissement belongs to its commune's EPCI.
  const epci = groups.find((group) => group.kind === "EPCI") ?? territory.commune?.memberOf[0]?.group ?? null;
  const { commune, memberOf: _memberOf, ancestors, ...rest } = territory;
  return {
    ...rest,
    commune: commune ? { kind: commune.kind, code: commune.code, name: commune.name } : null,
    epci: epci ? { kind: epci.kind, code: epci.code, name: epci.name } : null,
    epciDetail: epci,
    projects: ancestors.map(({ ancestor }) => ({ kind: ancestor.kind, code: ancestor.code, name: ancestor.name })),
  };
});

// ───────────── Children ─────────────

export type ChildSectionKey = "departements" | "epci" | "communes" | "members" | "projectMembers" | "arrondissements";

export interface ChildTerritory extends TerritoryRef {
  population: number | null;
  epciType: EpciType | null;
}

export interface ChildSection {
  key: ChildSectionKey;
  items: ChildTerritory[];
  /** Set on the one section that is paginated with the page's `?page=`. */
  pageInfo: PageInfo | null;
  total: number;
}

const childSelect = { kind: true, code: true, name: true, population: true, epciType: true } as const;

/**
 * What a territory contains: région → départements; département → EPCI and communes (paginated);
 * EPCI or territoire de projet → members (paginated); commune → its arrondissements.
 */
export async function listChildren(territory: { id: number; kind: TerritoryKind }, page: number): Promise<ChildSection[]> {
  const take = CHILDREN_PAGE_SIZE;
  const skip = pageOffset(page, take);
  switch (territory.kind) {
    case "REGION": {
      const items = await db.territory.findMany({ where: { regionId: territory.id, kind: "DEPARTEMENT" }, select: childSelect, orderBy: { code: "asc" } });
      return [{ key: "departements", items, pageInfo: null, total: items.length }];
    }
    case "DEPARTEMENT": {
      const communesWhere = { departementId: territory.id, kind: "COMMUNE", isArrondissement: false } as const;
      const [epci, communes, communeCount] = await Promise.all([
        db.territory.findMany({ where: { departementId: territory.id, kind: "EPCI" }, select: childSelect, orderBy: { name: "asc" } }),
        db.territory.findMany({ where: communesWhere, select: childSelect, orderBy: [{ name: "asc" }, { code: "asc" }], skip, take }),
        db.territory.count({ where: communesWhere }),
      ]);
      return [
        { key: "epci", items: epci, pageInfo: null, total: epci.length },
        { key: "communes", items: communes, pageInfo: buildPageInfo(page, take, communeCount), total: communeCount },
      ];
    }
    case "EPCI":
    case "PROJET": {
      const where = { memberOf: { some: { groupId: territory.id } } };
      const [items, total] = await Promise.all([
        db.territory.findMany({ where, select: childSelect, orderBy: [{ name: "asc" }, { code: "asc" }], skip, take }),
        db.territory.count({ where }),
      ]);
      const key = territory.kind === "EPCI" ? "members" : "projectMembers";
      return [{ key, items, pageInfo: buildPageInfo(page, take, total), total }];
    }
    case "COMMUNE": {
      const items = await db.territory.findMany({ where: { communeId: territory.id }, select: childSelect, orderBy: { code: "asc" } });
      return items.length > 0 ? [{ key: "arrondissements", items, pageInfo: null, total: items.length }] : [];
    }
  }
}

// ───────────── Actors and alliances present ─────────────
export interface HomeFigures {
  territories: Record<TerritoryKind, number>;
  actors: number;
  alliances: number;
  kits: number;
}

/** Counts shown on the home page; arrondissements municipaux are not counted as communes. */
/** The home page's figures: public counts, so they may lag a change by the count TTL (30 s). */
export function getHomeFigures(): Promise<HomeFigures> {
  return loadHomeFigures();
}

const loadHomeFigures = cachedCounts(async (): Promise<HomeFigures> => {
  const [byKind, actors, alliances, kits] = await Promise.all([
    db.territory.groupBy({ by: ["kind"], where: { isArrondissement: false }, _count: { _all: true } }),
    db.actor.count({ where: { status: "PUBLISHED" } }),
    db.alliance.count({ where: { status: "PUBLISHED" } }),
    db.kit.count({ where: { status: "PUBLISHED" } }),
  ]);
  const territories: Record<TerritoryKind, number> = { REGION: 0, DEPARTEMENT: 0, EPCI: 0, COMMUNE: 0, PROJET: 0 };
  for (const row of byKind) territories[row.kind] = row._count._all;
  return { territories, actors, alliances, kits };
});
