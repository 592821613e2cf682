// What the territory pages accept from the URL. Search parameters never fail: anything odd falls
// back to a default, so a hand-edited URL still shows a page. Route parameters that cannot name a
// territory fail, and the page answers 404.
import { z } from "zod";
import { MAX_PAGE } from "@/lib/territories/page-url";
import { slugToKind, TERRITORY_KIND_SLUGS } from "@/lib/territories/territories";

export const SEARCH_QUERY_MAX_LENGTH = 100;

/** Next gives a repeated parameter as an array: the first value wins. */
function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** Cuts by code points, so an emoji is never split into half a surrogate pair. */
function cutTo(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length > max ? chars.slice(0, max).join("").trimEnd() : value;
}

export const searchQuerySchema = z.preprocess(
  firstValue,
  z
    .string()
    .catch("")
    .transform((value) => cutTo(value.trim(), SEARCH_QUERY_MAX_LENGTH)),
);

export const pageNumberSchema = z.preprocess(firstValue, z.coerce.number().int().min(1).max(MAX_PAGE).catch(1));

export const kindSlugSchema = z.enum(TERRITORY_KIND_SLUGS);

export const territorySearchParamsSchema = z.object({
  q: searchQuerySchema,
  page: pageNumberSchema,
  kind: z.preprocess(firstValue, kindSlugSchema.optional().catch(undefined)),
});
export type TerritorySearchParams = z.infer<typeof territorySearchParamsSchema>;

export const territoryRouteParamsSchema = z.object({
  kind: kindSlugSchema.transform(slugToKind),
  // INSEE codes ("42218", "2A004"), SIREN, or a project perimeter's own code.
  code: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,39}$/),
});
export type TerritoryRouteParams = z.infer<typeof territoryRouteParamsSchema>;

/** Parses the raw search parameters of /territoires; never throws. */
export function parseTerritorySearchParams(raw: Record<string, string | string[] | undefined>): TerritorySearchParams {
  return territorySearchParamsSchema.parse(raw);
}

/** Parses the route parameters of /territoires/[kind]/[code]; null when they cannot name a territory. */
export function parseTerritoryRouteParams(raw: { kind: string; code: string }): TerritoryRouteParams | null {
  const result = territoryRouteParamsSchema.safeParse({ kind: raw.kind, code: decodeURIComponentSafe(raw.code) });
  return result.success ? result.data : null;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
