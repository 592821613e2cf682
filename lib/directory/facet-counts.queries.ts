// The counts of one directory search — total, every facet, the régions and the map — in one SQL
// statement. The rows matching the text and territory are found once (a materialized CTE, the
// trigram index and the closure table doing the work), each facet filter becomes a boolean
// column of those rows, and every facet is counted from them: the link tables are then reached
// by their entity-id indexes for the matched rows only, instead of being hash-joined whole by one
// statement per facet (issue #4's sequential scans). Counts over the whole published set still
// come from the materialized view (stored-counts.queries.ts).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { TerritoryScope } from "@/lib/directory/directory";
import { areaCountsSql, territoryLinks, toAreaCounts, whereAll, type AreaCount, type TerritoryLink } from "@/lib/directory/directory.sql";
import { getStoredCounts, onlyPublished, type StoredCounts, type StoredDirectory } from "@/lib/directory/stored-counts.queries";

export type AreaKind = "DEPARTEMENT" | "REGION";

/**
 * A facet: its value for a matched row m, either one of m's columns, or the rows of a SELECT
 * (one column "value", at most one row per value) run for each m.id through its index.
 */
export type FacetDefinition<K extends string> = { key: K; column: Prisma.Sql; values?: never } | { key: K; values: Prisma.Sql; column?: never };

/** One search of a directory as SQL pieces (built by buildActorSql / buildAllianceSql). */
export interface DirectorySearch<K extends string> {
  directory: StoredDirectory;
  clauses: Record<K, Prisma.Sql | null>;
  /** The clauses no facet leaves out (published status, text): they delimit the matched rows. */
  fixed: readonly K[];
  /** FROM with the territory join when one is chosen; unscoped without it. */
  scoped: Prisma.Sql;
  unscoped: Prisma.Sql;
  /** The entity's id, and the columns of it the facets read (e.g. `a.kind AS kind`). */
  id: Prisma.Sql;
  columns: Prisma.Sql;
  facets: readonly FacetDefinition<K>[];
  /** The key of the "inside / around" clause, counted when a territory is chosen. */
  scopeKey: K;
  hasTerritory: boolean;
}

export interface DirectoryCounts {
  total: number;
  /** Facet key → value → count; absent when the facets were not asked for. */
  facets: Map<string, Map<string, number>> | null;
  /** Inside / around the chosen territory, when one is chosen and the facets were asked for. */
  scopes: Map<TerritoryScope, number> | null;
  regions: AreaCount[];
  areas: AreaCount[] | null;
}

interface CountItem<K extends string> {
  name: string;
  /** The facet clauses this count leaves out. */
  omit: K[];
  branch(filter: Prisma.Sql): Prisma.Sql;
}

interface Row {
  item: string;
  value: string | null;
  name: string | null;
  count: bigint | number;
}

const flagName = (key: string) => Prisma.raw(`"f_${key}"`);

/** The facet clauses that are set (they become flags of the matched rows). */
function setFacetKeys<K extends string>(search: DirectorySearch<K>): K[] {
  return (Object.keys(search.clauses) as K[]).filter((key) => search.clauses[key] !== null && !search.fixed.includes(key));
}

/**
 * A per-row subquery kept as such (OFFSET 0 stops the planner from flattening it into a join):
 * it runs for each matched row through the link table's entity index, so the cost follows the
 * number of matches, never the size of the link tables.
 */
function perRow(select: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${select} OFFSET 0`;
}

/**
 * Matched rows per département (or région), as areaCountsSql counts them for the other callers:
 * a territory's own département and région columns, grouped by area before the names are joined.
 */
function areaBranch(link: TerritoryLink, kind: AreaKind, filter: Prisma.Sql): Prisma.Sql {
  const column = Prisma.raw(kind === "DEPARTEMENT" ? `"departementId"` : `"regionId"`);
  return Prisma.sql`SELECT ${kind}::text AS item, t.code AS value, t.name, x.count FROM (
      SELECT v.area, count(*) AS count FROM m CROSS JOIN LATERAL (${perRow(Prisma.sql`
        SELECT DISTINCT CASE WHEN lt.kind = ${kind}::"TerritoryKind" THEN lt.id ELSE lt.${column} END AS area
        FROM ${link.table} l JOIN "Territory" lt ON lt.id = l."territoryId" WHERE l.${link.id} = m.id`)}) v
      WHERE ${filter} GROUP BY v.area
    ) x JOIN "Territory" t ON t.id = x.area`;
}

/** The counts this search needs that the stored view cannot give. */
function liveItems<K extends string>(
  search: DirectorySearch<K>,
  wanted: { total: boolean; facets: boolean; areas?: AreaKind },
  stored: StoredCounts | null,
): CountItem<K>[] {
  const fromStore = (omit: K[]) => stored !== null && !search.hasTerritory && onlyPublished(search.clauses, omit);
  const link = territoryLinks[search.directory];
  const items: CountItem<K>[] = [];
  if (wanted.total && !fromStore([]))
    items.push({
      name: "total",
      omit: [],
      branch: (filter) => Prisma.sql`SELECT 'total' AS item, NULL AS value, NULL AS name, count(*) AS count FROM m WHERE ${filter}`,
    });
  if (wanted.facets) {
    for (const facet of search.facets) {
      if (fromStore([facet.key])) continue;
      items.push({
        name: facet.key,
        omit: [facet.key],
        branch: (filter) =>
          facet.column
            ? Prisma.sql`SELECT ${facet.key}::text AS item, (${facet.column})::text AS value, NULL AS name, count(*) AS count FROM m WHERE ${filter} GROUP BY 2`
            : Prisma.sql`SELECT ${facet.key}::text AS item, v.value::text AS value, NULL AS name, count(*) AS count
                FROM m CROSS JOIN LATERAL (${perRow(facet.values)}) v WHERE ${filter} GROUP BY v.value`,
      });
    }
    if (search.hasTerritory) {
      items.push({
        name: "scope",
        omit: [search.scopeKey],
        branch: (filter) => Prisma.sql`SELECT 'scope' AS item, m.scope::text AS value, NULL AS name, count(*) AS count FROM m WHERE ${filter} GROUP BY m.scope`,
      });
    } else if (!fromStore([search.scopeKey])) {
      items.push({ name: "REGION", omit: [search.scopeKey], branch: (filter) => areaBranch(link, "REGION", filter) });
    }
  }
  // The map of a search inside a territory is drawn without it: counted apart, below.
  if (wanted.areas && !search.hasTerritory && !fromStore([search.scopeKey]) && !items.some((item) => item.name === wanted.areas)) {
    const kind = wanted.areas;
    items.push({ name: kind, omit: [search.scopeKey], branch: (filter) => areaBranch(link, kind, filter) });
  }
  return items;
}

/** The single statement counting every live item from the rows matched once. */
export function countsStatement<K extends string>(search: DirectorySearch<K>, items: CountItem<K>[]): Prisma.Sql {
  const flags = setFacetKeys(search);
  const flagColumns = flags.map((key) => Prisma.sql`(${search.clauses[key]}) AS ${flagName(key)}`);
  const scopeColumn = search.hasTerritory ? Prisma.sql`sc.scope` : Prisma.sql`NULL::int`;
  const filterOf = (omit: K[]) => {
    const kept = flags.filter((key) => !omit.includes(key));
    return kept.length > 0
      ? Prisma.join(
          kept.map((key) => Prisma.sql`m.${flagName(key)}`),
          " AND ",
        )
      : Prisma.sql`TRUE`;
  };
  // A row is kept when some count needs it: it passes every set filter but one count's own.
  const needed = items.map((item) => flags.filter((key) => !item.omit.includes(key)));
  const anyRow = needed.some((keys) => keys.length === 0);
  const wanted = anyRow
    ? Prisma.sql`TRUE`
    : Prisma.join(
        needed.map(
          (keys) =>
            Prisma.sql`(${Prisma.join(
              keys.map((key) => search.clauses[key]!),
              " AND ",
            )})`,
        ),
        " OR ",
      );
  const fixed = whereAll(search.clauses, flags);
  return Prisma.sql`WITH m AS MATERIALIZED (
      SELECT ${search.id} AS id, ${scopeColumn} AS scope, ${search.columns}${flagColumns.length > 0 ? Prisma.sql`, ${Prisma.join(flagColumns)}` : Prisma.empty}
      FROM ${search.scoped} WHERE ${fixed} AND (${wanted}))
    ${Prisma.join(
      items.map((item) => Prisma.sql`(${item.branch(filterOf(item.omit))})`),
      " UNION ALL ",
    )}`;
}

function sortAreas(areas: AreaCount[]): AreaCount[] {
  return areas.sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Total, facets (when asked) and map areas (when asked) of one search. */
export async function loadDirectoryCounts<K extends string>(
  search: DirectorySearch<K>,
  wanted: { total: boolean; facets: boolean; areas?: AreaKind },
): Promise<DirectoryCounts> {
  const storable =
    !search.hasTerritory && [[] as K[], ...search.facets.map((facet) => [facet.key]), [search.scopeKey]].some((omit) => onlyPublished(search.clauses, omit));
  const stored = storable ? await getStoredCounts(search.directory) : null;
  const items = liveItems(search, wanted, stored);
  const link = territoryLinks[search.directory];
  const [rows, territoryAreas] = await Promise.all([
    items.length > 0 ? db.$queryRaw<Row[]>(countsStatement(search, items)) : Promise.resolve([] as Row[]),
    wanted.areas && search.hasTerritory
      ? db.$queryRaw<AreaCount[]>(
          areaCountsSql(link, Prisma.sql`SELECT ${search.id} FROM ${search.unscoped} WHERE ${whereAll(search.clauses, [search.scopeKey])}`, wanted.areas),
        )
      : Promise.resolve(null),
  ]);
  const live = new Map<string, Row[]>();
  for (const row of rows) live.set(row.item, [...(live.get(row.item) ?? []), row]);
  const isLive = (name: string) => items.some((item) => item.name === name);
  const countsOf = (name: string): Map<string, number> =>
    new Map((isLive(name) ? (live.get(name) ?? []) : (stored?.rows(name) ?? [])).map((row) => [String(row.value), Number(row.count)]));
  const areasOf = (kind: AreaKind): AreaCount[] =>
    isLive(kind)
      ? sortAreas((live.get(kind) ?? []).map((row) => ({ code: String(row.value), name: String(row.name), count: Number(row.count) })))
      : (stored?.areas(kind) ?? []);

  const facets = wanted.facets ? new Map(search.facets.map((facet) => [facet.key as string, countsOf(facet.key)])) : null;
  const scopes = wanted.facets && search.hasTerritory ? countsOf("scope") : null;
  return {
    total: isLive("total") ? Number(live.get("total")?.[0]?.count ?? 0) : (stored?.total ?? 0),
    facets,
    // As territoryScopeTable numbers them: 0 inside, 1 around.
    scopes: scopes
      ? new Map<TerritoryScope, number>([
          ["dedans", scopes.get("0") ?? 0],
          ["autour", scopes.get("1") ?? 0],
        ])
      : null,
    regions: wanted.facets && !search.hasTerritory ? areasOf("REGION") : [],
    areas: wanted.areas ? (territoryAreas ? toAreaCounts(territoryAreas) : areasOf(wanted.areas)) : null,
  };
}
