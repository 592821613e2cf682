import "server-only";
// Writes of the back-office users pages: granting and revoking the STAFF role, disabling and
// re-enabling an account. The permission is
// checked here, whoever calls; the target is read inside the transaction that changes it, so the
// checks and the update see the same row.
import type { PlatformRole } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { adminLabels } from "@/lib/copy/admin";
import { disableRefusal, isAssignableRole, roleChangeRefusal, type AssignableRole } from "./users";

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

export type AccountDisabledResult = { userId: string; email: string; disabled: boolean; changed: boolean };

/**
 * Disables (disabledAt = now) or re-enables (disabledAt = null) the account of `targetUserId`.
 * Only an ADMIN may (user.disable); nobody disables their own account nor another admin's. A
 * disabled account cannot sign in, and its open sessions end at their next request
 * (lib/auth/session.ts reads disabledAt and the session version every time). Asking for the current state changes nothing.
 */
export async function setAccountDisabled(
  principal: Principal,
  targetUserId: string,
  disabled: boolean,
  context: { ip?: string | null; now?: Date } = {},
): Promise<AccountDisabledResult> {
  assertCan(principal, "user.disable");
  if (!principal) throw new ForbiddenError();
  const now = context.now ?? new Date();

  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: targetUserId }, select: { id: true, email: true, platformRole: true, disabledAt: true } });
    if (!target) throw new NotFoundError(t.notFound);
    const refusal = disableRefusal(principal.id, target);
    if (refusal === "self") throw new ForbiddenError(t.refusedDisableSelf);
    if (refusal === "admin") throw new ForbiddenError(t.refusedDisableAdmin);

    const result = { userId: target.id, email: target.email, disabled };
    if ((target.disabledAt !== null) === disabled) return { ...result, changed: false };

    // The state read above and the role are part of the condition: a concurrent change (another
    // admin's click, a promotion to ADMIN) makes this update miss rather than overwrite it.
    const { count } = await tx.user.updateMany({
      where: { id: target.id, platformRole: target.platformRole, disabledAt: disabled ? null : { not: null } },
      // Disabling also ends every session for good: enabling the account again does not revive them.
      data: disabled ? { disabledAt: now, sessionVersion: { increment: 1 }, keptSessionId: null } : { disabledAt: null },
    });
    if (count !== 1) throw new ConflictError();
    await writeAudit(tx, {
      userId: principal.id,
      action: disabled ? "account.disabled" : "account.enabled",
      entity: "User",
      entityId: target.id,
      summary: disabled ? t.auditDisabled(target.email) : t.auditEnabled(target.email),
      ip: context.ip,
    });
    return { ...result, changed: true };
  });
}
