// Reads of the back office on kits: every status, the working copy (the draft, else the published
// version), versions with every field and their files, and contributions.
// Each checks kit.update itself: the admin layout is not the only door to these functions.
import "server-only";
import type { FeedbackKind, KitCategory, KitStatus, Prisma } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";
import { auditDateRange } from "@/lib/admin/audit-log";
import { searchWords } from "@/lib/content-admin/content-admin";
import { VERSION_COLUMNS, hasChanges, versionContent, workingCopyStamp } from "./kit-versions";
import type { AdminKitListParams, KitSort } from "./kits.list";

export const ADMIN_PAGE_SIZE = 30;

export interface AdminKitListItem {
  id: string;
  title: string;
  slug: string;
  category: KitCategory;
  status: KitStatus;
  currentVersion: number;
  publishedAt: Date | null;
  /** The last change by staff, the draft included (Kit.editedAt). */
  updatedAt: Date;
  /** A draft waits to be published (a new kit's first draft included). */
  hasDraft: boolean;
  /** A published kit has a draft waiting to be published. */
  hasUnpublishedChanges: boolean;
}

const VERSION_FIELDS = {
  ...VERSION_COLUMNS,
  author: { select: { name: true, email: true } },
  attachments: {
    orderBy: [{ attachment: { createdAt: "asc" } }, { attachmentId: "asc" }],
    select: { attachment: { select: { id: true, fileName: true, mimeType: true, sizeBytes: true } } },
  },
} satisfies Prisma.KitVersionSelect;

type VersionRow = Prisma.KitVersionGetPayload<{ select: typeof VERSION_FIELDS }>;

/** A version row as content (every field) with its files. */
function toVersion(row: VersionRow) {
  const { attachments, links, id, number, note, publishedAt, updatedAt, author, ...fields } = row;
  return {
    id,
    number,
    note,
    publishedAt,
    updatedAt,
    author,
    ...versionContent({ ...fields, links }),
    files: attachments.map(({ attachment }) => attachment),
  };
}
export type KitVersionView = ReturnType<typeof toVersion>;

const draftOrCurrent = (currentVersion: number): Prisma.KitVersionWhereInput => ({ OR: [{ publishedAt: null }, { number: currentVersion }] });

const DRAFT_VERSION = { publishedAt: null } as const;

/**
 * A condition on the working copy (the draft when there is one, else the published kit): what
 * the list shows, so what its family and target filters read.
 */
function onWorkingCopy(draft: Prisma.KitVersionWhereInput, published: Prisma.KitWhereInput): Prisma.KitWhereInput {
  return { OR: [{ versions: { some: { ...DRAFT_VERSION, ...draft } } }, { ...published, versions: { none: DRAFT_VERSION } }] };
}

function kitListWhere(params: AdminKitListParams, ids?: { in: string[] } | { notIn: string[] }): Prisma.KitWhereInput {
  const words = searchWords(params.q);
  const range = auditDateRange(params.from ?? undefined, params.to ?? undefined);
  const and: Prisma.KitWhereInput[] = [];
  // Every word in the published key, or the draft's title (the Kit row holds the published one).
  for (const word of words)
    and.push({ OR: [{ searchKey: { contains: word } }, { versions: { some: { ...DRAFT_VERSION, title: { contains: word, mode: "insensitive" } } } }] });
  if (params.category) and.push(onWorkingCopy({ category: params.category }, { category: params.category }));
  if (params.target) and.push(onWorkingCopy({ targets: { has: params.target } }, { targets: { some: { targetCode: params.target } } }));
  return {
    ...(params.status ? { status: params.status } : {}),
    ...(params.pendingDraft ? { versions: { some: DRAFT_VERSION } } : {}),
    ...(range.gte || range.lt ? { [params.dateField === "publication" ? "publishedAt" : "editedAt"]: range } : {}),
    ...(ids ? { id: ids } : {}),
    ...(and.length > 0 ? { AND: and } : {}),
  };
}

function kitOrder(sort: KitSort): Prisma.KitOrderByWithRelationInput[] {
  switch (sort) {
    case "titre":
      return [{ searchKey: "asc" }, { id: "asc" }];
    case "publication":
      return [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }];
    case "modification":
      return [{ editedAt: "desc" }, { id: "asc" }];
    case "recents":
      return [{ createdAt: "desc" }, { id: "asc" }];
  }
}

export async function listKitsForStaff(
  principal: Principal,
  params: AdminKitListParams,
  ids?: { in: string[] } | { notIn: string[] },
): Promise<{ items: AdminKitListItem[]; pageInfo: PageInfo }> {
  assertCan(principal, "kit.update");
  const where = kitListWhere(params, ids);
  const [total, kits] = await Promise.all([
    db.kit.count({ where }),
    db.kit.findMany({
      where,
      orderBy: kitOrder(params.sort),
      skip: pageOffset(params.page, ADMIN_PAGE_SIZE),
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        category: true,
        status: true,
        currentVersion: true,
        publishedAt: true,
        editedAt: true,
        versions: { where: DRAFT_VERSION, take: 1, select: { title: true, category: true } },
      },
    }),
  ]);
  const items = kits.map(({ versions, editedAt, ...kit }) => {
    const draft = versions[0];
    // A draft is listed by its own title; "changes" means a draft of an already published kit.
    return {
      ...kit,
      title: draft?.title ?? kit.title,
      category: draft?.category ?? kit.category,
      updatedAt: editedAt,
      hasDraft: Boolean(draft),
      hasUnpublishedChanges: Boolean(draft) && kit.currentVersion > 0,
    };
  });
  return { items, pageInfo: buildPageInfo(params.page, ADMIN_PAGE_SIZE, total) };
}

/**
 * What the edit page shows: the working copy (the draft, else the published version) with every
 * field and its files, the kit's status and the stamp the form sends back; null for unknown ids.
 */
export async function getKitForEdit(principal: Principal, kitId: string) {
  assertCan(principal, "kit.update");
  const head = await db.kit.findUnique({ where: { id: kitId }, select: { currentVersion: true } });
  if (!head) return null;
  const kit = await db.kit.findUnique({
    where: { id: kitId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      currentVersion: true,
      publishedAt: true,
      versions: { where: draftOrCurrent(head.currentVersion), select: VERSION_FIELDS },
      _count: { select: { feedbacks: { where: { kind: { in: ["COMMENT", "SUGGESTION"] } } } } },
    },
  });
  if (!kit) return null;
  const { versions, _count, title: publishedTitle, ...rest } = kit;
  const draftRow = versions.find((version) => version.publishedAt === null);
  const publishedRow = versions.find((version) => version.publishedAt !== null && version.number === kit.currentVersion);
  const draft = draftRow ? toVersion(draftRow) : null;
  const published = publishedRow ? toVersion(publishedRow) : null;
  const working = draft ?? published;
  if (!working) return null;
  // The version's own id, number and dates are not the kit's: only its fields are spread.
  const { files, note, id: _versionId, number: _number, publishedAt: _publishedAt, updatedAt: _updatedAt, author: _author, ...content } = working;
  return {
    ...rest,
    ...content,
    publishedTitle,
    note: draft ? note : "",
    attachments: files,
    hasDraft: Boolean(draft),
    stamp: workingCopyStamp(draft, published),
    contributionCount: _count.feedbacks,
    hasUnpublishedChanges: kit.currentVersion > 0 && hasChanges(published, draft),
  };
}
export type KitForEdit = NonNullable<Awaited<ReturnType<typeof getKitForEdit>>>;

/** Every version, the draft first (it carries the number it will take). */
export async function listKitVersions(principal: Principal, kitId: string) {
  assertCan(principal, "kit.update");
  return db.kitVersion.findMany({
    where: { kitId },
    orderBy: { number: "desc" },
    select: { number: true, title: true, note: true, publishedAt: true, author: { select: { name: true, email: true } } },
  });
}

export async function getKitVersion(principal: Principal, kitId: string, number: number): Promise<KitVersionView | null> {
  assertCan(principal, "kit.update");
  const row = await db.kitVersion.findUnique({ where: { kitId_number: { kitId, number } }, select: VERSION_FIELDS });
  return row ? toVersion(row) : null;
}

export type FeedbackState = "attente" | "repondues" | "toutes";

export interface FeedbackListItem {
  id: string;
  kind: FeedbackKind;
  comment: string;
  staffAnswer: string | null;
  answeredAt: Date | null;
  createdAt: Date;
  author: { name: string | null; email: string };
  kit: { id: string; title: string; slug: string } | null;
}

/** Comments and suggestions on kits, the oldest unanswered first (the queue to work through). */
export async function listKitFeedback(
  principal: Principal,
  query: { state: FeedbackState; kind: "COMMENT" | "SUGGESTION" | null; kitId: string | null; page: number },
): Promise<{ items: FeedbackListItem[]; pageInfo: PageInfo }> {
  assertCan(principal, "kit.update");
  const where: Prisma.FeedbackWhereInput = {
    kitId: query.kitId ?? { not: null },
    kind: query.kind ?? { in: ["COMMENT", "SUGGESTION"] },
    ...(query.state === "attente" ? { answeredAt: null } : query.state === "repondues" ? { answeredAt: { not: null } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.feedback.count({ where }),
    db.feedback.findMany({
      where,
      orderBy: query.state === "attente" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "asc" }],
      skip: pageOffset(query.page, ADMIN_PAGE_SIZE),
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        comment: true,
        staffAnswer: true,
        answeredAt: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
        kit: { select: { id: true, title: true, slug: true } },
      },
    }),
  ]);
  return { items: rows.map(({ user, ...row }) => ({ ...row, author: user })), pageInfo: buildPageInfo(query.page, ADMIN_PAGE_SIZE, total) };
}

/** How many comments and suggestions wait for an answer (the link on the kits page). */
export async function countPendingFeedback(principal: Principal): Promise<number> {
  assertCan(principal, "kit.update");
  return db.feedback.count({ where: { kitId: { not: null }, kind: { in: ["COMMENT", "SUGGESTION"] }, answeredAt: null } });
}

/** The kit's title as staff know it: its draft's, else its published one. */
export async function getKitTitle(principal: Principal, kitId: string): Promise<string | null> {
  assertCan(principal, "kit.update");
  const kit = await db.kit.findUnique({ where: { id: kitId }, select: { title: true, versions: { where: { publishedAt: null }, select: { title: true } } } });
  return kit ? (kit.versions[0]?.title ?? kit.title) : null;
}
