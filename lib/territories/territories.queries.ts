// Public reads of the territory reference. Territories are public data; actors and alliances are
// only ever counted or listed when published, and only through their public fields.
import "server-only";
import { cache } from "react";
import { Prisma, type EpciType, type TerritoryKind } from "@/generated/prisma/client";
import { cachedCounts } from "@/lib/cache/reference-cache";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo, type TerritoryLineage, type TerritoryRef } from "@/lib/territories/territories";
import { findFormerMatch, parseTerritoryQuery, type FormerMatch, type SearchableTerritory, type TerritoryQuery } from "@/lib/territories/territory-search";
import { territoryCountSql, territoryPageSql } from "@/lib/territories/territory-search.sql";

export const SEARCH_PAGE_SIZE = 20;
export const CHILDREN_PAGE_SIZE = 50;

export interface TerritorySearchResult extends TerritoryRef {
  id: number;
  population: number | null;
  epciType: EpciType | null;
  isArrondissement: boolean;
  departement: TerritoryRef | null;
  region: TerritoryRef | null;
  /** The former commune (déléguée or associée) it was found by: « anciennement … ». */
  formerMatch: FormerMatch | null;
}

export interface TerritorySearchPage {
  items: TerritorySearchResult[];
  pageInfo: PageInfo;
  /** True when the query was empty and a kind (régions by default) is listed by name instead. */
  browsing: boolean;
}

interface SearchRow extends SearchableTerritory {
  id: number;
  kind: TerritoryKind;
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
  t.siren, t."postalCodes", t."formerNames", t."formerCodes", t."lookupCodes",
  d.code AS "departementCode", d.name AS "departementName",
  r.code AS "regionCode", r.name AS "regionName"`;

const withParents = Prisma.sql`
  LEFT JOIN "Territory" d ON d.id = t."departementId"
  LEFT JOIN "Territory" r ON r.id = t."regionId"`;

function toSearchResult(row: SearchRow, query: TerritoryQuery | null): TerritorySearchResult {
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
    formerMatch: query ? findFormerMatch(row, query) : null,
  };
}

export interface TerritorySearchInput {
  q: string;
  /** One kind (the site's filter) or several (what a form accepts); all kinds when neither. */
  kind?: TerritoryKind;
  kinds?: readonly TerritoryKind[];
  /** False leaves out the arrondissements municipaux (what cannot be a project member). */
  arrondissements?: boolean;
  page: number;
  pageSize?: number;
  /**
   * False skips counting every match (an autocomplete shows a few and no pagination): a common
   * fragment ("sai") then reads a few rows by population instead of thousands.
   */
  count?: boolean;
}

/**
 * The territory search of the site, of every territory autocomplete and choice list: by name
 * (accents, case, hyphens and apostrophes ignored; "st", "ste", "s'" for "saint", "sainte"), by
 * former name or code of a commune déléguée or associée, by official code, SIREN or postal code.
 * Order: exact name or code, exact former name or code, names starting with the query, the rest;
 * ties by population (largest first), then name. An empty query lists a kind by name instead
 * (the régions when no kind is given): the browse entry point.
 */
export async function searchTerritories(input: TerritorySearchInput): Promise<TerritorySearchPage> {
  const pageSize = input.pageSize ?? SEARCH_PAGE_SIZE;
  const offset = pageOffset(input.page, pageSize);

  if (input.q.trim() === "") {
    const kind = input.kind ?? "REGION";
    const where = Prisma.sql`t.kind = ${kind}::"TerritoryKind" AND NOT t."isArrondissement"`;
    const [rows, total] = await Promise.all([
      db.$queryRaw<SearchRow[]>`SELECT ${searchColumns} FROM "Territory" t ${withParents} WHERE ${where} ORDER BY t.name, t.code LIMIT ${pageSize} OFFSET ${offset}`,
      countWhere(where),
    ]);
    return { items: rows.map((row) => toSearchResult(row, null)), pageInfo: buildPageInfo(input.page, pageSize, total), browsing: true };
  }

  // Input with no letter or digit (only quotes, "%"…) matches nothing rather than everything.
  const query = parseTerritoryQuery(input.q);
  if (!query) return { items: [], pageInfo: buildPageInfo(input.page, pageSize, 0), browsing: false };

  const scope = { kinds: input.kinds ?? (input.kind ? [input.kind] : null), arrondissements: input.arrondissements };
  const [rows, counted] = await Promise.all([
    db.$queryRaw<SearchRow[]>(territoryPageSql(query, scope, { columns: searchColumns, joins: withParents, limit: pageSize, offset })),
    input.count === false ? null : db.$queryRaw<{ total: bigint }[]>(territoryCountSql(query, scope)),
  ]);
  const items = rows.map((row) => toSearchResult(row, query));
  const total = counted ? Number(counted[0]?.total ?? 0) : offset + items.length;
  return { items, pageInfo: buildPageInfo(input.page, pageSize, total), browsing: false };
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
  /** Communes déléguées and associées that are now part of this commune. */
  formerNames: string[];
  description: string | null;
  epciDetail: (TerritoryRef & { epciType: EpciType | null }) | null;
  /** Every département and région it lies in (several for an EPCI across départements), by code. */
  departements: TerritoryRef[];
  regions: TerritoryRef[];
  projects: TerritoryRef[];
}

const toRef = (ref: TerritoryRef): TerritoryRef => ({ kind: ref.kind, code: ref.code, name: ref.name });

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
      formerNames: true,
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
      // The départements and régions too: an EPCI across départements lies in each of them.
      ancestors: {
        where: { depth: { gt: 0 }, ancestor: { kind: { in: ["PROJET", "DEPARTEMENT", "REGION"] } } },
        select: { ancestor: { select: refSelect } },
        orderBy: [{ ancestor: { code: "asc" } }],
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
    departements: ancestors.filter(({ ancestor }) => ancestor.kind === "DEPARTEMENT").map(({ ancestor }) => toRef(ancestor)),
    regions: ancestors.filter(({ ancestor }) => ancestor.kind === "REGION").map(({ ancestor }) => toRef(ancestor)),
    projects: ancestors
      .filter(({ ancestor }) => ancestor.kind === "PROJET")
      .map(({ ancestor }) => toRef(ancestor))
      .sort((a, b) => a.name.localeCompare(b.name, "fr")),
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
        // By the closure table, not departementId (the seat's): an EPCI across départements is listed on each.
        db.territory.findMany({ where: { kind: "EPCI", ancestors: { some: { ancestorId: territory.id } } }, select: childSelect, orderBy: { name: "asc" } }),
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
