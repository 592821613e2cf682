import "server-only";
// Reads of a user's own notifications. Every query is scoped by the signed-in user's id: there
// is no way to name somebody else's notification here.
import type { NotificationEmails } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { PAGE_SIZE, pageOf } from "./notifications";

const itemSelect = { id: true, kind: true, title: true, body: true, href: true, readAt: true, createdAt: true } as const;

export type NotificationItem = { id: string; kind: string; title: string; body: string; href: string | null; readAt: Date | null; createdAt: Date };

/** For the header badge: one index-only count on (userId, readAt). */
export async function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function listNotifications(userId: string, requestedPage = 1): Promise<{ items: NotificationItem[]; page: number; pages: number; total: number }> {
  const total = await db.notification.count({ where: { userId } });
  const { page, pages } = pageOf(requestedPage, total);
  const items = await db.notification.findMany({
    where: { userId },
    select: itemSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { items, page, pages, total };
}

export async function listLatestUnread(userId: string, take = 5): Promise<NotificationItem[]> {
  return db.notification.findMany({ where: { userId, readAt: null }, select: itemSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
}

export async function getEmailPreference(userId: string): Promise<NotificationEmails> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { notificationEmails: true } });
  return user?.notificationEmails ?? "ALL";
}

/**
 * Contacts ("mises en relation") other organisations made with the user's organisations since
 * `since`: what the dashboard calls new.
 */
export async function countNewMatchContacts(userId: string, since: Date): Promise<number> {
  const actorIds = (await db.membership.findMany({ where: { userId }, select: { actorId: true } })).map((row) => row.actorId);
  if (actorIds.length === 0) return 0;
  return db.matchContact.count({
    where: {
      createdAt: { gte: since },
      fromActorId: { notIn: actorIds },
      OR: [{ need: { actorId: { in: actorIds } } }, { offer: { actorId: { in: actorIds } } }],
    },
  });
}
