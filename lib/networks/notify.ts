import "server-only";
// The one place the networks domain tells people something: the admins of the organisation
// concerned, in the caller's transaction, through the notifications domain (in-app list, and an
// e-mail right away unless they chose the digest or no e-mail).
import type { Prisma } from "@/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";

export async function notifyOrganisationAdmins(
  tx: Prisma.TransactionClient,
  actorId: string,
  notice: { title: string; body?: string; href: string },
  exceptUserId?: string,
): Promise<void> {
  await notify(tx, {
    actorAdminsOf: actorId,
    exceptUserId,
    kind: "network.link",
    title: notice.title.slice(0, 200),
    body: (notice.body ?? "").slice(0, 1000),
    href: notice.href,
    email: "immediate",
    // The person who acted (never notified themselves) is whose e-mail quota this counts against.
    ...(exceptUserId ? { mailSender: { userId: exceptUserId } } : {}),
  });
}
