// Pure rules of the back office's content lists (organisations, alliances, needs and offers,
// published diagnostic summaries): the kinds, the sorts,
// what a search string becomes, and which status each staff decision applies to. No database:
// unit-tested beside this file, read by the queries, the mutations and the pages.
import type { DiagnosticStatus, ModerationStatus } from "@/generated/prisma/enums";
import { toSearchKey } from "@/lib/text/search-key";

/**
 * The kinds of the lists and of their forms. Needs and offers share one list ("needOffer"): its
 * forms send typed references ("need:<id>", "offer:<id>", see needOfferRef), the other kinds ids.
 */
export const CONTENT_KINDS = ["actor", "alliance", "needOffer", "diagnostic"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** What one changed row is, for its audit entry, its e-mail and its owners' workspace link. */
export type ContentItemKind = "actor" | "alliance" | "need" | "offer" | "diagnostic";

/** The Prisma model of each item kind, as the audit log names entities. */
export const CONTENT_ENTITIES = {
  actor: "Actor",
  alliance: "Alliance",
  need: "Need",
  offer: "Offer",
  diagnostic: "Diagnostic",
} as const satisfies Record<ContentItemKind, string>;

export const CONTENT_DECISIONS = ["unpublish", "publish"] as const;
export type ContentDecision = (typeof CONTENT_DECISIONS)[number];

/**
 * What the team may decide on each kind. A diagnostic summary is published by its organisation's
 * choice only (it opts in to showing its scores): the team can withdraw it, never publish it.
 */
export const CONTENT_DECISIONS_BY_KIND = {
  actor: CONTENT_DECISIONS,
  alliance: CONTENT_DECISIONS,
  needOffer: CONTENT_DECISIONS,
  diagnostic: ["unpublish"],
} as const satisfies Record<ContentKind, readonly ContentDecision[]>;

export function isDecisionAllowed(kind: ContentKind, decision: ContentDecision): boolean {
  return (CONTENT_DECISIONS_BY_KIND[kind] as readonly ContentDecision[]).includes(decision);
}

export type NeedOfferItemKind = "need" | "offer";

/** The reference of a need or an offer in the shared list's forms: "need:<id>" or "offer:<id>". */
export function needOfferRef(kind: NeedOfferItemKind, id: string): string {
  return `${kind}:${id}`;
}

export function parseNeedOfferRef(ref: string): { kind: NeedOfferItemKind; id: string } | null {
  const match = /^(need|offer):(.+)$/.exec(ref);
  return match ? { kind: match[1] as NeedOfferItemKind, id: match[2] } : null;
}

export const CONTENT_PAGE_SIZE = 25;
/** A bulk decision touches at most this many items (four pages of the list). */
export const CONTENT_BULK_MAX = 100;

export const UNPUBLISH_REASON_MIN_LENGTH = 5;
export const UNPUBLISH_REASON_MAX_LENGTH = 1000;

/** The sorts of the lists, by their French slug in the URL; the first is the default. */
export const CONTENT_SORTS = ["recents", "nom", "publication", "modification"] as const;
export type ContentSort = (typeof CONTENT_SORTS)[number];

/** Status slugs of the URL (?statut=publie), French like the rest of the URL. */
export const STATUS_SLUGS = { publie: "PUBLISHED", "en-attente": "PENDING", brouillon: "DRAFT", refuse: "REJECTED" } as const satisfies Record<
  string,
  ModerationStatus
>;
export type StatusSlug = keyof typeof STATUS_SLUGS;

/**
 * The words of a search, normalised as the rows' searchKey is (no accents, no case, punctuation
 * folded): "Édouard" and "edouard" give ["edouard"]. Every word must occur in the key.
 */
export function searchWords(q: string): string[] {
  return [...new Set(toSearchKey(q).split(" ").filter(Boolean))].slice(0, 8);
}

/**
 * The statuses a decision applies to: only a published item is unpublished, and the reverse; a
 * diagnostic (DRAFT, COMPLETED, PUBLISHED) is only ever unpublished.
 */
export function appliesTo(decision: ContentDecision, status: ModerationStatus | DiagnosticStatus): boolean {
  if (decision === "unpublish") return status === "PUBLISHED";
  return status !== "PUBLISHED" && status !== "COMPLETED";
}

/** A reason the owners can act on: long enough to say something, short enough for an e-mail. */
export function unpublishReasonProblem(reason: string | undefined): "missing" | "too-long" | null {
  const length = (reason ?? "").trim().length;
  if (length < UNPUBLISH_REASON_MIN_LENGTH) return "missing";
  if (length > UNPUBLISH_REASON_MAX_LENGTH) return "too-long";
  return null;
}

/**
 * A staff unpublication is a DRAFT that keeps its reason (a COMPLETED one for a diagnostic):
 * that is how the workspace tells them apart.
 */
export function isUnpublishedByStaff(status: ModerationStatus | DiagnosticStatus, reason: string | null | undefined): boolean {
  return (status === "DRAFT" || status === "COMPLETED") && Boolean(reason?.trim());
}

/** Status slugs of the diagnostics list: published, or withdrawn by the team. */
export const DIAGNOSTIC_STATUS_SLUGS = ["publie", "depublie"] as const;
export type DiagnosticStatusSlug = (typeof DIAGNOSTIC_STATUS_SLUGS)[number];
