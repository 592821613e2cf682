// Pure rules of the resource centre: the fixed lists kits are described with, slugs and search
// keys, and what a publication changes. No database and no framework here.
import { ActorKind, AllianceMode, KitCategory, Theme } from "@/generated/prisma/enums";
import { buildSearchKey } from "@/lib/directory/directory";
import { toSearchKey } from "@/lib/text/search-key";

/** M.E.D.O.C. order, which is also the enum's (and so PostgreSQL's) order. */
export const KIT_CATEGORIES = Object.values(KitCategory);
export const KIT_AUDIENCES = Object.values(ActorKind);
export const KIT_THEMES = Object.values(Theme);
export const KIT_MODES = Object.values(AllianceMode);
export const MATURITY_LEVELS = [1, 2, 3, 4] as const;
/** The 19 targets of SDG 17, in official order: the targets kits are tied to. */
export const KIT_TARGET_CODES = Array.from({ length: 19 }, (_, index) => `17.${index + 1}`);

export const KIT_PAGE_SIZE = 20;
export const RELATED_KITS = 4;
export const MAX_KIT_LINKS = 10;

export const KIT_SORTS = ["pertinence", "titre", "recents"] as const;
export type KitSort = (typeof KIT_SORTS)[number];

/** Slugs that name pages of /ressources rather than kits. */
const RESERVED_SLUGS = new Set(["parcours"]);
const SLUG_MAX_LENGTH = 80;

/** "Construire une alliance : l'essentiel" → "construire-une-alliance-l-essentiel". */
export function slugFromTitle(title: string): string {
  const base = toSearchKey(title).replace(/ /g, "-").slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
  if (!base) return "ressource";
  return RESERVED_SLUGS.has(base) ? `${base}-ressource` : base;
}

/** The first free slug among base, base-2, base-3…, given the slugs already taken. */
export function availableSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** What the text search matches: the title, then the summary (see lib/directory). */
export function kitSearchKey(title: string, summary: string): string {
  return buildSearchKey(title, summary);
}

/** "17.9" < "17.17": official order of target codes. */
export function compareTargetCodes(a: string, b: string): number {
  const [aGoal, aTarget] = a.split(".").map(Number);
  const [bGoal, bTarget] = b.split(".").map(Number);
  return aGoal - bGoal || aTarget - bTarget;
}

/** The number the next publication gets: versions count from 1 and are never reused. */
export function nextVersionNumber(currentVersion: number): number {
  return Math.max(0, currentVersion) + 1;
}

/** The average of 1–5 ratings rounded to one decimal, or null when there is none. */
export function averageRating(sum: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.round((sum / count) * 10) / 10;
}
