// Kits of the resource centre for the open data API: the catalogue's own filters (buildKitSql:
// published kits, current published version), walked by slug. Title, summary and body are those
// of the published version: a draft edit stays invisible until it is published.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { slugToEnum } from "@/lib/directory/directory";
import { whereAll } from "@/lib/directory/directory.sql";
import { KIT_AUDIENCES, KIT_CATEGORIES, KIT_THEMES } from "@/lib/kits/kits";
import { buildKitSql, PUBLISHED_KITS } from "@/lib/kits/kits.queries";
import { paths } from "@/lib/paths";
import type { KitApiQuery } from "./query.schemas";
import type { KitDetailItem, KitItem } from "./response.schemas";
import { absolute, isoDateTime, slug, toPage, type ListOptions, type ListPage } from "./shared";

const enums = <T extends string>(values: readonly T[], slugs: readonly string[] | undefined): T[] => (slugs ?? []).map((value) => slugToEnum(values, value)!);

interface KitRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  category: string;
  // Array columns may be NULL in rows written without them (Prisma lists have no default).
  audiences: string[] | null;
  maturityLevels: number[] | null;
  themes: string[] | null;
  modes: string[] | null;
  version: number;
  versionPublishedAt: Date;
  targets: string[] | null;
}

// Enum arrays as text[]: the driver reads them as plain arrays.
const KIT_COLUMNS = Prisma.sql`k.id, k.slug, v.title, v.summary, v.body, k.category::text AS category,
  k.audiences::text[] AS audiences, k."maturityLevels", k.themes::text[] AS themes, k.modes::text[] AS modes,
  v.number AS version, v."publishedAt" AS "versionPublishedAt",
  (SELECT array_agg(t."targetCode" ORDER BY st.position) FROM "KitSdgTarget" t JOIN "SdgTarget" st ON st.code = t."targetCode" WHERE t."kitId" = k.id) AS targets`;

function toKitItem(row: KitRow, origin: string): KitItem {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    category: slug(row.category),
    audiences: (row.audiences ?? []).map(slug),
    maturityLevels: row.maturityLevels ?? [],
    themes: (row.themes ?? []).map(slug),
    modes: (row.modes ?? []).map(slug),
    targets: row.targets ?? [],
    version: row.version,
    publishedAt: isoDateTime(row.versionPublishedAt),
    url: absolute(origin, paths.kit(row.slug)),
  };
}

export async function listOpenKits(query: KitApiQuery, after: string | undefined, options: ListOptions): Promise<ListPage<KitItem>> {
  const sql = buildKitSql({
    q: query.q ?? "",
    categories: enums(KIT_CATEGORIES, query.categorie),
    audiences: enums(KIT_AUDIENCES, query.public),
    levels: (query.niveau ?? []).map(Number),
    themes: enums(KIT_THEMES, query.theme),
    targets: query.cible ?? [],
    sort: "titre",
    page: 1,
  });
  const keyset = after === undefined ? Prisma.sql`TRUE` : Prisma.sql`k.slug > ${after}`;
  const rows = await db.$queryRaw<KitRow[]>`SELECT ${KIT_COLUMNS} FROM ${PUBLISHED_KITS}
    WHERE ${whereAll(sql.clauses)} AND ${keyset} ORDER BY k.slug LIMIT ${options.limit + 1}`;
  return toPage(
    rows,
    options.limit,
    (row) => [row.slug],
    (kept) => kept.map((row) => toKitItem(row, options.origin)),
  );
}

export async function getOpenKit(kitSlug: string, origin: string): Promise<KitDetailItem | null> {
  const [row] = await db.$queryRaw<KitRow[]>`SELECT ${KIT_COLUMNS} FROM ${PUBLISHED_KITS}
    WHERE k.status = 'PUBLISHED' AND k."currentVersion" > 0 AND k.slug = ${kitSlug}`;
  return row ? { ...toKitItem(row, origin), body: row.body } : null;
}
