// The matching score of a need and an offer: pure, so that the ranking is unit-tested and the
// same function serves the lists and the check made before a contact is sent.
//
// Weights (out of 100):
// | criterion                                   | points                                        |
// |---------------------------------------------|-----------------------------------------------|
// | territorial proximity (smallest common      | commune 40 · EPCI 32 · département 22 ·       |
// |   ancestor in the closure table)            |   région 12 · ailleurs 0                      |
// | same alliance mode                          | 20, + 5 when both are mécénat of the same kind |
// | same theme                                  | 25                                            |
// | same SDG 17 target                          | 10                                            |
// | validity                                    | expired: never a match · ends within 30 days: |
// |                                             |   − 5                                         |
// A pair is a match from MATCH_THRESHOLD (40) up: e.g. same theme in the same EPCI (57), or same
// mode and theme anywhere in the région (57), but not a shared theme alone far away (25).
import type { AllianceMode, MecenatKind, TerritoryKind, Theme } from "@/generated/prisma/enums";
import { needsOffersCopy } from "@/lib/copy/needs-offers";

const r = needsOffersCopy.reasons;

export const PROXIMITY_LEVELS = ["COMMUNE", "EPCI", "DEPARTEMENT", "REGION", "AILLEURS"] as const;
export type ProximityLevel = (typeof PROXIMITY_LEVELS)[number];

export const PROXIMITY_POINTS: Record<ProximityLevel, number> = { COMMUNE: 40, EPCI: 32, DEPARTEMENT: 22, REGION: 12, AILLEURS: 0 };
export const MODE_POINTS = 20;
export const MECENAT_KIND_POINTS = 5;
export const THEME_POINTS = 25;
export const TARGET_POINTS = 10;
export const EXPIRING_SOON_PENALTY = 5;
export const EXPIRING_SOON_DAYS = 30;
export const MATCH_THRESHOLD = 40;

/** A territory containing (or equal to) the need's or offer's territory: a row of the closure table. */
export type AncestorRef = { id: number; kind: TerritoryKind; name: string };

export type Proximity = { level: ProximityLevel; /** the smallest territory both lie in */ territory: AncestorRef | null };

// PROJET perimeters (CRTE…) overlap official territories in any way: they say nothing reliable
// about how close two places are, so they are left out of the comparison.
const LEVEL_OF_KIND: Partial<Record<TerritoryKind, Exclude<ProximityLevel, "AILLEURS">>> = {
  COMMUNE: "COMMUNE",
  EPCI: "EPCI",
  DEPARTEMENT: "DEPARTEMENT",
  REGION: "REGION",
};

/**
 * How close two territories are, from their ancestor lists (each including the territory
 * itself): the smallest kind among the territories both lie in. A need in a commune and an offer
 * on its EPCI share the EPCI; two communes of the same département share the département.
 */
export function proximityOf(needAncestors: readonly AncestorRef[], offerAncestors: readonly AncestorRef[]): Proximity {
  const offerIds = new Set(offerAncestors.map((ancestor) => ancestor.id));
  let best: Proximity = { level: "AILLEURS", territory: null };
  for (const ancestor of needAncestors) {
    const level = LEVEL_OF_KIND[ancestor.kind];
    if (!level || !offerIds.has(ancestor.id)) continue;
    if (PROXIMITY_LEVELS.indexOf(level) < PROXIMITY_LEVELS.indexOf(best.level)) best = { level, territory: ancestor };
  }
  return best;
}

/** What the score reads of a need or an offer. `validUntil` is a date (UTC midnight), null = open-ended. */
export type MatchSide = {
  mode: AllianceMode;
  mecenatKind: MecenatKind | null;
  theme: Theme;
  sdgTargetCode: string | null;
  validUntil: Date | null;
};

export type MatchScore = { score: number; reasons: string[]; isMatch: boolean };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today at UTC midnight: validity dates are stored as plain dates. */
export function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Valid through its last day: expired only from the day after `validUntil`. */
export function isExpired(validUntil: Date | null, now: Date): boolean {
  return validUntil !== null && validUntil.getTime() < startOfDay(now).getTime();
}

function endsSoon(validUntil: Date | null, now: Date): boolean {
  return validUntil !== null && validUntil.getTime() - startOfDay(now).getTime() <= EXPIRING_SOON_DAYS * DAY_MS;
}

function proximityReason(proximity: Proximity): string {
  const name = proximity.territory?.name ?? "";
  switch (proximity.level) {
    case "COMMUNE":
      return r.sameCommune(name);
    case "EPCI":
      return r.sameEpci(name);
    case "DEPARTEMENT":
      return r.sameDepartement(name);
    case "REGION":
      return r.sameRegion(name);
    default:
      return r.elsewhere;
  }
}

/** The score of a need/offer pair (0–100) and, in French, why they fit. */
export function scoreMatch(need: MatchSide, offer: MatchSide, proximity: Proximity, now: Date = new Date()): MatchScore {
  if (isExpired(need.validUntil, now) || isExpired(offer.validUntil, now)) return { score: 0, reasons: [r.expired], isMatch: false };

  const reasons: string[] = [];
  let score = PROXIMITY_POINTS[proximity.level];
  reasons.push(proximityReason(proximity));

  if (need.mode === offer.mode) {
    const sameKind = need.mode === "MECENAT" && need.mecenatKind !== null && need.mecenatKind === offer.mecenatKind;
    score += MODE_POINTS + (sameKind ? MECENAT_KIND_POINTS : 0);
    reasons.push(r.sameMode(sameKind && need.mecenatKind ? r.mecenatName(need.mecenatKind) : r.modeName(need.mode)));
  }
  if (need.theme === offer.theme) {
    score += THEME_POINTS;
    reasons.push(r.sameTheme(need.theme));
  }
  if (need.sdgTargetCode !== null && need.sdgTargetCode === offer.sdgTargetCode) {
    score += TARGET_POINTS;
    reasons.push(r.sameTarget(need.sdgTargetCode));
  }
  const soon = [need.validUntil, offer.validUntil].filter((date): date is Date => endsSoon(date, now));
  if (soon.length > 0) {
    score -= EXPIRING_SOON_PENALTY;
    reasons.push(r.endsSoon(new Date(Math.min(...soon.map((date) => date.getTime())))));
  }
  score = Math.max(0, Math.min(100, score));
  return { score, reasons, isMatch: score >= MATCH_THRESHOLD };
}
