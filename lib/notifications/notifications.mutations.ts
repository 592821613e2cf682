import "server-only";
// A user's own notification state. The where clause always carries `userId: principal.id`: a
// forged id of someone else's notification matches no row and changes nothing. Read marks and
// the e-mail preference are the user's own view settings, not audited (like the profile name).
import type { NotificationEmails } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { notificationsCopy } from "@/lib/copy/notifications";

function requireSignedIn(principal: Principal): NonNullable<Principal> {
  if (!principal) throw new ForbiddenError();
  return principal;
}

/** Someone else's notification is simply not found: its existence is not revealed. */
async function findOwn(userId: string, id: string) {
  const row = await db.notification.findFirst({ where: { id, userId }, select: { href: true, readAt: true } });
  if (!row) throw new NotFoundError(notificationsCopy.notFound);
  return row;
}

/** Marks one of the principal's notifications read; returns false when it already was. */
export async function markRead(principal: Principal, id: string, now: Date = new Date()): Promise<boolean> {
  const user = requireSignedIn(principal);
  await findOwn(user.id, id);
  const { count } = await db.notification.updateMany({ where: { id, userId: user.id, readAt: null }, data: { readAt: now } });
  return count === 1;
}

export async function markAllRead(principal: Principal, now: Date = new Date()): Promise<number> {
  const user = requireSignedIn(principal);
  const { count } = await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: now } });
  return count;
}

/** Opening a notification marks it read and gives where it leads; someone else's is not found. */
export async function openNotification(principal: Principal, id: string, now: Date = new Date()): Promise<{ href: string | null }> {
  const user = requireSignedIn(principal);
  const row = await findOwn(user.id, id);
  if (!row.readAt) await db.notification.updateMany({ where: { id, userId: user.id, readAt: null }, data: { readAt: now } });
  return { href: row.href };
}

export async function setEmailPreference(principal: Principal, value: NotificationEmails): Promise<void> {
  const user = requireSignedIn(principal);
  assertCan(user, "account.update", { targetUserId: user.id });
  await db.user.update({ where: { id: user.id }, data: { notificationEmails: value } });
}
