// Reads of the back office on kits: every status, the working copy, versions and contributions.
// Each checks kit.update itself: the admin layout is not the only door to these functions.
import "server-only";
import type { FeedbackKind, KitCategory, KitStatus, Prisma } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo } from "@/lib/territories/territories";
import { toSearchKey } from "@/lib/text/search-key";
import { compareTargetCodes } from "./kits";

export const ADMIN_PAGE_SIZE = 30;

export interface AdminKitListItem {
  id: string;
  title: string;
  slug: string;
  category: KitCategory;
  status: KitStatus;
  currentVersion: number;
  updatedAt: Date;
  /** The working copy differs from the published version. */
  hasUnpublishedChanges: boolean;
}

export async function listKitsForStaff(
  principal: Principal,
  query: { q: string; status: KitStatus | null; page: number },
): Promise<{ items: AdminKitListItem[]; pageInfo: PageInfo }> {
  assertCan(principal, "kit.update");
  const key = toSearchKey(query.q);
  const where: Prisma.KitWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, ...(key ? [{ searchKey: { contains: key } }] : [])] } : {}),
  };
  const [total, kits] = await Promise.all([
    db.kit.count({ where }),
    db.kit.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: pageOffset(query.page, ADMIN_PAGE_SIZE),
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        slug: true,
        category: true,
        status: true,
        currentVersion: true,
        updatedAt: true,
        summary: true,
        body: true,
        versions: { orderBy: { number: "desc" }, take: 1, select: { title: true, summary: true, body: true } },
      },
    }),
  ]);
  const items = kits.map(({ versions, summary, body, ...kit }) => {
    const latest = versions[0];
    return { ...kit, hasUnpublishedChanges: latest ? latest.title !== kit.title || latest.summary !== summary || latest.body !== body : false };
  });
  return { items, pageInfo: buildPageInfo(query.page, ADMIN_PAGE_SIZE, total) };
}

/** The working copy with everything the edit page shows; null when the id names nothing. */
export async function getKitForEdit(principal: Principal, kitId: string) {
  assertCan(principal, "kit.update");
  const kit = await db.kit.findUnique({
    where: { id: kitId },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      category: true,
      audiences: true,
      maturityLevels: true,
      themes: true,
      modes: true,
      body: true,
      status: true,
      currentVersion: true,
      publishedAt: true,
      updatedAt: true,
      targets: { select: { targetCode: true } },
      links: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { label: true, url: true } },
      attachments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, fileName: true, mimeType: true, sizeBytes: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { title: true, summary: true, body: true } },
      _count: { select: { feedbacks: { where: { kind: { in: ["COMMENT", "SUGGESTION"] } } } } },
    },
  });
  if (!kit) return null;
  const { versions, targets, _count, ...rest } = kit;
  const latest = versions[0];
  return {
    ...rest,
    targets: targets.map((target) => target.targetCode).sort(compareTargetCodes),
    contributionCount: _count.feedbacks,
    hasUnpublishedChanges: latest ? latest.title !== kit.title || latest.summary !== kit.summary || latest.body !== kit.body : false,
  };
}
export type KitForEdit = NonNullable<Awaited<ReturnType<typeof getKitForEdit>>>;

export async function listKitVersions(principal: Principal, kitId: string) {
  assertCan(principal, "kit.update");
  return db.kitVersion.findMany({
    where: { kitId },
    orderBy: { number: "desc" },
    select: { number: true, title: true, note: true, publishedAt: true, author: { select: { name: true, email: true } } },
  });
}

export async function getKitVersion(principal: Principal, kitId: string, number: number) {
  assertCan(principal, "kit.update");
  return db.kitVersion.findUnique({
    where: { kitId_number: { kitId, number } },
    select: { number: true, title: true, summary: true, body: true, note: true, publishedAt: true, author: { select: { name: true, email: true } } },
  });
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

export async function getKitTitle(principal: Principal, kitId: string): Promise<string | null> {
  assertCan(principal, "kit.update");
  return (await db.kit.findUnique({ where: { id: kitId }, select: { title: true } }))?.title ?? null;
}
