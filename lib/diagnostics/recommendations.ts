// What a completed diagnostic recommends: kits of the resource centre and partners of the
// territory, ranked by fit and always with the reason in French — a suggestion nobody can
// explain is left out. Pure: the caller loads published kits and actors and passes them in.
import type { AllianceMode, Theme } from "@/generated/prisma/enums";
import { kitReasons, partnerReasons } from "./labels";
import type { DiagnosticResult } from "./scoring";
import { compareFrench } from "@/lib/text/sort";

/**
 * Points per kind of match. The top priority weighs as much as the maturity level: a kit on the
 * team's first fragility at its level (3 + 3) comes before one that only fits its profile and a
 * wished mode (2 + 2). Priorities count 3, 2 then 1 by rank.
 */
export const KIT_WEIGHTS = { level: 3, audience: 2, mode: 2, priorityByRank: [3, 2, 1] } as const;

/**
 * A concrete offer in a wished mode is the strongest signal (3 per mode); a past alliance in that
 * mode only shows experience (1). Offers on the priorities count 3, 2, 1 by rank; an SDG linked to
 * a priority not already covered by an offer counts 1. Being on the territory itself rather than
 * around it adds 2, but never qualifies an actor on its own.
 */
export const PARTNER_WEIGHTS = {
  offerMode: 3,
  allianceMode: 1,
  partnerKind: 2,
  offerThemeByRank: [3, 2, 1],
  sdg: 1,
  inside: 2,
} as const;

/**
 * The SDGs each theme mainly serves, to read an actor's declared SDGs against the priorities.
 * A deliberately narrow first mapping, to be reviewed with Le RAMEAU.
 */
export const THEME_SDGS: Record<Theme, readonly number[]> = {
  EMPLOI_INSERTION: [8],
  EDUCATION_JEUNESSE: [4],
  SANTE_VIEILLISSEMENT: [3],
  PRECARITE_LIEN_SOCIAL: [1, 10],
  TRANSITION_ECOLOGIQUE: [6, 7, 12, 13, 14, 15],
  MOBILITE: [11],
  INCLUSION_NUMERIQUE: [9],
  LOGEMENT: [11],
  ATTRACTIVITE_REVITALISATION: [8, 11],
  CULTURE_SPORT: [11],
};

export interface KitCandidate {
  id: string;
  slug: string;
  title: string;
  category: string;
  audiences: readonly string[];
  maturityLevels: readonly number[];
  themes: readonly string[];
  /** SDG target codes; they do not weigh in the ranking (the diagnostic asks no SDG question). */
  targets: readonly string[];
  /** Alliance modes the kit is about. The Kit model has no such field yet: without it, no mode match. */
  modes?: readonly string[];
}

export interface KitMatch {
  level: boolean;
  priorities: Theme[];
  audience: boolean;
  modes: AllianceMode[];
}

export interface RankedKit<K extends KitCandidate = KitCandidate> {
  kit: K;
  score: number;
  reasons: string[];
  matched: KitMatch;
}

export type KitWishes = Pick<DiagnosticResult, "level" | "priorities" | "audience" | "modes">;

export interface PartnerCandidate {
  id: string;
  slug: string;
  name: string;
  kind: string;
  sdgs: readonly number[];
  /** Themes and modes of the actor's published offers. */
  offerThemes: readonly string[];
  offerModes: readonly string[];
  /** Modes of the alliances the actor takes part in. */
  allianceModes: readonly string[];
  proximity: "inside" | "around";
}

export interface TerritoryContext {
  /** The diagnosed territory, named in the reasons. */
  name: string;
  /** The organisation that ran the diagnostic: never suggested to itself. */
  actorId?: string | null;
}

export interface RankedPartner<A extends PartnerCandidate = PartnerCandidate> {
  actor: A;
  score: number;
  reasons: string[];
}

export type PartnerWishes = Pick<DiagnosticResult, "modes" | "partnerKinds" | "priorities">;

function byScoreThen<T extends { score: number }>(name: (item: T) => string, id: (item: T) => string) {
  return (a: T, b: T) => b.score - a.score || compareFrench(name(a), name(b)) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function weightByRank(weights: readonly number[], rank: number): number {
  return weights[rank] ?? weights[weights.length - 1];
}

/** Kits ranked by fit with the diagnostic; those that fit in no way are left out. */
export function rankKits<K extends KitCandidate>(kits: readonly K[], result: KitWishes): RankedKit<K>[] {
  const ranked: RankedKit<K>[] = [];
  for (const kit of kits) {
    const matched: KitMatch = {
      level: kit.maturityLevels.includes(result.level.level),
      priorities: result.priorities.filter((theme) => kit.themes.includes(theme)),
      audience: result.audience !== null && kit.audiences.includes(result.audience),
      modes: result.modes.filter((mode) => kit.modes?.includes(mode) ?? false),
    };
    let score = 0;
    const reasons: string[] = [];
    if (matched.level) {
      score += KIT_WEIGHTS.level;
      reasons.push(kitReasons.level(result.level.name));
    }
    if (matched.priorities.length > 0) {
      score += sum(matched.priorities.map((theme) => weightByRank(KIT_WEIGHTS.priorityByRank, result.priorities.indexOf(theme))));
      reasons.push(kitReasons.priorities(matched.priorities));
    }
    if (matched.audience && result.audience !== null) {
      score += KIT_WEIGHTS.audience;
      reasons.push(kitReasons.audience(result.audience));
    }
    if (matched.modes.length > 0) {
      score += KIT_WEIGHTS.mode * matched.modes.length;
      reasons.push(kitReasons.modes(matched.modes));
    }
    if (reasons.length > 0) ranked.push({ kit, score, reasons, matched });
  }
  return ranked.sort(
    byScoreThen(
      (item) => item.kit.title,
      (item) => item.kit.id,
    ),
  );
}

function partnerMatches(actor: PartnerCandidate, result: PartnerWishes): { score: number; reasons: string[] } {
  let score = 0;
  const reasons: string[] = [];
  const offerModes = result.modes.filter((mode) => actor.offerModes.includes(mode));
  if (offerModes.length > 0) {
    score += PARTNER_WEIGHTS.offerMode * offerModes.length;
    reasons.push(partnerReasons.offerModes(offerModes));
  }
  const allianceModes = result.modes.filter((mode) => !offerModes.includes(mode) && actor.allianceModes.includes(mode));
  if (allianceModes.length > 0) {
    score += PARTNER_WEIGHTS.allianceMode * allianceModes.length;
    reasons.push(partnerReasons.allianceModes(allianceModes));
  }
  const kind = result.partnerKinds.find((wished) => wished === actor.kind);
  if (kind) {
    score += PARTNER_WEIGHTS.partnerKind;
    reasons.push(partnerReasons.kind(kind));
  }
  const offerThemes = result.priorities.filter((theme) => actor.offerThemes.includes(theme));
  if (offerThemes.length > 0) {
    score += sum(offerThemes.map((theme) => weightByRank(PARTNER_WEIGHTS.offerThemeByRank, result.priorities.indexOf(theme))));
    reasons.push(partnerReasons.offerThemes(offerThemes));
  }
  for (const theme of result.priorities) {
    if (offerThemes.includes(theme)) continue;
    const sdgs = THEME_SDGS[theme].filter((sdg) => actor.sdgs.includes(sdg));
    if (sdgs.length === 0) continue;
    score += PARTNER_WEIGHTS.sdg;
    reasons.push(partnerReasons.sdgs(sdgs, theme));
  }
  return { score, reasons };
}

/** Published actors of the territory and around it, ranked by how well they meet the wishes. */
export function rankPartners<A extends PartnerCandidate>(actors: readonly A[], result: PartnerWishes, territoryContext: TerritoryContext): RankedPartner<A>[] {
  const ranked: RankedPartner<A>[] = [];
  for (const actor of actors) {
    if (territoryContext.actorId && actor.id === territoryContext.actorId) continue;
    const { score, reasons } = partnerMatches(actor, result);
    if (reasons.length === 0) continue;
    const inside = actor.proximity === "inside";
    ranked.push({
      actor,
      score: score + (inside ? PARTNER_WEIGHTS.inside : 0),
      reasons: [...reasons, inside ? partnerReasons.inside(territoryContext.name) : partnerReasons.around],
    });
  }
  return ranked.sort(
    byScoreThen(
      (item) => item.actor.name,
      (item) => item.actor.id,
    ),
  );
}
