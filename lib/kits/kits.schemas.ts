// What /ressources accepts from the URL, and the way back: a search state written as a query
// string. Parsing never throws (unknown values are dropped); serialising a parsed state gives the
// canonical URL of that search, as in the actor and alliance directories.
import { z } from "zod";
import type { ActorKind, KitCategory, Theme } from "@/generated/prisma/enums";
import { enumToSlug } from "@/lib/directory/directory";
import { codeListSchema, enumListSchema, pageNumberSchema, searchQuerySchema } from "@/lib/directory/directory.schemas";
import { paths } from "@/lib/paths";
import { KIT_AUDIENCES, KIT_CATEGORIES, KIT_SORTS, KIT_TARGET_CODES, KIT_THEMES, MATURITY_LEVELS, type KitSort } from "./kits";

const LEVEL_CODES = MATURITY_LEVELS.map(String);

const sortSchema = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.unknown().transform((raw): KitSort => KIT_SORTS.find((sort) => typeof raw === "string" && sort === raw.trim().toLowerCase()) ?? "pertinence"),
);

export const kitSearchParamsSchema = z.object({
  q: searchQuerySchema,
  categorie: enumListSchema(KIT_CATEGORIES),
  public: enumListSchema(KIT_AUDIENCES),
  niveau: codeListSchema(LEVEL_CODES),
  theme: enumListSchema(KIT_THEMES),
  cible: codeListSchema(KIT_TARGET_CODES),
  tri: sortSchema,
  page: pageNumberSchema,
});

export interface KitSearchState {
  q: string;
  categories: KitCategory[];
  audiences: ActorKind[];
  levels: number[];
  themes: Theme[];
  targets: string[];
  sort: KitSort;
  page: number;
}

/** Parses the raw search parameters of /ressources; never throws. */
export function parseKitSearchParams(raw: Record<string, string | string[] | undefined>): KitSearchState {
  const params = kitSearchParamsSchema.parse(raw);
  return {
    q: params.q,
    categories: params.categorie,
    audiences: params.public,
    levels: params.niveau.map(Number),
    themes: params.theme,
    targets: params.cible,
    sort: params.tri,
    page: params.page,
  };
}

/** The query string of a search state; defaults are left out. */
export function toKitSearchQuery(state: Partial<KitSearchState>) {
  return {
    q: state.q,
    categorie: (state.categories ?? []).map(enumToSlug),
    public: (state.audiences ?? []).map(enumToSlug),
    niveau: state.levels ?? [],
    theme: (state.themes ?? []).map(enumToSlug),
    cible: state.targets ?? [],
    tri: state.sort === "pertinence" ? undefined : state.sort,
    page: state.page,
  };
}

export function kitSearchHref(state: Partial<KitSearchState>): string {
  return paths.resourceSearch(toKitSearchQuery(state));
}

/** True when the search narrows the catalogue (then the page is not indexed by search engines). */
export function isFilteredKitSearch(state: KitSearchState): boolean {
  return kitSearchHref({ ...state, sort: "pertinence", page: 1 }) !== kitSearchHref({});
}
