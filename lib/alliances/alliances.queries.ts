// The public showcase of alliances: published alliances only, and among their partners only the
// confirmed ones whose organisation is published. Filtering, ranking, paging and every facet
// count run in PostgreSQL; JavaScript only ever holds one page and the counts.
import "server-only";
import { Prisma, type ActorKind, type AllianceMode, type AllianceStage } from "@/generated/prisma/client";
import { summarise } from "@/lib/actors/actors.queries";
import type { AllianceSearchState } from "@/lib/alliances/alliances.schemas";
import { db } from "@/lib/db";
import { DIRECTORY_PAGE_SIZE, toSearchTerms, type TerritoryScope } from "@/lib/directory/directory";
import type { ChosenTerritory } from "@/lib/directory/directory.queries";
import {
  areaCountsSql,
  enumList,
  nameKeyOf,
  territoryLinks,
  territoryScopeTable,
  textMatch,
  textRank,
  textSimilarity,
  toAreaCounts,
  toCounts,
  whereAll,
  type AreaCount,
  type CountRow,
} from "@/lib/directory/directory.sql";
import { countAllianceTerritories, countVisiblePartners } from "@/lib/directory/link-counts.queries";
import { getStoredCounts, onlyPublished } from "@/lib/directory/stored-counts.queries";
import { createFacetCache, facetKey } from "@/lib/directory/ttl-cache";
import { buildPageInfo, pageOffset, type PageInfo, type TerritoryRef } from "@/lib/territories/territories";

const LIST_PARTNERS = 4;
const LIST_TERRITORIES = 3;

export type AllianceQuery = Omit<AllianceSearchState, "territory" | "place" | "view" | "mapScale"> & { territory: ChosenTerritory | null };

/** The partners the public may see: confirmed, and whose organisation is published. */
export const visiblePartner = { status: "CONFIRMED", actor: { status: "PUBLISHED" } } as const;

export interface AllianceListItem {
  slug: string;
  title: string;
  summary: string;
  mode: AllianceMode;
  stage: AllianceStage;
  partners: { slug: string; name: string }[];
  partnerCount: number;
  territories: TerritoryRef[];
  territoryCount: number;
  targetCodes: string[];
  scope: TerritoryScope | null;
}

export interface AllianceFacets {
  modes: Map<AllianceMode, number>;
  stages: Map<AllianceStage, number>;
  targets: Map<string, number>;
  partnerKinds: Map<ActorKind, number>;
  scopes: Map<TerritoryScope, number> | null;
  regions: AreaCount[];
}

export interface AllianceSearchResult {
  items: AllianceListItem[];
  pageInfo: PageInfo;
  facets: AllianceFacets | null;
  /** Per département or région, for the map view (when asked for). */
  areas: AreaCount[] | null;
}

type ClauseKey = "status" | "text" | "mode" | "stage" | "target" | "partnerKind" | "scope";

export function buildAllianceSql(query: AllianceQuery) {
  const terms = toSearchTerms(query.q);
  const key = Prisma.sql`al."searchKey"`;
  const clauses: Record<ClauseKey, Prisma.Sql | null> = {
    status: Prisma.sql`al.status = 'PUBLISHED'`,
    text: terms ? textMatch(key, terms) : null,
    mode: query.modes.length > 0 ? Prisma.sql`al.mode IN (${enumList(query.modes, "AllianceMode")})` : null,
    stage: query.stages.length > 0 ? Prisma.sql`al.stage IN (${enumList(query.stages, "AllianceStage")})` : null,
    target:
      query.targets.length > 0
        ? Prisma.sql`EXISTS (SELECT 1 FROM "AllianceSdgTarget" t WHERE t."allianceId" = al.id AND t."targetCode" IN (${Prisma.join(query.targets)}))`
        : null,
    partnerKind:
      query.partnerKinds.length > 0
        ? Prisma.sql`EXISTS (SELECT 1 FROM "AlliancePartner" p JOIN "Actor" ac ON ac.id = p."actorId"
            WHERE p."allianceId" = al.id AND p.status = 'CONFIRMED' AND ac.status = 'PUBLISHED'
            AND ac.kind IN (${enumList(query.partnerKinds, "ActorKind")}))`
        : null,
    scope: query.territory && query.scope ? Prisma.sql`sc.scope = ${query.scope === "dedans" ? 0 : 1}` : null,
  };
  const scoped = query.territory
    ? Prisma.sql`"Alliance" al JOIN ${territoryScopeTable(territoryLinks.alliance, query.territory.id)} sc ON sc.eid = al.id`
    : Prisma.sql`"Alliance" al`;
  const unscoped = Prisma.sql`"Alliance" al`;

  const order: Prisma.Sql[] = [];
  if (query.sort === "recents") order.push(Prisma.sql`al."publishedAt" DESC NULLS LAST`);
  if (query.sort === "pertinence") {
    if (query.territory) order.push(Prisma.sql`sc.scope`);
    if (terms) order.push(textRank(key, terms), Prisma.sql`${textSimilarity(key, terms)} DESC`);
    // Without a text or a territory, the most recently published come first.
    if (!terms && !query.territory) order.push(Prisma.sql`al."publishedAt" DESC NULLS LAST`);
  }
  order.push(nameKeyOf(key), Prisma.sql`al.id`);
  return { clauses, scoped, unscoped, order: Prisma.join(order, ", ") };
}

type AllianceSql = ReturnType<typeof buildAllianceSql>;

async function loadFacets(query: AllianceQuery, sql: AllianceSql): Promise<AllianceFacets> {
  const { clauses, scoped, unscoped } = sql;
  // Counted over the whole published set when no territory is chosen and the facet's other
  // filters are unset: then the stored counts (materialized view) are the same numbers.
  const facets: ClauseKey[] = ["mode", "stage", "target", "partnerKind", "scope"];
  const stored = !query.territory && facets.some((facet) => onlyPublished(clauses, [facet])) ? await getStoredCounts("alliance") : null;
  const fromStore = <T>(facet: ClauseKey) => (stored && onlyPublished(clauses, [facet]) ? (stored.rows(facet) as CountRow<T>[]) : null);
  const storedRegions = stored && onlyPublished(clauses, ["scope"]) ? stored.areas("REGION") : null;
  const [modes, stages, targets, partnerKinds, scopes, regions] = await Promise.all([
    fromStore<AllianceMode>("mode") ??
      db.$queryRaw<CountRow<AllianceMode>[]>`SELECT al.mode AS value, count(*) AS count FROM ${scoped}
      WHERE ${whereAll(clauses, ["mode"])} GROUP BY al.mode`,
    fromStore<AllianceStage>("stage") ??
      db.$queryRaw<CountRow<AllianceStage>[]>`SELECT al.stage AS value, count(*) AS count FROM ${scoped}
      WHERE ${whereAll(clauses, ["stage"])} GROUP BY al.stage`,
    fromStore<string>("target") ??
      db.$queryRaw<CountRow<string>[]>`SELECT t."targetCode" AS value, count(*) AS count FROM ${scoped}
      JOIN "AllianceSdgTarget" t ON t."allianceId" = al.id WHERE ${whereAll(clauses, ["target"])} GROUP BY t."targetCode"`,
    fromStore<ActorKind>("partnerKind") ??
      db.$queryRaw<CountRow<ActorKind>[]>`SELECT x.kind AS value, count(*) AS count FROM (
        SELECT DISTINCT ac.kind, al.id FROM ${scoped}
        JOIN "AlliancePartner" p ON p."allianceId" = al.id AND p.status = 'CONFIRMED'
        JOIN "Actor" ac ON ac.id = p."actorId" AND ac.status = 'PUBLISHED'
        WHERE ${whereAll(clauses, ["partnerKind"])}
      ) x GROUP BY x.kind`,
    query.territory
      ? db.$queryRaw<CountRow<number>[]>`SELECT sc.scope AS value, count(*) AS count FROM ${scoped}
          WHERE ${whereAll(clauses, ["scope"])} GROUP BY sc.scope`
      : Promise.resolve(null),
    query.territory
      ? Promise.resolve([])
      : (storedRegions ??
        db.$queryRaw<AreaCount[]>(areaCountsSql(territoryLinks.alliance, Prisma.sql`SELECT al.id FROM ${unscoped} WHERE ${whereAll(clauses, ["scope"])}`, "REGION"))),
  ]);
  const scopeCounts = scopes ? toCounts(scopes) : null;
  return {
    modes: toCounts(modes),
    stages: toCounts(stages),
    targets: toCounts(targets),
    partnerKinds: toCounts(partnerKinds),
    scopes: scopeCounts ? new Map<TerritoryScope, number>([["dedans", scopeCounts.get(0) ?? 0], ["autour", scopeCounts.get(1) ?? 0]]) : null,
    regions: toAreaCounts(regions),
  };
}

async function listPage(sql: AllianceSql, withScope: boolean, offset: number, limit: number): Promise<AllianceListItem[]> {
  const scopeColumn = withScope ? Prisma.sql`sc.scope` : Prisma.sql`NULL::int`;
  const rows = await db.$queryRaw<{ id: string; scope: number | null }[]>`
    SELECT al.id, ${scopeColumn} AS scope FROM ${sql.scoped} WHERE ${whereAll(sql.clauses)}
    ORDER BY ${sql.order} LIMIT ${limit} OFFSET ${offset}`;
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.id);
  const [alliances, partnerCounts, territoryCounts] = await Promise.all([
    db.alliance.findMany({
      where: { id: { in: ids }, status: "PUBLISHED" },
      select: {
        id: true,
        slug: true,
        title: true,
        summary: true,
        description: true,
        mode: true,
        stage: true,
        partners: {
          where: visiblePartner,
          select: { actor: { select: { slug: true, name: true } } },
          orderBy: [{ role: "asc" }, { actor: { name: "asc" } }],
          take: LIST_PARTNERS,
        },
        territories: { select: { territory: { select: { kind: true, code: true, name: true } } }, orderBy: { territory: { name: "asc" } }, take: LIST_TERRITORIES },
        targets: { select: { targetCode: true } },
      },
    }),
    countVisiblePartners(ids),
    countAllianceTerritories(ids),
  ]);
  const byId = new Map(alliances.map((alliance) => [alliance.id, alliance]));
  return rows.flatMap((row) => {
    const alliance = byId.get(row.id);
    if (!alliance) return [];
    return [
      {
        slug: alliance.slug,
        title: alliance.title,
        summary: summarise(alliance.summary || alliance.description),
        mode: alliance.mode,
        stage: alliance.stage,
        partners: alliance.partners.map((partner) => partner.actor),
        partnerCount: partnerCounts.get(alliance.id) ?? 0,
        territories: alliance.territories.map((link) => link.territory),
        territoryCount: territoryCounts.get(alliance.id) ?? 0,
        targetCodes: alliance.targets.map((target) => target.targetCode),
        scope: row.scope === null ? null : row.scope === 0 ? "dedans" : "autour",
      },
    ];
  });
}

// Facet and map counts, shared between requests for a few seconds (see ttl-cache.ts).
const facetCache = createFacetCache<AllianceFacets>();
const areaCache = createFacetCache<AreaCount[]>();

/**
 * One page of the showcase with its facet counts; each facet is counted with every filter but
 * its own, so that ticking another value of the same facet widens the search as announced.
 */
export async function searchAlliances(
  query: AllianceQuery,
  options: { facets?: boolean; areas?: "DEPARTEMENT" | "REGION"; pageSize?: number } = {},
): Promise<AllianceSearchResult> {
  const pageSize = options.pageSize ?? DIRECTORY_PAGE_SIZE;
  const sql = buildAllianceSql(query);
  const offset = pageOffset(query.page, pageSize);
  // Without any filter, the total and the map are the stored counts too.
  const stored = !query.territory && onlyPublished(sql.clauses) ? await getStoredCounts("alliance") : null;
  const [countRows, facets, areas] = await Promise.all([
    stored
      ? [{ total: BigInt(stored.total) }]
      : db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM ${sql.scoped} WHERE ${whereAll(sql.clauses)}`,
    options.facets === false ? Promise.resolve(null) : facetCache.get(facetKey(query), () => loadFacets(query, sql)),
    options.areas
      ? areaCache.get(facetKey(query, { areas: options.areas }), async () =>
          stored
            ? stored.areas(options.areas!)
            : toAreaCounts(await db.$queryRaw<AreaCount[]>(areaCountsSql(territoryLinks.alliance, Prisma.sql`SELECT al.id FROM ${sql.unscoped} WHERE ${whereAll(sql.clauses, ["scope"])}`, options.areas!))),
        )
      : Promise.resolve(null),
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  const items = offset < total ? await listPage(sql, query.territory !== null, offset, pageSize) : [];
  return { items, pageInfo: buildPageInfo(query.page, pageSize, total), facets, areas };
}
