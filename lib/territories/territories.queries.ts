// Public reads of the territory reference. Territories are public data; actors and alliances are
// only ever counted or listed when published, and only through their public fields.
import "server-only";
import { cache } from "react";
import { Prisma, type EpciType, type TerritoryKind } from "@/generated/prisma/client";
import { cachedCounts } from "@/lib/cache/reference-cache";
import { db } from "@/lib/db";
import { parseTerritoryParam } from "@/lib/directory/directory";
import { ValidationError } from "@/lib/errors";
import { buildPageInfo, pageOffset, type PageInfo, type TerritoryLineage, type TerritoryRef } from "@/lib/territories/territories";
import { compareFrench } from "@/lib/text/sort";

export const CHILDREN_PAGE_SIZE = 50;

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
  /** A commune's établissement public territorial (Grand Paris). */
  ept: TerritoryRef | null;
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
        orderBy: { group: { searchKey: "asc" } },
      },
      // Project perimeters contain a territory directly or through a member (a CRTE made of
      // EPCI contains their communes): the closure table knows both.
      // The départements and régions too: an EPCI across départements lies in each of them.
      // And the métropole of an établissement public territorial.
      ancestors: {
        where: { depth: { gt: 0 }, ancestor: { kind: { in: ["PROJET", "DEPARTEMENT", "REGION", "EPCI"] } } },
        select: { ancestor: { select: { ...refSelect, epciType: true } } },
        orderBy: [{ ancestor: { code: "asc" } }],
      },
    },
  });
  if (!territory) return null;
  const { ancestors } = territory;

  const groups = territory.memberOf.map((membership) => membership.group);
  // A commune of the Grand Paris belongs to the Métropole (its EPCI) and to an établissement
  // public territorial; an arrondissement belongs to its commune's EPCI; an EPT lies in the Métropole.
  const containing = ancestors.find(({ ancestor }) => ancestor.kind === "EPCI")?.ancestor ?? null;
  const epci = groups.find((group) => group.epciType !== "EPT") ?? territory.commune?.memberOf[0]?.group ?? (territory.epciType === "EPT" ? containing : null);
  const ept = groups.find((group) => group.epciType === "EPT") ?? null;
  const { commune, memberOf: _memberOf, ancestors: _ancestors, ...rest } = territory;
  return {
    ...rest,
    commune: commune ? { kind: commune.kind, code: commune.code, name: commune.name } : null,
    epci: epci ? { kind: epci.kind, code: epci.code, name: epci.name } : null,
    epciDetail: epci,
    ept: ept ? toRef(ept) : null,
    departements: ancestors.filter(({ ancestor }) => ancestor.kind === "DEPARTEMENT").map(({ ancestor }) => toRef(ancestor)),
    regions: ancestors.filter(({ ancestor }) => ancestor.kind === "REGION").map(({ ancestor }) => toRef(ancestor)),
    projects: ancestors
      .filter(({ ancestor }) => ancestor.kind === "PROJET")
      .map(({ ancestor }) => toRef(ancestor))
      .sort((a, b) => compareFrench(a.name, b.name)),
  };
});

// ───────────── Children ─────────────

export type ChildSectionKey = "departements" | "epci" | "communes" | "epts" | "members" | "projectMembers" | "arrondissements";

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
 * EPCI or territoire de projet → members (paginated), and the Métropole du Grand Paris its EPT;
 * commune → its arrondissements.
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
        db.territory.findMany({
          where: { kind: "EPCI", ancestors: { some: { ancestorId: territory.id } } },
          select: childSelect,
          orderBy: [{ searchKey: "asc" }, { code: "asc" }],
        }),
        db.territory.findMany({ where: communesWhere, select: childSelect, orderBy: [{ searchKey: "asc" }, { code: "asc" }], skip, take }),
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
      const [items, total, epts] = await Promise.all([
        db.territory.findMany({ where, select: childSelect, orderBy: [{ searchKey: "asc" }, { code: "asc" }], skip, take }),
        db.territory.count({ where }),
        // The établissements publics territoriaux inside the Métropole du Grand Paris.
        territory.kind === "EPCI"
          ? db.territory.findMany({
              where: { kind: "EPCI", ancestors: { some: { ancestorId: territory.id, depth: { gt: 0 } } } },
              select: childSelect,
              orderBy: [{ searchKey: "asc" }, { code: "asc" }],
            })
          : [],
      ]);
      const key = territory.kind === "EPCI" ? "members" : "projectMembers";
      const members: ChildSection = { key, items, pageInfo: buildPageInfo(page, take, total), total };
      return epts.length > 0 ? [{ key: "epts", items: epts, pageInfo: null, total: epts.length }, members] : [members];
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

/**
 * Territory parameters chosen in a form ("commune-42218") → their ids and names, read in the
 * caller's transaction. An unknown one is an error of the `territories` field, never a silent
 * drop; one chosen twice counts once.
 */
export async function resolveTerritoryParams(
  tx: Prisma.TransactionClient,
  params: readonly string[],
  invalidMessage: string,
): Promise<{ id: number; name: string }[]> {
  const rows: { id: number; name: string }[] = [];
  for (const param of params) {
    const parsed = parseTerritoryParam(param);
    const row = parsed ? await tx.territory.findUnique({ where: { kind_code: parsed }, select: { id: true, name: true } }) : null;
    if (!row) throw new ValidationError({ territories: [invalidMessage] });
    if (!rows.some((known) => known.id === row.id)) rows.push(row);
  }
  return rows;
}
