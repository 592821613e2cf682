// Pure territory logic: URL slugs of the kinds, pagination arithmetic, breadcrumb trails.
// No database and no framework here, so every function is unit-tested directly.
import type { TerritoryKind } from "@/generated/prisma/client";

export const TERRITORY_KINDS = ["REGION", "DEPARTEMENT", "EPCI", "COMMUNE", "PROJET"] as const satisfies readonly TerritoryKind[];

/** Kinds appear lower-cased in URLs: /territoires/commune/42218. */
export const TERRITORY_KIND_SLUGS = ["region", "departement", "epci", "commune", "projet"] as const;
export type TerritoryKindSlug = (typeof TERRITORY_KIND_SLUGS)[number];

export function kindToSlug(kind: TerritoryKind): TerritoryKindSlug {
  return kind.toLowerCase() as TerritoryKindSlug;
}

export function slugToKind(slug: TerritoryKindSlug): TerritoryKind {
  return slug.toUpperCase() as TerritoryKind;
}

export function isTerritoryKindSlug(value: string): value is TerritoryKindSlug {
  return (TERRITORY_KIND_SLUGS as readonly string[]).includes(value);
}

// ───────────── Pagination ─────────────

export interface PageInfo {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export function countPages(total: number, pageSize: number): number {
  if (pageSize <= 0) return 1;
  return Math.max(1, Math.ceil(Math.max(0, total) / pageSize));
}

export function pageOffset(page: number, pageSize: number): number {
  return (Math.max(1, Math.floor(page)) - 1) * pageSize;
}

export function buildPageInfo(page: number, pageSize: number, total: number): PageInfo {
  return { page, pageSize, total, pageCount: countPages(total, pageSize) };
}

export type PageWindowItem = { type: "page"; page: number } | { type: "gap"; key: string };

/**
 * The page numbers shown by a pagination bar: always the first and last pages, `siblings` pages
 * either side of the current one, and a gap where pages are skipped. A gap never stands for a
 * single page (that page is shown instead), so the bar keeps a stable width.
 */
export function buildPageWindow(current: number, pageCount: number, siblings = 1): PageWindowItem[] {
  if (pageCount <= 1) return pageCount === 1 ? [{ type: "page", page: 1 }] : [];
  const page = Math.min(Math.max(1, current), pageCount);
  let start = Math.max(2, page - siblings);
  let end = Math.min(pageCount - 1, page + siblings);
  // Replace a gap of exactly one page by that page.
  if (start === 3) start = 2;
  if (end === pageCount - 2) end = pageCount - 1;

  const items: PageWindowItem[] = [{ type: "page", page: 1 }];
  if (start > 2) items.push({ type: "gap", key: "gap-start" });
  for (let p = start; p <= end; p++) items.push({ type: "page", page: p });
  if (end < pageCount - 1) items.push({ type: "gap", key: "gap-end" });
  items.push({ type: "page", page: pageCount });
  return items;
}

// ───────────── Search ─────────────

/** How a name matches the normalised query; the search orders results by this rank first. */
export type MatchRank = 0 | 1 | 2 | 3;

export function rankMatch(searchKey: string, key: string): MatchRank {
  if (!key) return 3;
  if (searchKey === key) return 0;
  if (searchKey.startsWith(key)) return 1;
  if (searchKey.includes(key)) return 2;
  return 3;
}

/** A query that could be an official code (INSEE, SIREN, "2A004"), upper-cased; null otherwise. */
export function toCodeCandidate(query: string): string | null {
  const candidate = query.trim().toUpperCase();
  return /^[0-9][0-9AB][0-9]{0,7}$/.test(candidate) ? candidate : null;
}

// ───────────── Breadcrumbs ─────────────

export interface TerritoryRef {
  kind: TerritoryKind;
  code: string;
  name: string;
}

export interface TerritoryLineage extends TerritoryRef {
  region: TerritoryRef | null;
  departement: TerritoryRef | null;
  /** A commune's EPCI; for an établissement public territorial, the métropole it lies in. */
  epci: TerritoryRef | null;
  /** A commune's établissement public territorial (Grand Paris). */
  ept?: TerritoryRef | null;
  /** The commune of an arrondissement municipal. */
  commune: TerritoryRef | null;
}

/**
 * The territories above this one, from the largest down, as shown in the breadcrumbs: région,
 * département, then for a commune its EPCI and its établissement public territorial (Grand Paris),
 * for an arrondissement its commune, for an établissement public territorial its métropole.
 * Parents that are missing or identical to the territory itself are skipped.
 */
export function buildLineage(territory: TerritoryLineage): TerritoryRef[] {
  const chain: (TerritoryRef | null | undefined)[] = [territory.region, territory.departement];
  if (territory.kind === "COMMUNE") chain.push(territory.epci, territory.ept, territory.commune);
  if (territory.kind === "EPCI") chain.push(territory.epci);
  return chain.filter((ref): ref is TerritoryRef => Boolean(ref) && !(ref!.kind === territory.kind && ref!.code === territory.code));
}
