// Writes of the organisation profile: the edit (fields, territories, SDGs, logo) and the
// submission to moderation. Each one checks the permission before touching the store and again
// inside its transaction (the action's check is not trusted), bumps `version` through
// `updateMany where { id, version }` so that a stale form is a ConflictError, and writes the
// audit row. A new logo is checked from its bytes before anything is stored, written under a
// fresh random key, and removed again if the transaction fails: a refused edit leaves nothing.
import "server-only";
import type { ModerationStatus, Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { resolveTerritoryParams } from "@/lib/territories/territories.queries";
import { db } from "@/lib/db";
import { buildSearchKey } from "@/lib/directory/directory";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getStorage, newStorageKey, type FileStorage } from "@/lib/storage/storage";
import {
  canRenameOrganisation,
  canSubmitProfile,
  describeProfileChanges,
  readLogo,
  statusAfterProfileEdit,
  type ProfileSnapshot,
  type UploadedLogo,
} from "./profile";
import type { OrganisationProfileInput, ProfileSubmit } from "./profile.schemas";
import { logUnexpectedError } from "@/lib/log/logger";

const m = organisationProfileCopy.messages;
const a = organisationProfileCopy.audit;

type Tx = Prisma.TransactionClient;

export type ProfileContext = { ip?: string | null; storage?: FileStorage };

export type ProfileUpdateOutcome = { status: ModerationStatus; changed: boolean };

async function authorizeUpdate(principal: Principal, actorId: string, client: Tx = db): Promise<NonNullable<Principal>> {
  assertCan(principal, "actor.update", await getActorScope(principal, actorId, client));
  if (!principal) throw new ForbiddenError();
  return principal;
}

const snapshotSelect = {
  name: true,
  kind: true,
  description: true,
  website: true,
  contactEmail: true,
  contactPhone: true,
  logoPath: true,
  status: true,
  verified: true,
  version: true,
  territories: { select: { territory: { select: { id: true, name: true } } } },
  sdgs: { select: { sdgNumber: true } },
} as const;

/** Saves the profile; see statusAfterProfileEdit for what happens to its moderation status. */
export async function updateOrganisationProfile(
  principal: Principal,
  input: OrganisationProfileInput,
  logo: UploadedLogo | null,
  context: ProfileContext = {},
): Promise<ProfileUpdateOutcome> {
  // Checked before the store is touched: a stranger's upload never reaches the disk.
  await authorizeUpdate(principal, input.id);
  const bytes = logo && logo.size > 0 ? await readLogo(logo) : null;
  const storage = context.storage ?? getStorage();
  const newKey = bytes ? newStorageKey("logos") : null;
  if (newKey && bytes) await storage.put(newKey, bytes);

  let outcome: ProfileUpdateOutcome & { oldKey: string | null };
  try {
    outcome = await db.$transaction(async (tx) => {
      const actor = await tx.actor.findUnique({ where: { id: input.id }, select: snapshotSelect });
      if (!actor) throw new NotFoundError(m.notFound);
      const user = await authorizeUpdate(principal, input.id, tx);
      if (actor.version !== input.version) throw new ConflictError(m.conflict);
      const name = input.name ?? actor.name;
      if (name !== actor.name && !canRenameOrganisation(actor.verified) && user.platformRole !== "ADMIN") throw new ValidationError({ name: [m.nameLocked] });
      const territories = await resolveTerritoryParams(tx, input.territories, m.territoryInvalid);
      const logoPath = newKey ?? (input.removeLogo ? null : actor.logoPath);

      const before: ProfileSnapshot = {
        ...actor,
        territories: actor.territories.map((link) => link.territory),
        sdgs: actor.sdgs.map((link) => link.sdgNumber),
        logoKey: actor.logoPath,
      };
      const after: ProfileSnapshot = { ...input, name, territories, logoKey: logoPath };
      const changes = describeProfileChanges(before, after);
      if (changes.length === 0) return { status: actor.status, changed: false, oldKey: null };

      const status = statusAfterProfileEdit(actor.status, actor.verified);
      const { count } = await tx.actor.updateMany({
        where: { id: input.id, version: input.version },
        data: {
          name,
          kind: input.kind,
          description: input.description,
          searchKey: buildSearchKey(name, input.description),
          website: input.website,
          contactEmail: input.contactEmail,
          contactPhone: input.contactPhone,
          logoPath,
          status,
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new ConflictError(m.conflict);
      await tx.actorTerritory.deleteMany({ where: { actorId: input.id } });
      await tx.actorTerritory.createMany({ data: territories.map((territory) => ({ actorId: input.id, territoryId: territory.id })) });
      await tx.actorSdg.deleteMany({ where: { actorId: input.id } });
      await tx.actorSdg.createMany({ data: input.sdgs.map((sdgNumber) => ({ actorId: input.id, sdgNumber })) });
      const kind = status === "PUBLISHED" ? "published" : status === "PENDING" ? "pending" : "saved";
      await writeAudit(tx, {
        userId: user.id,
        action: "actor.updated",
        entity: "Actor",
        entityId: input.id,
        summary: a.updated(name, kind, changes),
        ip: context.ip,
      });
      return { status, changed: true, oldKey: actor.logoPath !== logoPath ? actor.logoPath : null };
    });
  } catch (error) {
    if (newKey) await storage.delete(newKey).catch((cleanup) => logUnexpectedError(cleanup, "Orphan logo file", { storageKey: newKey }));
    throw error;
  }
  // After the commit: a file without a row is only wasted space, a row without its file a broken image.
  if (outcome.oldKey)
    await storage.delete(outcome.oldKey).catch((error) => logUnexpectedError(error, "Old logo file not removed", { storageKey: outcome.oldKey }));
  if (!outcome.changed && newKey) await storage.delete(newKey).catch(() => undefined);
  return { status: outcome.status, changed: outcome.changed };
}

/** DRAFT or REJECTED → PENDING: the team's moderation queue picks it up. */
export async function submitOrganisationProfile(principal: Principal, input: ProfileSubmit, context: ProfileContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const actor = await tx.actor.findUnique({
      where: { id: input.id },
      select: { name: true, status: true, version: true, _count: { select: { territories: true } } },
    });
    if (!actor) throw new NotFoundError(m.notFound);
    const user = await authorizeUpdate(principal, input.id, tx);
    if (actor.version !== input.version) throw new ConflictError(m.conflict);
    if (!canSubmitProfile(actor.status)) throw new ConflictError(m.cannotSubmit);
    if (actor._count.territories === 0) throw new ValidationError({}, m.submitNeedsTerritory);
    const { count } = await tx.actor.updateMany({
      where: { id: input.id, version: input.version, status: actor.status },
      // Submitted again, the team's former reason (refusal, unpublishing) no longer applies.
      data: { status: "PENDING", moderationReason: null, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError(m.conflict);
    await writeAudit(tx, { userId: user.id, action: "actor.submitted", entity: "Actor", entityId: input.id, summary: a.submitted(actor.name), ip: context.ip });
  });
}
