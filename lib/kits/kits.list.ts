// Pure rules of the back office's kits list: its sorts, its date filter, the URL of a page of it,
// and which kits each bulk action applies to (and why the others are skipped). No database:
// unit-tested beside this file, read by the queries, the bulk mutations and the page.
import type { KitCategory, KitStatus } from "@/generated/prisma/enums";

/** The sorts by their French slug in the URL; the first is the default. */
export const KIT_SORTS = ["recents", "titre", "publication", "modification"] as const;
export type KitSort = (typeof KIT_SORTS)[number];

/** Which date the « du / au » filter reads: the publication, or the last change by staff. */
export const KIT_DATE_FIELDS = ["publication", "modification"] as const;
export type KitDateField = (typeof KIT_DATE_FIELDS)[number];

export const KIT_BULK_DECISIONS = ["publish", "archive", "restore"] as const;
export type KitBulkDecision = (typeof KIT_BULK_DECISIONS)[number];
export const KIT_BULK_MAX = 100;

/** The SDG 17 targets are « 17.1 » to « 17.19 ». */
export function isSdg17Target(code: unknown): code is string {
  return typeof code === "string" && /^17\.(1[0-9]|[1-9])$/.test(code);
}

export type AdminKitListParams = {
  q: string;
  statusSlug: "brouillon" | "publie" | "archive" | null;
  status: KitStatus | null;
  category: KitCategory | null;
  target: string | null;
  /** Kits whose working copy is a draft not published yet. */
  pendingDraft: boolean;
  dateField: KitDateField;
  /** YYYY-MM-DD, inclusive, Paris days. */
  from: string | null;
  to: string | null;
  sort: KitSort;
  page: number;
};

/** The URL parameters of a list page (pagination, links): the inverse of parseAdminKitListParams. */
export function kitListQuery(params: AdminKitListParams, page = params.page) {
  const dated = Boolean(params.from || params.to);
  return {
    q: params.q,
    statut: params.statusSlug ?? undefined,
    famille: params.category?.toLowerCase(),
    cible: params.target ?? undefined,
    brouillon: params.pendingDraft ? "1" : undefined,
    date: dated && params.dateField !== "publication" ? params.dateField : undefined,
    du: params.from ?? undefined,
    au: params.to ?? undefined,
    tri: params.sort === "recents" ? undefined : params.sort,
    page,
  };
}

export type BulkKitFacts = { status: KitStatus; hasDraft: boolean };
export type KitSkipReason = "no-draft" | "archived" | "not-archived" | "already-archived" | "changed";

/**
 * Why a bulk action leaves a kit alone, or null when it applies. Publishing takes the kit's draft
 * only (a kit without one has nothing new to publish) and never brings an archived kit back: that
 * is « Restaurer », which applies to archived kits only.
 */
export function bulkSkipReason(decision: KitBulkDecision, kit: BulkKitFacts): KitSkipReason | null {
  switch (decision) {
    case "publish":
      if (kit.status === "ARCHIVED") return "archived";
      return kit.hasDraft ? null : "no-draft";
    case "archive":
      return kit.status === "ARCHIVED" ? "already-archived" : null;
    case "restore":
      return kit.status === "ARCHIVED" ? null : "not-archived";
  }
}
