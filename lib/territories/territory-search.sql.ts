// The one territory search, SQL part: which rows of "Territory" t a query finds, and in what
// order. The rules mirror territory-search.ts, which says which former name a row was found by.
//
// Speed, without a sequential scan of the 37,000 territories: the exact name is a B-tree lookup
// on "searchKey"; parts of names are trigram GIN lookups on "searchKey" and on "formerKeys" (the
// former names' keys, "|rochetaillee|": pg_trgm pads words at "|", so a whole former name is a
// selective lookup too); codes use the B-tree on code and the GIN on lookupCodes. A page of
// results is taken from the union of: the exact matches; the prefix matches and the other
// matches, each by population (largest first) with the page's limit, which PostgreSQL reads
// from the population index when the fragment is common ("sai") and from the trigram index when
// it is rare ("rochetaill"); the few rows without a population.
import { Prisma, type TerritoryKind } from "@/generated/prisma/client";
import { escapeLike, NAME_KEYS_SEPARATOR } from "@/lib/text/search-key";
import { MIN_CONTAINS_LENGTH, type TerritoryQuery } from "@/lib/territories/territory-search";

const bar = NAME_KEYS_SEPARATOR;
const name = (pattern: string) => Prisma.sql`t."searchKey" LIKE ${pattern}`;
const former = (pattern: string) => Prisma.sql`t."formerKeys" LIKE ${pattern}`;
const or = (conditions: Prisma.Sql[]) => (conditions.length > 0 ? Prisma.sql`(${Prisma.join(conditions, " OR ")})` : Prisma.sql`FALSE`);

interface Conditions {
  /** Its name, or its own code, SIREN or postal code (for ranking: not all indexed). */
  exact: Prisma.Sql[];
  /** A former name, or a former code (for ranking). */
  former: Prisma.Sql[];
  /** The exact and former ones, as index lookups (the SIREN and postal codes through lookupCodes). */
  whole: Prisma.Sql[];
  /** A name or former name starting with the query. */
  prefix: Prisma.Sql[];
  /** Everything the query finds (the conditions above are all inside it). */
  match: Prisma.Sql[];
}

function conditionsOf(query: TerritoryQuery): Conditions {
  const found: Conditions = { exact: [], former: [], whole: [], prefix: [], match: [] };
  for (const key of query.keys) {
    const k = escapeLike(key);
    const exact = Prisma.sql`t."searchKey" = ${key}`;
    const wholeFormer = former(`%${bar}${k}${bar}%`);
    const prefix = [name(`${k}%`), former(`%${bar}${k}%`)];
    found.exact.push(exact);
    found.former.push(wholeFormer);
    found.whole.push(exact, wholeFormer);
    found.prefix.push(...prefix);
    // A short key only matches the start of a name: "ab" inside a name is noise, and no trigram.
    found.match.push(...(key.length >= MIN_CONTAINS_LENGTH ? [name(`%${k}%`), former(`%${k}%`)] : prefix));
  }
  if (query.code) {
    const code = query.code;
    // lookupCodes holds the SIREN, the postal and the former codes: one GIN lookup for them all.
    const lookup = [Prisma.sql`t.code = ${code}`, Prisma.sql`t."lookupCodes" @> ARRAY[${code}]::text[]`];
    found.exact.push(Prisma.sql`t.code = ${code}`, Prisma.sql`t.siren = ${code}`, Prisma.sql`${code} = ANY(t."postalCodes")`);
    found.former.push(Prisma.sql`${code} = ANY(t."lookupCodes")`);
    found.whole.push(...lookup);
    found.match.push(...lookup);
  }
  return found;
}

/** The condition on `t` (a "Territory" row) that the query's results meet. */
export function territoryMatchSql(query: TerritoryQuery): Prisma.Sql {
  return or(conditionsOf(query).match);
}

/**
 * The rank of a matching row, best first: 0 its name or its own code, SIREN or postal code;
 * 1 a former name or former code; 2 a name or former name starting with the query; 3 the rest.
 */
function territoryRankSql(query: TerritoryQuery): Prisma.Sql {
  const { exact, former, prefix } = conditionsOf(query);
  return Prisma.sql`CASE WHEN ${or(exact)} THEN 0 WHEN ${or(former)} THEN 1 WHEN ${or(prefix)} THEN 2 ELSE 3 END`;
}

/** The order of results: rank, then population (largest first), then name. */
export function territoryOrderSql(query: TerritoryQuery): Prisma.Sql {
  return Prisma.sql`${territoryRankSql(query)}, t.population DESC NULLS LAST, t."searchKey", t.id`;
}

/**
 * Ids of rows that include the first `limit` results in territoryOrderSql's order (and a few
 * more): each branch keeps its own best `limit`, and a result of rank r is among the best
 * `limit` of the first branch whose condition it meets, whatever outranks it being fewer.
 * `filter` narrows every branch (kinds, arrondissements).
 */
function territoryCandidatesSql(query: TerritoryQuery, filter: Prisma.Sql, limit: number): Prisma.Sql {
  const { whole, prefix, match } = conditionsOf(query);
  const byPopulation = (condition: Prisma.Sql) =>
    Prisma.sql`(SELECT t.id FROM "Territory" t WHERE t.population IS NOT NULL AND ${condition} AND ${filter}
      ORDER BY t.population DESC, t."searchKey", t.id LIMIT ${limit})`;
  return Prisma.sql`
    (SELECT t.id FROM "Territory" t WHERE ${or(whole)} AND ${filter} ORDER BY ${territoryOrderSql(query)} LIMIT ${limit})
    UNION ${byPopulation(or(prefix))}
    UNION ${byPopulation(or(match))}
    UNION (SELECT t.id FROM "Territory" t WHERE t.population IS NULL AND ${or(match)} AND ${filter} ORDER BY ${territoryOrderSql(query)} LIMIT ${limit})`;
}

/** What a caller searches among: some kinds only, with or without the arrondissements municipaux. */
export interface TerritorySearchScope {
  kinds?: readonly TerritoryKind[] | null;
  arrondissements?: boolean;
}

function scopeSql(scope: TerritorySearchScope): Prisma.Sql {
  const filters: Prisma.Sql[] = [];
  if (scope.kinds) filters.push(Prisma.sql`t.kind::text IN (${Prisma.join([...scope.kinds])})`);
  if (scope.arrondissements === false) filters.push(Prisma.sql`NOT t."isArrondissement"`);
  return filters.length > 0 ? Prisma.join(filters, " AND ") : Prisma.sql`TRUE`;
}

/** One page of results: `columns` of `t` (and of what `joins` adds), in the search's order. */
export function territoryPageSql(
  query: TerritoryQuery,
  scope: TerritorySearchScope,
  page: { columns: Prisma.Sql; joins: Prisma.Sql; limit: number; offset: number },
): Prisma.Sql {
  return Prisma.sql`SELECT ${page.columns}
    FROM (${territoryCandidatesSql(query, scopeSql(scope), page.offset + page.limit)}) c
    JOIN "Territory" t ON t.id = c.id ${page.joins}
    ORDER BY ${territoryOrderSql(query)}
    LIMIT ${page.limit} OFFSET ${page.offset}`;
}

/** The number of results (the site's search shows it; autocompletes do without). */
export function territoryCountSql(query: TerritoryQuery, scope: TerritorySearchScope): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS total FROM "Territory" t WHERE ${territoryMatchSql(query)} AND ${scopeSql(scope)}`;
}
