// Pure rules of needs and offers: their two kinds, the URL segment of each, what an edit does to
// the moderation status, and the validity dates a form may set.
import type { ModerationStatus } from "@/generated/prisma/enums";
import { startOfDay } from "@/lib/matching/matching";

export const NEED_OFFER_KINDS = ["need", "offer"] as const;
export type NeedOfferKind = (typeof NEED_OFFER_KINDS)[number];

/** The French URL segment of each kind: /espace/besoins-offres/besoins/… and …/offres/… */
export const KIND_SEGMENTS = { need: "besoins", offer: "offres" } as const satisfies Record<NeedOfferKind, string>;
export type KindSegment = (typeof KIND_SEGMENTS)[NeedOfferKind];

export function kindFromSegment(segment: string): NeedOfferKind | null {
  if (segment === KIND_SEGMENTS.need) return "need";
  if (segment === KIND_SEGMENTS.offer) return "offer";
  return null;
}

export function otherKind(kind: NeedOfferKind): NeedOfferKind {
  return kind === "need" ? "offer" : "need";
}

/**
 * After an edit: a published need/offer of a verified organisation stays published (the edit is
 * audited); anything else goes back to the moderation queue, as a new one does.
 */
export function statusAfterEdit(current: ModerationStatus, actorVerified: boolean): ModerationStatus {
  return current === "PUBLISHED" && actorVerified ? "PUBLISHED" : "PENDING";
}

export const MAX_VALIDITY_YEARS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Null when the date may be set (today up to three years ahead), else why not. */
export function validityProblem(validUntil: Date, now: Date): "past" | "too-far" | null {
  const today = startOfDay(now);
  if (validUntil.getTime() < today.getTime()) return "past";
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_VALIDITY_YEARS);
  return validUntil.getTime() > limit.getTime() ? "too-far" : null;
}

/**
 * Closing sets the validity to yesterday: an expired need/offer leaves the matches and the public
 * profile at once, keeps its history, and is reopened by giving it a new date.
 */
export function closedValidUntil(now: Date): Date {
  return new Date(startOfDay(now).getTime() - DAY_MS);
}

/** "2026-03-10" ↔ the UTC-midnight Date stored in a @db.Date column. */
export function toDateInput(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
