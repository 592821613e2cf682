// Pure rules of needs and offers: their two kinds, the URL segment of each, what an edit does to
// the moderation status, and the validity dates a form may set.
import type { AllianceMode, MecenatKind, ModerationStatus, Theme } from "@/generated/prisma/enums";
import { describeChanges } from "@/lib/audit/changes";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
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
 * audited with its before/after line); anything else goes back to the moderation queue, as a new
 * one does — an unverified organisation's published one leaves the public pages and the matches
 * until the team approves the new text, and a refused one is resubmitted by being corrected.
 */
export function statusAfterEdit(current: ModerationStatus, actorVerified: boolean): ModerationStatus {
  return current === "PUBLISHED" && actorVerified ? "PUBLISHED" : "PENDING";
}

/** Which sentence the editor shows before saving (needsOffersCopy.editRules). */
export type NeedOfferEditRule = "direct" | "backToModeration" | "pending" | "resubmit";

export function needOfferEditRule(status: ModerationStatus, actorVerified: boolean): NeedOfferEditRule {
  if (status === "PUBLISHED") return actorVerified ? "direct" : "backToModeration";
  return status === "PENDING" ? "pending" : "resubmit";
}

/** The fields of a need/offer an edit may change, as the audit line names them. */
export type NeedOfferSnapshot = {
  title: string;
  description: string;
  mode: AllianceMode;
  mecenatKind: MecenatKind | null;
  theme: Theme;
  sdgTargetCode: string | null;
  /** The territory's name and code ("Saint-Étienne (42218)"). */
  territory: string;
  validUntil: Date | null;
};

/** The before/after line of an edit; empty when the form changed nothing. */
export function describeNeedOfferChanges(before: NeedOfferSnapshot, after: NeedOfferSnapshot): string[] {
  const f = needsOffersCopy.audit.fields;
  const day = (date: Date | null) => (date ? toDateInput(date) : null);
  const mecenat = (kind: MecenatKind | null) => (kind ? needsOffersCopy.mecenatKinds[kind] : null);
  return describeChanges([
    { label: f.title, kind: "value", before: before.title, after: after.title },
    { label: f.description, kind: "text", before: before.description, after: after.description },
    { label: f.mode, kind: "value", before: needsOffersCopy.reasons.modeName(before.mode), after: needsOffersCopy.reasons.modeName(after.mode) },
    { label: f.mecenatKind, kind: "value", before: mecenat(before.mecenatKind), after: mecenat(after.mecenatKind) },
    { label: f.theme, kind: "value", before: needsOffersCopy.themes[before.theme], after: needsOffersCopy.themes[after.theme] },
    { label: f.target, kind: "value", before: before.sdgTargetCode, after: after.sdgTargetCode },
    { label: f.territory, kind: "value", before: before.territory, after: after.territory },
    { label: f.validUntil, kind: "value", before: day(before.validUntil), after: day(after.validUntil) },
  ]);
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
