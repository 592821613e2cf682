// Writes of the back office on kits: create, save the draft, publish it, unpublish, archive, the
// « Annuler » of the last two (republish, unarchive) and the restoring of an archived kit. Each
// checks its permission itself, whoever calls, and writes its audit row in the same transaction as
// the change. A version is the whole kit (kit-versions.ts); the draft is the version without a
// publication date, and the Kit row with its targets and links is the published projection.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { KitInput } from "./kit-form.schemas";
import { VERSION_COLUMNS, projectionOf, versionContent, versionData, workingCopyStamp } from "./kit-versions";
import { markKitEdited } from "./kit-edits";
import { availableSlug, nextVersionNumber, slugFromTitle } from "./kits";

const a = kitsAdminLabels.audit;

type Tx = Prisma.TransactionClient;
type Context = { ip?: string | null };

function principalId(principal: Principal): string {
  // assertCan has refused anonymous principals already; this satisfies the type checker.
  if (!principal) throw new ForbiddenError();
  return principal.id;
}

const DRAFT = { publishedAt: null } as const;

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugFromTitle(title);
  const taken = await tx.kit.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return availableSlug(base, new Set(taken.map((kit) => kit.slug)));
}

/** The kit's draft, and the version it was started from (the current published one). */
async function loadVersions(tx: Tx, kitId: string, currentVersion: number) {
  const [draft, published] = await Promise.all([
    tx.kitVersion.findFirst({ where: { kitId, ...DRAFT }, select: VERSION_COLUMNS }),
    currentVersion > 0 ? tx.kitVersion.findUnique({ where: { kitId_number: { kitId, number: currentVersion } }, select: VERSION_COLUMNS }) : null,
  ]);
  return { draft, published };
}

/**
 * The kit's draft, started from its published version (every field and every file) when it has
 * none: what an attachment's upload or removal changes, never the published version itself.
 */
export async function ensureDraft(tx: Tx, kitId: string, authorId: string): Promise<{ id: string; title: string }> {
  const kit = await tx.kit.findUnique({ where: { id: kitId }, select: { currentVersion: true, title: true } });
  if (!kit) throw new NotFoundError();
  const { draft, published } = await loadVersions(tx, kitId, kit.currentVersion);
  if (draft) return { id: draft.id, title: draft.title };
  if (!published) throw new NotFoundError();
  const created = await tx.kitVersion.create({
    data: { kitId, number: nextVersionNumber(kit.currentVersion), ...versionData(versionContent(published)), authorId, publishedAt: null },
    select: { id: true, title: true },
  });
  const files = await tx.kitVersionAttachment.findMany({ where: { versionId: published.id }, select: { attachmentId: true } });
  if (files.length > 0) await tx.kitVersionAttachment.createMany({ data: files.map(({ attachmentId }) => ({ versionId: created.id, attachmentId })) });
  return created;
}

/**
 * A new kit: its Kit row (not public while never published) and its draft, version 1 to be. The
 * slug comes from the title once and for all (public URLs must not move).
 */
export async function createKit(principal: Principal, input: KitInput, context: Context & { note?: string } = {}): Promise<{ id: string; slug: string }> {
  assertCan(principal, "kit.create");
  const userId = principalId(principal);
  return db.$transaction(async (tx) => {
    const slug = await freeSlug(tx, input.title);
    const { kit: projection } = projectionOf(input);
    const kit = await tx.kit.create({ data: { ...projection, slug, status: "DRAFT" }, select: { id: true, slug: true } });
    await tx.kitVersion.create({
      data: { kitId: kit.id, number: 1, ...versionData(input), note: context.note ?? "", authorId: userId, publishedAt: null },
    });
    await writeAudit(tx, { userId, action: "kit.created", entity: "Kit", entityId: kit.id, summary: a.created(input.title), ip: context.ip });
    return kit;
  });
}

/**
 * Saves the draft (created from the published version when there is none), note included. The
 * public page, searches and the API read the Kit row, which only publishKit writes. `expectedStamp`
 * is the working copy's stamp when the editor opened it (workingCopyStamp); null: no check.
 */
export async function updateKit(
  principal: Principal,
  kitId: string,
  input: KitInput,
  expectedStamp: string | null,
  context: Context & { note?: string } = {},
): Promise<void> {
  assertCan(principal, "kit.update");
  const userId = principalId(principal);
  await db.$transaction(async (tx) => {
    const kit = await tx.kit.findUnique({ where: { id: kitId }, select: { id: true, currentVersion: true } });
    if (!kit) throw new NotFoundError();
    const { draft, published } = await loadVersions(tx, kitId, kit.currentVersion);
    if (expectedStamp !== null && expectedStamp !== workingCopyStamp(draft, published)) throw new ConflictError();
    const data = { ...versionData(input), note: context.note ?? draft?.note ?? "", authorId: userId };
    if (draft) {
      // The stamp read is part of the condition: two saves at once cannot both win.
      const { count } = await tx.kitVersion.updateMany({ where: { id: draft.id, updatedAt: draft.updatedAt, ...DRAFT }, data });
      if (count !== 1) throw new ConflictError();
    } else {
      const created = await tx.kitVersion.create({
        data: { kitId, number: nextVersionNumber(kit.currentVersion), ...data, publishedAt: null },
        select: { id: true },
      });
      // The draft starts with the published version's files (removing one is a separate step).
      if (published) {
        const files = await tx.kitVersionAttachment.findMany({ where: { versionId: published.id }, select: { attachmentId: true } });
        if (files.length > 0) await tx.kitVersionAttachment.createMany({ data: files.map(({ attachmentId }) => ({ versionId: created.id, attachmentId })) });
      }
    }
    await markKitEdited(tx, kitId, kit.currentVersion === 0 ? input : undefined);
    await writeAudit(tx, { userId, action: "kit.updated", entity: "Kit", entityId: kitId, summary: a.updated(input.title), ip: context.ip });
  });
}

/**
 * Publishes the draft as version currentVersion + 1, in one transaction: the draft gets its date,
 * and the Kit row, its targets and its links become its copy (what every public query reads).
 * Without a draft, the published version is published again under a new number.
 */
export async function publishKit(principal: Principal, kitId: string, note: string, context: Context = {}): Promise<{ number: number; slug: string }> {
  assertCan(principal, "kit.publish");
  const userId = principalId(principal);
  return db.$transaction(async (tx) => {
    const kit = await tx.kit.findUnique({ where: { id: kitId }, select: { id: true, slug: true, currentVersion: true } });
    if (!kit) throw new NotFoundError();
    await ensureDraft(tx, kitId, userId);
    const draft = await tx.kitVersion.findFirstOrThrow({ where: { kitId, ...DRAFT }, select: VERSION_COLUMNS });
    const number = nextVersionNumber(kit.currentVersion);
    const content = versionContent(draft);
    const projection = projectionOf(content);
    const publishedAt = new Date();
    // The current version is part of the condition: two publications at once cannot both win.
    const { count } = await tx.kit.updateMany({
      where: { id: kitId, currentVersion: kit.currentVersion },
      data: { ...projection.kit, status: "PUBLISHED", currentVersion: number, publishedAt, editedAt: publishedAt },
    });
    if (count !== 1) throw new ConflictError();
    await tx.kitSdgTarget.deleteMany({ where: { kitId } });
    if (projection.targets.length > 0) await tx.kitSdgTarget.createMany({ data: projection.targets.map((targetCode) => ({ kitId, targetCode })) });
    await tx.kitLink.deleteMany({ where: { kitId } });
    if (projection.links.length > 0) await tx.kitLink.createMany({ data: projection.links.map((link) => ({ kitId, ...link })) });
    const trimmed = note.trim();
    await tx.kitVersion.update({ where: { id: draft.id }, data: { number, publishedAt, authorId: userId, ...(trimmed ? { note: trimmed } : {}) } });
    await writeAudit(tx, { userId, action: "kit.published", entity: "Kit", entityId: kitId, summary: a.published(number, content.title), ip: context.ip });
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
    const { count } = await tx.kit.updateMany({ where: { id: kitId, status: "PUBLISHED" }, data: { status: "DRAFT", editedAt: new Date() } });
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
    const { count } = await tx.kit.updateMany({ where: { id: kitId, status: kit.status }, data: { status: "ARCHIVED", editedAt: new Date() } });
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
    const { count } = await tx.kit.updateMany({
      where: { id: kitId, status: "DRAFT", currentVersion: kit.currentVersion },
      data: { status: "PUBLISHED", editedAt: new Date() },
    });
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
    const { count } = await tx.kit.updateMany({ where: { id: kitId, status: "ARCHIVED" }, data: { status: to, editedAt: new Date() } });
    if (count !== 1) throw new ConflictError(kitsAdminLabels.publication.notArchived);
    const status = kitsAdminLabels.publication.restoredStatus[to];
    await writeAudit(tx, { userId, action: "kit.unarchived", entity: "Kit", entityId: kitId, summary: a.unarchived(status, kit.title), ip: context.ip });
  });
}

/**
 * Brings an archived kit back: public again with its last published version (the Kit row never
 * stopped holding it), or a draft when it was never published. Its draft, if any, stays a draft.
 */
export async function restoreKit(principal: Principal, kitId: string, context: Context = {}): Promise<{ status: RestorableStatus }> {
  assertCan(principal, "kit.publish");
  const userId = principalId(principal);
  return db.$transaction(async (tx) => {
    const kit = await tx.kit.findUnique({ where: { id: kitId }, select: { title: true, currentVersion: true } });
    if (!kit) throw new NotFoundError();
    const to: RestorableStatus = kit.currentVersion > 0 ? "PUBLISHED" : "DRAFT";
    const { count } = await tx.kit.updateMany({
      where: { id: kitId, status: "ARCHIVED", currentVersion: kit.currentVersion },
      data: { status: to, editedAt: new Date() },
    });
    if (count !== 1) throw new ConflictError(kitsAdminLabels.publication.notArchived);
    const summary = to === "PUBLISHED" ? a.restored(kit.currentVersion, kit.title) : a.restoredDraft(kit.title);
    await writeAudit(tx, { userId, action: "kit.restored", entity: "Kit", entityId: kitId, summary, ip: context.ip });
    return { status: to };
  });
}
