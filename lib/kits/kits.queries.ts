// The public catalogue of /ressources: published kits only, each shown as its current published
// version (a draft edit of a published kit stays invisible until it is published). Filtering,
// ranking, paging and every facet count run in PostgreSQL; JavaScript holds one page and counts.
import "server-only";
import { cache } from "react";
import { Prisma, type ActorKind, type KitCategory, type Theme } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { toSearchTerms } from "@/lib/directory/directory";
import { createFacetCache } from "@/lib/directory/ttl-cache";
import { enumList, nameKeyOf, textMatch, textRank, wholeWordMatch, toCounts, whereAll, type CountRow } from "@/lib/directory/directory.sql";
import { listSdg17Targets } from "@/lib/sdg/sdg.queries";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";
import { KIT_PAGE_SIZE } from "./kits";
import type { KitSearchState } from "./kits.schemas";

export interface KitListItem {
  id: string;
  slug: string;
  title: string;
  summary: string;
  category: KitCategory;
  audiences: ActorKind[];
  maturityLevels: number[];
  themes: Theme[];
  publishedAt: Date | null;
}

export interface KitFacets {
  categories: Map<KitCategory, number>;
  audiences: Map<ActorKind, number>;
  levels: Map<number, number>;
  themes: Map<Theme, number>;
  targets: Map<string, number>;
}

export interface KitSearchResult {
  items: KitListItem[];
  pageInfo: PageInfo;
  facets: KitFacets;
}

type ClauseKey = "status" | "text" | "category" | "audience" | "level" | "theme" | "target";

/** Published kits joined to the version the public sees. */
export const PUBLISHED_KITS = Prisma.sql`"Kit" k JOIN "KitVersion" v ON v."kitId" = k.id AND v.number = k."currentVersion" AND v."publishedAt" IS NOT NULL`;
export const PUBLISHED_CLAUSE = Prisma.sql`k.status = 'PUBLISHED' AND k."currentVersion" > 0`;

function arrayOf(values: readonly string[], type: string): Prisma.Sql {
  return Prisma.sql`ARRAY[${enumList(values, type)}]::${Prisma.raw(`"${type}"[]`)}`;
}

export function buildKitSql(state: KitSearchState) {
  const terms = toSearchTerms(state.q);
  const key = Prisma.sql`k."searchKey"`;
  const clauses: Record<ClauseKey, Prisma.Sql | null> = {
    status: PUBLISHED_CLAUSE,
    text: terms ? textMatch(key, terms) : null,
    category: state.categories.length > 0 ? Prisma.sql`k.category IN (${enumList(state.categories, "KitCategory")})` : null,
    audience: state.audiences.length > 0 ? Prisma.sql`k.audiences && ${arrayOf(state.audiences, "ActorKind")}` : null,
    level: state.levels.length > 0 ? Prisma.sql`k."maturityLevels" && ARRAY[${Prisma.join(state.levels)}]::int[]` : null,
    theme: state.themes.length > 0 ? Prisma.sql`k.themes && ${arrayOf(state.themes, "Theme")}` : null,
    target:
      state.targets.length > 0
        ? Prisma.sql`EXISTS (SELECT 1 FROM "KitSdgTarget" t WHERE t."kitId" = k.id AND t."targetCode" IN (${Prisma.join(state.targets)}))`
        : null,
  };
  const order: Prisma.Sql[] = [];
  if (state.sort === "recents") order.push(Prisma.sql`k."publishedAt" DESC NULLS LAST`);
  if (state.sort === "pertinence") {
    if (terms) order.push(textRank(key, terms), Prisma.sql`${wholeWordMatch(key, terms)} DESC`);
    // Without a text, the catalogue reads in M.E.D.O.C. order (the enum's order).
    else order.push(Prisma.sql`k.category`);
  }
  order.push(nameKeyOf(key), Prisma.sql`k.id`);
  return { clauses, order: Prisma.join(order, ", ") };
}

type KitSql = ReturnType<typeof buildKitSql>;

async function loadFacets({ clauses }: KitSql): Promise<KitFacets> {
  const [categories, audiences, levels, themes, targets] = await Promise.all([
    db.$queryRaw<CountRow<KitCategory>[]>`SELECT k.category::text AS value, count(*) AS count FROM ${PUBLISHED_KITS}
      WHERE ${whereAll(clauses, ["category"])} GROUP BY k.category`,
    db.$queryRaw<CountRow<ActorKind>[]>`SELECT a.value::text AS value, count(*) AS count FROM ${PUBLISHED_KITS}
      CROSS JOIN LATERAL unnest(k.audiences) AS a(value) WHERE ${whereAll(clauses, ["audience"])} GROUP BY a.value`,
    db.$queryRaw<CountRow<number>[]>`SELECT l.value AS value, count(*) AS count FROM ${PUBLISHED_KITS}
      CROSS JOIN LATERAL unnest(k."maturityLevels") AS l(value) WHERE ${whereAll(clauses, ["level"])} GROUP BY l.value`,
    db.$queryRaw<CountRow<Theme>[]>`SELECT th.value::text AS value, count(*) AS count FROM ${PUBLISHED_KITS}
      CROSS JOIN LATERAL unnest(k.themes) AS th(value) WHERE ${whereAll(clauses, ["theme"])} GROUP BY th.value`,
    db.$queryRaw<CountRow<string>[]>`SELECT t."targetCode" AS value, count(*) AS count FROM ${PUBLISHED_KITS}
      JOIN "KitSdgTarget" t ON t."kitId" = k.id WHERE ${whereAll(clauses, ["target"])} GROUP BY t."targetCode"`,
  ]);
  return {
    categories: toCounts(categories),
    audiences: toCounts(audiences),
    levels: toCounts(levels.map((row) => ({ value: Number(row.value), count: row.count }))),
    themes: toCounts(themes),
    targets: toCounts(targets),
  };
}

interface KitRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  category: KitCategory;
  audiences: ActorKind[];
  maturityLevels: number[];
  themes: Theme[];
  publishedAt: Date | null;
}

/** The columns of a list item; enum arrays as text[], which the driver reads as plain arrays. */
export const KIT_LIST_COLUMNS = Prisma.sql`k.id, k.slug, v.title, v.summary, k.category::text AS category, k.audiences::text[] AS audiences,
  k."maturityLevels", k.themes::text[] AS themes, k."publishedAt"`;

// Facet counts are the same for every page and sort of a search, and the unfiltered catalogue's
// are asked for on every visit: kept for the facet TTL (30 s), like the directories' counts.
const facetCache = createFacetCache<KitFacets>();

/**
 * One page of the catalogue with its facet counts; each facet is counted with every filter but its
 * own, so that ticking another value of the same facet widens the search as announced.
 */
export async function searchKits(state: KitSearchState, options: { pageSize?: number } = {}): Promise<KitSearchResult> {
  const pageSize = options.pageSize ?? KIT_PAGE_SIZE;
  const sql = buildKitSql(state);
  const offset = pageOffset(state.page, pageSize);
  const [countRows, facets] = await Promise.all([
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM ${PUBLISHED_KITS} WHERE ${whereAll(sql.clauses)}`,
    facetCache.get(JSON.stringify({ ...state, page: undefined, sort: undefined }), () => loadFacets(sql)),
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  const items =
    offset < total
      ? await db.$queryRaw<KitRow[]>`SELECT ${KIT_LIST_COLUMNS} FROM ${PUBLISHED_KITS} WHERE ${whereAll(sql.clauses)}
          ORDER BY ${sql.order} LIMIT ${pageSize} OFFSET ${offset}`
      : [];
  return { items, pageInfo: buildPageInfo(state.page, pageSize, total), facets };
}

/** The SDG 17 targets with their official text, for the target facet and the kit form. */
export async function listKitTargets(): Promise<{ code: string; text: string }[]> {
  return listSdg17Targets();
}

// Keyed by the serialised state: React's cache compares arguments by identity.
const loadKitDirectory = cache(async (stateJson: string) => {
  const state = JSON.parse(stateJson) as KitSearchState;
  const [result, targets] = await Promise.all([searchKits(state), listKitTargets()]);
  return { result, targets };
});

/** Everything /ressources shows for one search, loaded once per request (page and metadata). */
export function getKitDirectory(state: KitSearchState) {
  return loadKitDirectory(JSON.stringify(state));
}
