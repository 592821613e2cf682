import "server-only";
// Reads of a person's follows: only their own, for « Mes suivis » and the follow buttons.
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export async function listFollows(principal: Principal) {
  if (!principal) return [];
  return db.follow.findMany({
    where: { userId: principal.id },
    select: { id: true, kind: true, label: true, href: true, rhythm: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

export type FollowListItem = Awaited<ReturnType<typeof listFollows>>[number];

/** The label of a follow found by its unsubscribe token (the confirmation page), or null. */
export async function getFollowByToken(token: string): Promise<{ label: string; rhythm: string } | null> {
  return db.follow.findUnique({ where: { unsubscribeToken: token }, select: { label: true, rhythm: true } });
}
