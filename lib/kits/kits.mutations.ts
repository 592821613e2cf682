// Writes of the back office on kits: create, save the working copy, publish a version, unpublish,
// archive, and the « Annuler » of the last two (republish, unarchive). Each checks its permission itself, whoever calls, and writes its audit row in the same
// transaction as the change. The Kit row is the working copy; a publication freezes it into a
// KitVersion, and the public only ever sees the current version (see kits.queries.ts).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { KitInput } from "./kit-form.schemas";
import { availableSlug, kitSearchKey, nextVersionNumber, slugFromTitle } from "./kits";

const a = kitsAdminLabels.audit;

type Tx = Prisma.TransactionClient;
type Context = { ip?: string | null };

function principalId(principal: Principal): string {
  // assertCan has refused anonymous principals already; this satisfies the type checker.
  if (!principal) throw new ForbiddenError();
  return principal.id;
}

function describedBy(input: KitInput) {
  return {
    title: input.title,
    summary: input.summary,
    category: input.category,
    audiences: input.audiences,
    maturityLevels: input.maturityLevels,
    themes: input.themes,
    modes: input.modes,
    body: input.body,
  };
}

async function replaceRelations(tx: Tx, kitId: string, input: KitInput) {
  await tx.kitSdgTarget.deleteMany({ where: { kitId } });
  if (input.targets.length > 0) await tx.kitSdgTarget.createMany({ data: input.targets.map((targetCode) => ({ kitId, targetCode })) });
  await tx.kitLink.deleteMany({ where: { kitId } });
  if (input.links.length > 0)
    await tx.kitLink.createMany({ data: input.links.map((link, position) => ({ kitId, label: link.label, url: link.url, position })) });
}

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugFromTitle(title);
  const taken = await tx.kit.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return availableSlug(base, new Set(taken.map((kit) => kit.slug)));
}

/** A new draft; its slug comes from the title once and for all (public URLs must not move). */
export async function createKit(principal: Principal, input: KitInput, context: Context = {}): Promise<{ id: string; slug: string }> {
  assertCan(principal, "kit.create");
  const userId = principalId(principal);
  return db.$transaction(async (tx) => {
    const slug = await freeSlug(tx, input.title);
    const kit = await tx.kit.create({
      data: { ...describedBy(input), slug, searchKey: kitSearchKey(input.title, input.summary), status: "DRAFT" },
      select: { id: true, slug: true },
    });
    await replaceRelations(tx, kit.id, input);
    await writeAudit(tx, { userId, action: "kit.created", entity: "Kit", entityId: kit.id, summary: a.created(input.title), ip: context.ip });
    return kit;
  });
}

/**
 * Saves the working copy. `expectedUpdatedAt` is when the editor opened it: if someone saved in
 * between, the save is refused rather than silently overwriting their work.
 */
export async function updateKit(principal: Principal, kitId: string, input: KitInput, expectedUpdatedAt: Date | null, context: Context = {}): Promise<void> {
  assertCan(principal, "kit.update");
  const userId = principalId(principal);
  await db.$transaction(async (tx) => {
    const kit = await tx.kit.findUnique({ where: { id: kitId }, select: { id: true, currentVersion: true, updatedAt: true } });
    if (!kit) throw new NotFoundError();
    if (expectedUpdatedAt && kit.updatedAt.getTime() !== expectedUpdatedAt.getTime()) throw new ConflictError();
    // Once published, the search key follows the published version (set by publishKit).
    const searchKey = kit.currentVersion === 0 ? { searchKey: kitSearchKey(input.title, input.summary) } : {};
    const { count } = await tx.kit.updateMany({ where: { id: kitId, updatedAt: kit.updatedAt }, data: { ...describedBy(input), ...searchKey } });
    if (count !== 1) throw new ConflictError();
    await replaceRelations(tx, kitId, input);
    await writeAudit(tx, { userId, action: "kit.updated", entity: "Kit", entityId: kitId, summary: a.updated(input.title), ip: context.ip });
  });
}

/** Freezes the working copy as version currentVersion + 1 and makes it the public one. */
export async function publishKit(principal: Principal, kitId: string, note: string, context: Context = {}): Promise<{ number: number; slug: string }> {
  assertCan(principal, "kit.publish");
  const userId = principalId(principal);
  return db.$transaction(async (tx) => {
    const kit = await tx.kit.findUnique({
      where: { id: kitId },
      select: { id: true, slug: true, title: true, summary: true, body: true, currentVersion: true },
    });
    if (!kit) throw new NotFoundError();
    const number = nextVersionNumber(kit.currentVersion);
    // The current version is part of the condition: two publications at once cannot both win.
    const { count } = await tx.kit.updateMany({
      where: { id: kitId, currentVersion: kit.currentVersion },
      data: { status: "PUBLISHED", currentVersion: number, publishedAt: new Date(), searchKey: kitSearchKey(kit.title, kit.summary) },
    });
    if (count !== 1) throw new ConflictError();
    await tx.kitVersion.create({ data: { kitId, number, title: kit.title, summary: kit.summary, body: kit.body, note: note.trim(), authorId: userId } });
    await writeAudit(tx, { userId, action: "kit.published", entity: "Kit", entityId: kitId, summary: a.published(number, kit.title), ip: context.ip });
    return { number, slug: kit.slug };
  });
}

/** Back to draft: the kit leaves the resource centre, its versions stay. */
export async function unpublishKit(principal: Principal, kitId: string, context: Context = {}): Promise<void> {
  assertCan(principal, "kit.publish");
  const userId = principalId(principal);
  await db.$transaction(async (tx) => {
    const kit = await tx.kit.findUnique({ where: { id: kitId }, select: { title: true, status: true } });
    if (!kit) throw new NotFoundError();
    const { count } = await tx.kit.updateMany({ where: { id: kitId, status: "PUBLISHED" }, data: { status: "DRAFT" } });
    if (count !== 1) throw new ConflictError(kitsAdminLabels.publication.notPublished);
    await writeAudit(tx, { userId, action: "kit.unpublished", entity: "Kit", entityId: kitId, summary: a.unpublished(kit.title), ip: context.ip });
  });
}

/**
 * Out of the catalogue for good (still in the back office); publishing it again is possible.
 * Returns the status it had, which its « Annuler » (unarchiveKit) gives back.
 */
export async function archiveKit(principal: Principal, kitId: string, context: Context = {}): Promise<{ previous: RestorableStatus }> {
  assertCan(principal, "kit.publish");
  const userId = principalId(principal);
  return db.$transaction(async (tx) => {
    const kit = await tx.kit.findUnique({ where: { id: kitId }, select: { title: true, status: true } });
    if (!kit) throw new NotFoundError();
    if (kit.status === "ARCHIVED") throw new ConflictError(kitsAdminLabels.publication.alreadyArchived);
    // The status read is part of the condition: what is returned is what was archived.
    const { count } = await tx.kit.updateMany({ where: { id: kitId, status: kit.status }, data: { status: "ARCHIVED" } });
    if (count !== 1) throw new ConflictError(kitsAdminLabels.publication.alreadyArchived);
    await writeAudit(tx, { userId, action: "kit.archived", entity: "Kit", entityId: kitId, summary: a.archived(kit.title), ip: context.ip });
    return { previous: kit.status };
  });
}

export type RestorableStatus = "DRAFT" | "PUBLISHED";

/**
 * The « Annuler » of an unpublication: public again with the version it had (no new version; the
 * working copy's later changes stay unpublished). Only a draft that has a published version.
 */
export async function republishKit(principal: Principal, kitId: string, context: Context = {}): Promise<void> {
  assertCan(principal, "kit.publish");
  const userId = principalId(principal);
  await db.$transaction(async (tx) => {
    const kit = await tx.kit.findUnique({ where: { id: kitId }, select: { title: true, currentVersion: true } });
    if (!kit) throw new NotFoundError();
    if (kit.currentVersion === 0) throw new ConflictError(kitsAdminLabels.publication.neverPublished);
    const { count } = await tx.kit.updateMany({ where: { id: kitId, status: "DRAFT", currentVersion: kit.currentVersion }, data: { status: "PUBLISHED" } });
    if (count !== 1) throw new ConflictError(kitsAdminLabels.publication.notDraft);
    await writeAudit(tx, {
      userId,
      action: "kit.republished",
      entity: "Kit",
      entityId: kitId,
      summary: a.republished(kit.currentVersion, kit.title),
      ip: context.ip,
    });
  });
}

/**
 * The « Annuler » of an archiving: the status archiveKit returned. Back to PUBLISHED (the version it
 * had) needs a published version, like republishKit.
 */
export async function unarchiveKit(principal: Principal, kitId: string, to: RestorableStatus, context: Context = {}): Promise<void> {
  assertCan(principal, "kit.publish");
  const userId = principalId(principal);
  await db.$transaction(async (tx) => {
    const kit = await tx.kit.findUnique({ where: { id: kitId }, select: { title: true, currentVersion: true } });
    if (!kit) throw new NotFoundError();
    if (to === "PUBLISHED" && kit.currentVersion === 0) throw new ConflictError(kitsAdminLabels.publication.neverPublished);
    const { count } = await tx.kit.updateMany({ where: { id: kitId, status: "ARCHIVED" }, data: { status: to } });
    if (count !== 1) throw new ConflictError(kitsAdminLabels.publication.notArchived);
    const status = kitsAdminLabels.publication.restoredStatus[to];
    await writeAudit(tx, { userId, action: "kit.unarchived", entity: "Kit", entityId: kitId, summary: a.unarchived(status, kit.title), ip: context.ip });
  });
}
