// SQL fragments shared by the actor and alliance directories. Everything user-typed goes in as a
// bound parameter; only the constant table and column names below are written into the SQL.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { SEARCH_KEY_SEPARATOR, type SearchTerms } from "@/lib/directory/directory";
import { escapeLike } from "@/lib/text/search-key";

// The separator written into the SQL as a literal, not a parameter: the expression must be the
// one of the name-order indexes ("…_published_nameKey_idx" migrations) for the planner to use them.
const SEPARATOR_LITERAL = Prisma.raw(`'${SEARCH_KEY_SEPARATOR.replaceAll("'", "''")}'`);

/** The name part of a search key (the whole key when it holds the name only). */
export function nameKeyOf(searchKey: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`split_part(${searchKey}, ${SEPARATOR_LITERAL}, 1)`;
}

/** Every word somewhere in the key: one LIKE per word, each served by the trigram GIN index. */
export function textMatch(searchKey: Prisma.Sql, terms: SearchTerms): Prisma.Sql {
  const likes = terms.words.map((word) => Prisma.sql`${searchKey} LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`);
  return Prisma.sql`(${Prisma.join(likes, " AND ")})`;
}

/**
 * Best matches first: the name is the query, starts with it, contains it, contains all its
 * words; then matches found only in the description. Computed on matched rows only.
 */
export function textRank(searchKey: Prisma.Sql, terms: SearchTerms): Prisma.Sql {
  const name = nameKeyOf(searchKey);
  const key = escapeLike(terms.key);
  const allWordsInName = Prisma.join(
    terms.words.map((word) => Prisma.sql`${name} LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`),
    " AND ",
  );
  return Prisma.sql`CASE
    WHEN ${name} = ${terms.key} THEN 0
    WHEN ${name} LIKE ${`${key}%`} ESCAPE '\\' THEN 1
    WHEN ${name} LIKE ${`%${key}%`} ESCAPE '\\' THEN 2
    WHEN ${allWordsInName} THEN 3
    ELSE 4 END`;
}

/**
 * 1 when the name holds the query as whole words ("jardin" in "Le Jardin de Rive", not in "Les
 * Jardiniers"), 0 otherwise: orders matches of the same rank, best first. A LIKE on the padded
 * name key (its words are separated by single spaces, see toSearchKey): pg_trgm's
 * word_similarity gave nearly the same order but cost more than the search itself on large
 * result sets (77 ms for 5,000 matches at national scale).
 */
export function wholeWordMatch(searchKey: Prisma.Sql, terms: SearchTerms): Prisma.Sql {
  return Prisma.sql`CASE WHEN (' ' || ${nameKeyOf(searchKey)} || ' ') LIKE ${`% ${escapeLike(terms.key)} %`} ESCAPE '\\' THEN 1 ELSE 0 END`;
}

/** The link tables between an entity and the territories it acts on. */
export const territoryLinks = {
  actor: { table: Prisma.raw(`"ActorTerritory"`), id: Prisma.raw(`"actorId"`) },
  alliance: { table: Prisma.raw(`"AllianceTerritory"`), id: Prisma.raw(`"allianceId"`) },
} as const;
export type TerritoryLink = (typeof territoryLinks)[keyof typeof territoryLinks];

/**
 * The entities placed with respect to territory X, one row each (eid, scope): scope 0 when the
 * entity acts on X or on a territory inside X (X is an ancestor of it, depth 0 included), 1 when
 * it acts only on a territory that contains X. Both halves are index lookups on the closure
 * table (primary key on ancestorId; index on descendantId) and on the link's territoryId index.
 */
export function territoryScopeTable(link: TerritoryLink, territoryId: number): Prisma.Sql {
  return Prisma.sql`(
    SELECT x.eid, min(x.scope) AS scope FROM (
      SELECT l.${link.id} AS eid, 0 AS scope
        FROM "TerritoryAncestor" ta JOIN ${link.table} l ON l."territoryId" = ta."descendantId"
        WHERE ta."ancestorId" = ${territoryId}
      UNION ALL
      SELECT l.${link.id} AS eid, 1 AS scope
        FROM "TerritoryAncestor" ta JOIN ${link.table} l ON l."territoryId" = ta."ancestorId"
        WHERE ta."descendantId" = ${territoryId} AND ta.depth > 0
    ) x GROUP BY x.eid
  )`;
}

/** AND of the clauses that are set, leaving out the facet whose own counts are computed. */
export function whereAll<K extends string>(clauses: Record<K, Prisma.Sql | null>, omit: K[] = []): Prisma.Sql {
  const kept = (Object.entries(clauses) as [K, Prisma.Sql | null][])
    .filter(([key, clause]) => clause !== null && !omit.includes(key))
    .map(([, clause]) => clause as Prisma.Sql);
  return kept.length > 0 ? Prisma.join(kept, " AND ") : Prisma.sql`TRUE`;
}

export function enumList(values: readonly string[], type: string): Prisma.Sql {
  return Prisma.join(values.map((value) => Prisma.sql`${value}::${Prisma.raw(`"${type}"`)}`));
}

export interface CountRow<T> {
  value: T;
  count: bigint | number;
}

export function toCounts<T extends string | number>(rows: CountRow<T>[]): Map<T, number> {
  return new Map(rows.map((row) => [row.value, Number(row.count)]));
}

export interface AreaCount {
  code: string;
  name: string;
  count: number;
}

/**
 * Entities per département (or région) they act in, for the map and the région facet. A
 * territory's own département and région columns are used rather than the closure table: one
 * row per link instead of one per ancestor, and hash joins the planner estimates well. An EPCI
 * over two départements counts in the one of its seat, as the reference files place it; a
 * région-wide or national entity counts in no département.
 */
export function areaCountsSql(link: TerritoryLink, filtered: Prisma.Sql, kind: "DEPARTEMENT" | "REGION"): Prisma.Sql {
  const column = Prisma.raw(kind === "DEPARTEMENT" ? `"departementId"` : `"regionId"`);
  // Grouped by area before the names are joined: a hundred rows looked up, not every link.
  return Prisma.sql`
    SELECT t.code, t.name, x.count FROM (
      SELECT y.area, count(*) AS count FROM (
        SELECT DISTINCT l.${link.id} AS eid, CASE WHEN lt.kind = ${kind}::"TerritoryKind" THEN lt.id ELSE lt.${column} END AS area
        FROM (${filtered}) f
        JOIN ${link.table} l ON l.${link.id} = f.id
        JOIN "Territory" lt ON lt.id = l."territoryId"
      ) y GROUP BY y.area
    ) x
    JOIN "Territory" t ON t.id = x.area
    ORDER BY x.count DESC, t.code`;
}

export function toAreaCounts(rows: { code: string; name: string; count: bigint | number }[]): AreaCount[] {
  return rows.map((row) => ({ code: row.code, name: row.name, count: Number(row.count) }));
}
