import "server-only";
// The one place the networks domain tells people something: a Notification row for each admin of
// the organisation concerned, written in the caller's transaction. Delivery (e-mail, badges) is
// the notifications domain's business; swapping this body for its API is a one-file change.
import type { Prisma } from "@/generated/prisma/client";

export async function notifyOrganisationAdmins(
  tx: Prisma.TransactionClient,
  actorId: string,
  notice: { title: string; body?: string; href: string },
  exceptUserId?: string,
): Promise<void> {
  const admins = await tx.membership.findMany({ where: { actorId, role: "ADMIN", ...(exceptUserId ? { userId: { not: exceptUserId } } : {}) }, select: { userId: true } });
  if (admins.length === 0) return;
  await tx.notification.createMany({
    data: admins.map(({ userId }) => ({ userId, title: notice.title.slice(0, 200), body: (notice.body ?? "").slice(0, 1000), href: notice.href })),
  });
}
