import "server-only";
// Loads the facts `can` needs about an organisation from the database — never from the form.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { Principal, Scope } from "@/lib/auth/permissions";

/**
 * The principal's standing in organisation `actorId`: their membership role (null if none) and
 * whether they are its only ADMIN. Inside a mutation, pass the transaction client so that the
 * check and the change see the same data.
 */
export async function getActorScope(principal: Principal, actorId: string, client: Prisma.TransactionClient = db): Promise<Scope> {
  if (!principal) return { actorId, membershipRole: null, isLastAdmin: false };
  const membership = await client.membership.findUnique({
    where: { userId_actorId: { userId: principal.id, actorId } },
    select: { role: true },
  });
  if (!membership) return { actorId, membershipRole: null, isLastAdmin: false };
  if (membership.role !== "ADMIN") return { actorId, membershipRole: "MEMBER", isLastAdmin: false };
  const otherAdmins = await client.membership.count({ where: { actorId, role: "ADMIN", userId: { not: principal.id } } });
  return { actorId, membershipRole: "ADMIN", isLastAdmin: otherAdmins === 0 };
}
