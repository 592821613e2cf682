// Rules of the platform roles that the back office may change, pure so that the users page (which
// buttons to show) and the mutation (what to refuse) read the same ones.
import type { PlatformRole } from "@/lib/auth/permissions";

/** The roles an admin can set from the back office: ADMIN is never granted (nor taken) there. */
export const ASSIGNABLE_ROLES = ["USER", "STAFF"] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export function isAssignableRole(value: unknown): value is AssignableRole {
  return value === "USER" || value === "STAFF";
}

export type RoleChangeRefusal = "self" | "admin";

/**
 * Why `actorId` may not change the role of `target`, or null when nothing in the target stands in
 * the way (the permission itself, user.role.grant, is asked of `can` separately).
 */
export function roleChangeRefusal(actorId: string, target: { id: string; platformRole: PlatformRole }): RoleChangeRefusal | null {
  if (target.id === actorId) return "self";
  if (target.platformRole === "ADMIN") return "admin";
  return null;
}

/** The role the back-office toggle offers: USER ↔ STAFF; nothing for an ADMIN. */
export function toggledRole(current: PlatformRole): AssignableRole | null {
  if (current === "USER") return "STAFF";
  if (current === "STAFF") return "USER";
  return null;
}

export type DisableRefusal = "self" | "admin";

/**
 * Why `actorId` may not disable (or re-enable) the account of `target`: nobody disables their own
 * account (they would lock themselves out) nor another admin's (admins are managed outside the
 * back office). The permission itself, user.disable, is asked of `can` separately.
 */
export function disableRefusal(actorId: string, target: { id: string; platformRole: PlatformRole }): DisableRefusal | null {
  if (target.id === actorId) return "self";
  if (target.platformRole === "ADMIN") return "admin";
  return null;
}
