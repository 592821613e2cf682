import "server-only";
// Who may import, and for whom. A staff import (no head) needs actor.import; a network head's
// import needs network.import on that head, with the caller's membership read from the database
// (never from the form). An import belongs to its uploader and to its target: reached through
// another target (the back office for a head's import, another head's page), it is not found.
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminImportsCopy } from "@/lib/copy/admin-imports";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { HEAD_IMPORT_MAX_LINES, MAX_IMPORT_LINES } from "./organisation-import";

/** Whose local teams the lines become: a network head's id, or none for a staff import. */
export type ImportTarget = { headId?: string | null };

export async function requireImporter(principal: Principal, target: ImportTarget = {}): Promise<NonNullable<Principal>> {
  if (!target.headId) {
    assertCan(principal, "actor.import");
  } else {
    if (!principal) throw new ForbiddenError();
    const membership = await db.membership.findUnique({
      where: { userId_actorId: { userId: principal.id, actorId: target.headId } },
      select: { role: true },
    });
    assertCan(principal, "network.import", { actorId: target.headId, membershipRole: membership?.role ?? null });
    // A platform admin may import for any head, but only one that exists.
    if (!membership && (await db.actor.count({ where: { id: target.headId } })) === 0) throw new NotFoundError(adminImportsCopy.previewNotFound);
  }
  if (!principal) throw new ForbiddenError();
  return principal;
}

/** The caller's import `importId`, checked against the target it is reached through. */
export async function assertImportTarget(userId: string, importId: string, target: ImportTarget = {}): Promise<void> {
  const row = await db.organisationImport.findFirst({ where: { id: importId, userId }, select: { headId: true } });
  if (row && (row.headId ?? null) !== (target.headId ?? null)) throw new NotFoundError(adminImportsCopy.previewNotFound);
  // Imports stored before their rows existed were staff imports.
  if (!row && target.headId) throw new NotFoundError(adminImportsCopy.previewNotFound);
}

/** The most lines one import may hold: a head's imports are kept small. */
export const maxLinesOf = (target: ImportTarget) => (target.headId ? HEAD_IMPORT_MAX_LINES : MAX_IMPORT_LINES);
