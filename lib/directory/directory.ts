// Pure logic shared by the public directories (actors, alliances): what a text query searches on,
// how enum values and territories appear in URLs, and how a search state becomes a query string.
// No database and no framework here, so every function is unit-tested directly.
import type { TerritoryKind } from "@/generated/prisma/client";
import { isTerritoryKindSlug, kindToSlug, slugToKind } from "@/lib/territories/territories";
import { toSearchKey } from "@/lib/text/search-key";

export const DIRECTORY_PAGE_SIZE = 20;

export const DIRECTORY_SORTS = ["pertinence", "nom", "recents"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

/** "dedans": acting on the chosen territory or inside it; "autour": on a territory that contains it. */
export const TERRITORY_SCOPES = ["dedans", "autour"] as const;
export type TerritoryScope = (typeof TERRITORY_SCOPES)[number];

/** The scope as the SQL computes it (territoryScopeTable: 0 inside, 1 around), or null. */
export function scopeFromSql(value: number | null): TerritoryScope | null {
  return value === null ? null : value === 0 ? "dedans" : "autour";
}

export const DIRECTORY_VIEWS = ["liste", "carte"] as const;
export type DirectoryView = (typeof DIRECTORY_VIEWS)[number];

/** The map shows départements, or régions "when zoomed out". */
export const MAP_SCALES = ["departement", "region"] as const;
export type MapScale = (typeof MAP_SCALES)[number];

export function mapScaleKind(scale: MapScale): "DEPARTEMENT" | "REGION" {
  return scale === "region" ? "REGION" : "DEPARTEMENT";
}

// ───────────── Text search ─────────────

/**
 * Stands between the name and the rest of a search key. toSearchKey never outputs "|", so the
 * name part can be cut back out in SQL (split_part) to rank name matches above description
 * matches. A key without it (name only) still works: the whole key is then the name.
 */
export const SEARCH_KEY_SEPARATOR = " | ";

/** The search key of a directory entry: its normalised name, then its normalised texts. */
export function buildSearchKey(name: string, ...texts: string[]): string {
  const nameKey = toSearchKey(name);
  const rest = toSearchKey(texts.join(" "));
  return rest ? `${nameKey}${SEARCH_KEY_SEPARATOR}${rest}` : nameKey;
}

export interface SearchTerms {
  /** The whole normalised query ("liens du furan"), for ranking. */
  key: string;
  /** The words every result must contain. Short words are dropped when longer ones remain:
   * "de", "du" match nearly everything and a trigram index cannot use them. */
  words: string[];
}

export const MAX_SEARCH_WORDS = 8;

/** The terms of a text query; null when it has no letter or digit (then nothing is filtered). */
export function toSearchTerms(query: string): SearchTerms | null {
  const key = toSearchKey(query);
  if (!key) return null;
  const all = [...new Set(key.split(" "))];
  const long = all.filter((word) => word.length >= 3);
  const words = (long.length > 0 ? long : [key]).slice(0, MAX_SEARCH_WORDS);
  return { key, words };
}

// ───────────── Values in URLs ─────────────

/** "ETABLISSEMENT_PUBLIC" ↔ "etablissement-public": readable, and stable as long as the enum is. */
export function enumToSlug(value: string): string {
  return value.toLowerCase().replace(/_/g, "-");
}

export function slugToEnum<T extends string>(values: readonly T[], slug: string): T | undefined {
  const candidate = slug.trim().toUpperCase().replace(/-/g, "_");
  return values.find((value) => value === candidate);
}

export interface TerritoryParam {
  kind: TerritoryKind;
  code: string;
}

/** A territory in a URL: "commune-42218", "epci-244200770", "departement-2A". */
export function toTerritoryParam(territory: TerritoryParam): string {
  return `${kindToSlug(territory.kind)}-${territory.code}`;
}

export function parseTerritoryParam(value: string): TerritoryParam | null {
  const separator = value.indexOf("-");
  if (separator < 0) return null;
  const slug = value.slice(0, separator).toLowerCase();
  const code = value.slice(separator + 1);
  if (!isTerritoryKindSlug(slug) || !/^[0-9A-Za-z][0-9A-Za-z_-]{0,39}$/.test(code)) return null;
  // INSEE codes are upper case ("2A"); PROJET codes are kept as typed.
  const kind = slugToKind(slug);
  return { kind, code: kind === "PROJET" ? code : code.toUpperCase() };
}

/**
 * The slug of a detail page (/acteurs/[slug]), decoded; null when it cannot be one (then 404).
 * Slugs are made from search keys, so they may hold any letter, not only a–z.
 */
export function parseSlug(raw: string): string | null {
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,199}$/u.test(value) ? value : null;
}

// ───────────── Query strings ─────────────

export type QueryValue = string | number | null | undefined | readonly (string | number)[];

/**
 * Builds "/acteurs?q=…&type=a&type=b": empty values are left out, lists repeat their key, and
 * page 1 (the default) is not written, so that equal states give equal URLs.
 */
export function withListQuery(pathname: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item === null || item === undefined || item === "") continue;
      if (key === "page" && Number(item) <= 1) continue;
      params.append(key, String(item));
    }
  }
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** Adds the value when absent, removes it when present: the link of one facet value. */
export function toggleValue<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

/** The query string as received (keys in their order, lists repeated), to compare with the canonical one. */
export function rawQueryString(raw: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params.toString();
}

/**
 * The canonical URL to redirect to when the received query string is not it (empty fields of a
 * submitted form, defaults, unknown values, another order); null when it already is.
 */
export function canonicalRedirect(raw: Record<string, string | string[] | undefined>, canonicalHref: string): string | null {
  const canonicalQuery = canonicalHref.includes("?") ? canonicalHref.slice(canonicalHref.indexOf("?") + 1) : "";
  return rawQueryString(raw) === canonicalQuery ? null : canonicalHref;
}
