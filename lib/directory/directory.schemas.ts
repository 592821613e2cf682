// Building blocks of the directories' URL parsing. Like the territory pages, search parameters
// never fail: unknown or malformed values are dropped, so any hand-edited URL shows a page.
import { z } from "zod";
import {
  DIRECTORY_SORTS,
  DIRECTORY_VIEWS,
  MAP_SCALES,
  parseTerritoryParam,
  slugToEnum,
  TERRITORY_SCOPES,
  type DirectorySort,
  type DirectoryView,
  type MapScale,
  type TerritoryParam,
  type TerritoryScope,
} from "@/lib/directory/directory";

export { pageNumberSchema, searchQuerySchema } from "@/lib/territories/territories.schemas";

/** More values than this in one facet are ignored (a facet never has more than 19 values). */
export const MAX_FACET_VALUES = 30;
export const PLACE_QUERY_MAX_LENGTH = 100;

function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function toList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === "string").slice(0, MAX_FACET_VALUES);
}

/** Repeated enum parameters ("type=association&type=entreprise"), known values only, in enum order. */
export function enumListSchema<T extends string>(values: readonly T[]) {
  return z.preprocess(toList, z.array(z.string())).transform((list): T[] => {
    const chosen = new Set(list.map((slug) => slugToEnum(values, slug)));
    return values.filter((value) => chosen.has(value));
  });
}

/** Repeated values out of a fixed list of codes ("odd=4&odd=17", "cible=17.17"), in list order. */
export function codeListSchema<T extends string | number>(allowed: readonly T[]) {
  return z.preprocess(toList, z.array(z.string())).transform((list): T[] => {
    const chosen = new Set(list.map((value) => value.trim()));
    return allowed.filter((value) => chosen.has(String(value)));
  });
}

function oneOf<T extends string>(values: readonly T[]) {
  return z.preprocess(firstValue, z.unknown()).transform((raw): T | undefined => {
    return typeof raw === "string" ? values.find((value) => value === raw.trim().toLowerCase()) : undefined;
  });
}

export const sortSchema = oneOf(DIRECTORY_SORTS).transform((value): DirectorySort => value ?? "pertinence");
export const viewSchema = oneOf(DIRECTORY_VIEWS).transform((value): DirectoryView => value ?? "liste");
export const mapScaleSchema = oneOf(MAP_SCALES).transform((value): MapScale => value ?? "departement");
export const scopeSchema = oneOf(TERRITORY_SCOPES).transform((value): TerritoryScope | undefined => value);

export const territoryParamSchema = z
  .preprocess(firstValue, z.unknown())
  .transform((raw): TerritoryParam | null => (typeof raw === "string" ? parseTerritoryParam(raw.trim()) : null));

/** What the visitor typed in the territory field when no territory is chosen yet (no-JS path). */
export const placeQuerySchema = z.preprocess(
  firstValue,
  z
    .string()
    .catch("")
    .transform((value) => Array.from(value.trim()).slice(0, PLACE_QUERY_MAX_LENGTH).join("").trimEnd()),
);
