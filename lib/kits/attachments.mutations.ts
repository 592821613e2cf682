// Files joined to a kit's draft. A file is checked (size, then type read from its content) before
// anything is written; the bytes go to the store under a random key, then the row is created and
// joined to the draft, with its audit entry. If the row cannot be written, the bytes are removed
// again: a refused or failed upload leaves nothing behind. Removing takes a file out of the draft
// only; its row and bytes go when no version holds it any more (published versions keep theirs).
import "server-only";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getStorage, newStorageKey, type FileStorage } from "@/lib/storage/storage";
import { ATTACHMENT_TYPES, attachmentFileName, detectAttachmentKind, MAX_ATTACHMENT_BYTES } from "./file-type";
import { logUnexpectedError } from "@/lib/log/logger";
import { markKitEdited } from "./kit-edits";
import { ensureDraft } from "./kits.mutations";

const t = kitsAdminLabels.attachments;
const a = kitsAdminLabels.audit;

type Context = { ip?: string | null; storage?: FileStorage };

/** What an upload brings: the name the user gave and the content (a File from a form fits). */
export interface UploadedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function refuse(message: string): never {
  throw new ValidationError({ file: [message] }, message);
}

export async function addKitAttachment(principal: Principal, kitId: string, file: UploadedFile | null, context: Context = {}) {
  assertCan(principal, "kit.update");
  if (!principal) throw new ForbiddenError();
  if (!file || file.size === 0) refuse(t.required);
  // The declared size first, so that a huge file is refused before being read into memory.
  if (file.size > MAX_ATTACHMENT_BYTES) refuse(t.tooLarge);
  const kit = await db.kit.findUnique({ where: { id: kitId }, select: { id: true } });
  if (!kit) throw new NotFoundError();
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) refuse(t.tooLarge);
  const kind = detectAttachmentKind(bytes);
  if (!kind) refuse(t.refusedType);

  const fileName = attachmentFileName(file.name, kind);
  const storage = context.storage ?? getStorage();
  const storageKey = newStorageKey("kits");
  await storage.put(storageKey, bytes);
  try {
    return await db.$transaction(async (tx) => {
      const draft = await ensureDraft(tx, kitId, principal.id);
      const attachment = await tx.kitAttachment.create({
        data: {
          kitId,
          fileName,
          mimeType: ATTACHMENT_TYPES[kind].mimeType,
          sizeBytes: bytes.byteLength,
          storageKey,
          versions: { create: { versionId: draft.id } },
        },
        select: { id: true, fileName: true },
      });
      await markKitEdited(tx, kitId);
      await writeAudit(tx, {
        userId: principal.id,
        action: "kit.attachment.added",
        entity: "Kit",
        entityId: kitId,
        summary: a.attachmentAdded(fileName, draft.title),
        ip: context.ip,
      });
      return attachment;
    });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanup) => logUnexpectedError(cleanup, "Orphan attachment file", { storageKey }));
    throw error;
  }
}

/** Takes a file out of the kit's draft; the file itself goes only when no version holds it any more. */
export async function removeKitAttachment(principal: Principal, attachmentId: string, context: Context = {}): Promise<{ kitId: string }> {
  assertCan(principal, "kit.update");
  if (!principal) throw new ForbiddenError();
  const removed = await db.$transaction(async (tx) => {
    const attachment = await tx.kitAttachment.findUnique({ where: { id: attachmentId }, select: { id: true, kitId: true, fileName: true, storageKey: true } });
    if (!attachment) throw new NotFoundError();
    const draft = await ensureDraft(tx, attachment.kitId, principal.id);
    const { count } = await tx.kitVersionAttachment.deleteMany({ where: { versionId: draft.id, attachmentId } });
    // Not in the draft (already removed, or never in it): nothing to take out.
    if (count !== 1) throw new NotFoundError();
    const stillHeld = await tx.kitVersionAttachment.count({ where: { attachmentId } });
    if (stillHeld === 0) await tx.kitAttachment.delete({ where: { id: attachment.id } });
    await markKitEdited(tx, attachment.kitId);
    await writeAudit(tx, {
      userId: principal.id,
      action: "kit.attachment.removed",
      entity: "Kit",
      entityId: attachment.kitId,
      summary: a.attachmentRemoved(attachment.fileName, draft.title),
      ip: context.ip,
    });
    return { ...attachment, orphan: stillHeld === 0 };
  });
  // After the commit, and only for a file no version holds: a file without a row is only wasted
  // space, a row without its file a broken link.
  if (removed.orphan) {
    await (context.storage ?? getStorage())
      .delete(removed.storageKey)
      .catch((error) => logUnexpectedError(error, "Attachment file not removed", { storageKey: removed.storageKey }));
  }
  return { kitId: removed.kitId };
}
