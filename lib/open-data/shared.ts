// Small pieces shared by the open data queries: one page of a keyset walk, public page URLs,
// territory references and the territory named by a filter.
import "server-only";
import type { TerritoryKind } from "@/generated/prisma/client";
import { enumToSlug, type TerritoryParam } from "@/lib/directory/directory";
import { resolveTerritory, type ChosenTerritory } from "@/lib/directory/territory-choice.queries";
import { kindToSlug } from "@/lib/territories/territories";
import type { CursorKey } from "./cursor";
import { badParameter } from "./errors";

export interface ListPage<T> {
  items: T[];
  /** The sort key of the last item when more rows follow; null on the last page. */
  nextKey: CursorKey | null;
}

export interface ListOptions {
  /** The site's origin, for the `url` of each item. */
  origin: string;
  limit: number;
}

/** Rows were read with limit + 1: the extra one only tells that a next page exists. */
export function toPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => CursorKey, map: (rows: R[]) => T[]): ListPage<T> {
  const kept = rows.slice(0, limit);
  return { items: map(kept), nextKey: rows.length > limit && kept.length > 0 ? keyOf(kept[kept.length - 1]) : null };
}

export function absolute(origin: string, path: string): string {
  return new URL(path, origin).toString();
}

export function territoryRef(territory: { kind: TerritoryKind; code: string; name: string }) {
  return { type: kindToSlug(territory.kind), code: territory.code, name: territory.name };
}

export const slug = (value: string) => enumToSlug(value);
export const slugOrNull = (value: string | null) => (value === null ? null : enumToSlug(value));

/** The territory of a `territoire` filter; an unknown one is a 400 naming the parameter. */
export async function chosenTerritory(param: TerritoryParam | undefined): Promise<ChosenTerritory | null> {
  if (!param) return null;
  const territory = await resolveTerritory(param.kind, param.code);
  if (!territory) throw badParameter("territoire", "Territoire inconnu.");
  return territory;
}

export const isoDate = (value: Date | null) => (value === null ? null : value.toISOString().slice(0, 10));
export const isoDateTime = (value: Date | null) => (value === null ? null : value.toISOString());
