import "server-only";
// Reads of the back office's needs and offers list and item page, whatever their status, checked
// here (content.list). Needs and offers are two tables shown as one list: each is read sorted up to
// the end of the page asked for, and the two are merged (the list is the team's, a few hundred
// rows; the page number is bounded by the URL schema).
import type { AllianceMode, MecenatKind, ModerationStatus, Prisma, Theme } from "@/generated/prisma/client";
import { auditDateRange } from "@/lib/admin/audit-log";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";
import { CONTENT_PAGE_SIZE, STATUS_SLUGS, needOfferRef, searchWords, type ContentSort, type NeedOfferItemKind } from "./content-admin";
import { inTerritoryTree, type ContentRowBase } from "./content-admin.queries";
import { NEED_OFFER_TYPE_SLUGS, type ContentListParams, type NeedOfferTypeSlug } from "./content-admin.schemas";

export type NeedOfferRow = ContentRowBase & {
  /** The id of the shared list's forms: "need:<id>" or "offer:<id>". */
  id: string;
  itemKind: NeedOfferItemKind;
  itemId: string;
  organisation: string;
  createdAt: Date;
  searchKey: string;
};

function whereOf(params: ContentListParams<NeedOfferTypeSlug>) {
  // Needs and offers keep no publication date: the date filter reads their creation.
  const range = auditDateRange(params.publishedFrom ?? undefined, params.publishedTo ?? undefined);
  const words = searchWords(params.q);
  return {
    ...(params.statusSlug ? { status: STATUS_SLUGS[params.statusSlug] } : {}),
    ...(range.gte || range.lt ? { createdAt: range } : {}),
    ...(words.length > 0 ? { AND: words.map((word) => ({ searchKey: { contains: word } })) } : {}),
    ...(params.territoryId ? { territory: inTerritoryTree(params.territoryId) } : {}),
  } satisfies Prisma.NeedWhereInput & Prisma.OfferWhereInput;
}

function orderOf(sort: ContentSort) {
  switch (sort) {
    case "nom":
      return [{ searchKey: "asc" as const }, { id: "asc" as const }];
    case "modification":
      return [{ updatedAt: "desc" as const }, { id: "asc" as const }];
    default:
      // "publication" reads as "recents": there is no publication date.
      return [{ createdAt: "desc" as const }, { id: "asc" as const }];
  }
}

/** The same order as orderOf, to merge the two sorted tables. */
export function compareNeedOfferRows(sort: ContentSort) {
  return (a: NeedOfferRow, b: NeedOfferRow): number => {
    const byId = a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
    if (sort === "nom") return a.searchKey < b.searchKey ? -1 : a.searchKey > b.searchKey ? 1 : byId;
    const field = sort === "modification" ? "updatedAt" : "createdAt";
    return b[field].getTime() - a[field].getTime() || byId;
  };
}

const rowSelect = {
  id: true,
  title: true,
  status: true,
  moderationReason: true,
  searchKey: true,
  createdAt: true,
  updatedAt: true,
  actor: { select: { name: true } },
  territory: { select: { name: true } },
} as const;

type Selected = { id: string; title: string; status: ModerationStatus; moderationReason: string | null; searchKey: string; createdAt: Date; updatedAt: Date };

function toRow(itemKind: NeedOfferItemKind) {
  return (row: Selected & { actor: { name: string }; territory: { name: string } }): NeedOfferRow => ({
    id: needOfferRef(itemKind, row.id),
    itemKind,
    itemId: row.id,
    title: row.title,
    status: row.status,
    moderationReason: row.moderationReason,
    // Shown in the « créé le » column: the list's date.
    publishedAt: row.createdAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    searchKey: row.searchKey,
    organisation: row.actor.name,
    territories: [row.territory.name],
    territoryCount: 1,
  });
}

type IdCondition = { in: string[] } | { notIn: string[] } | undefined;

/** `assigned`: the « Attribué à » filter of each table (lib/assignments), if any. */
export async function listNeedsOffersForStaff(
  principal: Principal,
  params: ContentListParams<NeedOfferTypeSlug>,
  assigned: { need?: IdCondition; offer?: IdCondition } = {},
): Promise<{ items: NeedOfferRow[]; pageInfo: PageInfo }> {
  assertCan(principal, "content.list");
  const base = whereOf(params);
  const whereFor = (kind: NeedOfferItemKind) => (assigned[kind] ? { ...base, id: assigned[kind] } : base);
  const wanted = (kind: NeedOfferItemKind) => !params.kind || NEED_OFFER_TYPE_SLUGS[params.kind] === kind;
  const end = pageOffset(params.page, CONTENT_PAGE_SIZE) + CONTENT_PAGE_SIZE;
  const query = (kind: NeedOfferItemKind) => ({ where: whereFor(kind), orderBy: orderOf(params.sort), take: end, select: rowSelect });
  const [needs, offers, needCount, offerCount] = await Promise.all([
    wanted("need") ? db.need.findMany(query("need")) : [],
    wanted("offer") ? db.offer.findMany(query("offer")) : [],
    wanted("need") ? db.need.count({ where: whereFor("need") }) : 0,
    wanted("offer") ? db.offer.count({ where: whereFor("offer") }) : 0,
  ]);
  const merged = [...needs.map(toRow("need")), ...offers.map(toRow("offer"))].sort(compareNeedOfferRows(params.sort));
  return {
    items: merged.slice(end - CONTENT_PAGE_SIZE, end),
    pageInfo: buildPageInfo(params.page, CONTENT_PAGE_SIZE, needCount + offerCount),
  };
}

export type NeedOfferItem = {
  id: string;
  itemKind: NeedOfferItemKind;
  title: string;
  description: string;
  status: ModerationStatus;
  moderationReason: string | null;
  mode: AllianceMode;
  mecenatKind: MecenatKind | null;
  theme: Theme;
  validUntil: Date | null;
  createdAt: Date;
  updatedAt: Date;
  actor: { id: string; name: string; slug: string };
  territory: { name: string; code: string };
};

/** One need or offer for its back-office page, or null when there is none with this id. */
export async function getNeedOfferForStaff(principal: Principal, itemKind: NeedOfferItemKind, id: string): Promise<NeedOfferItem | null> {
  assertCan(principal, "content.list");
  const select = {
    id: true,
    title: true,
    description: true,
    status: true,
    moderationReason: true,
    mode: true,
    mecenatKind: true,
    theme: true,
    validUntil: true,
    createdAt: true,
    updatedAt: true,
    actor: { select: { id: true, name: true, slug: true } },
    territory: { select: { name: true, code: true } },
  } as const;
  const row = itemKind === "need" ? await db.need.findUnique({ where: { id }, select }) : await db.offer.findUnique({ where: { id }, select });
  return row ? { ...row, itemKind } : null;
}
