import "server-only";
// Writes of the back-office users pages: granting and revoking the STAFF role. The permission is
// checked here, whoever calls; the target is read inside the transaction that changes it, so the
// checks and the update see the same row.
import type { PlatformRole } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { adminLabels } from "@/lib/copy/admin";
import { isAssignableRole, roleChangeRefusal, type AssignableRole } from "./users";

const t = adminLabels.users;

export type PlatformRoleChangeResult = { userId: string; email: string; from: PlatformRole; to: AssignableRole; changed: boolean };

/**
 * Sets the platform role of `targetUserId` to USER or STAFF. Only an ADMIN may (user.role.grant);
 * nobody changes their own role nor an ADMIN's here. Setting the role the user already has
 * changes nothing and writes no audit row.
 */
export async function setPlatformRole(principal: Principal, targetUserId: string, role: AssignableRole): Promise<PlatformRoleChangeResult> {
  assertCan(principal, "user.role.grant");
  // assertCan has refused anonymous principals; the guard is for the type checker.
  if (!principal) throw new ForbiddenError();
  // Types restrict `role`; this guards callers that build it from strings (ADMIN is never granted here).
  if (!isAssignableRole(role)) throw new ForbiddenError(t.refusedRole);

  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: targetUserId }, select: { id: true, email: true, platformRole: true } });
    if (!target) throw new NotFoundError(t.notFound);
    const refusal = roleChangeRefusal(principal.id, target);
    if (refusal === "self") throw new ForbiddenError(t.refusedSelf);
    if (refusal === "admin") throw new ForbiddenError(t.refusedAdmin);

    const result = { userId: target.id, email: target.email, from: target.platformRole, to: role };
    if (target.platformRole === role) return { ...result, changed: false };

    // The role read above is part of the condition: a concurrent change (say, to ADMIN) in between
    // makes this update miss rather than overwrite it.
    const { count } = await tx.user.updateMany({ where: { id: target.id, platformRole: target.platformRole }, data: { platformRole: role } });
    if (count !== 1) throw new ConflictError();
    const granted = role === "STAFF";
    await writeAudit(tx, {
      userId: principal.id,
      action: granted ? "role.granted" : "role.revoked",
      entity: "User",
      entityId: target.id,
      summary: granted ? t.auditGranted(target.email) : t.auditRevoked(target.email),
    });
    return { ...result, changed: true };
  });
}
