// Files joined to a kit. A file is checked (size, then type read from its content) before anything
// is written; the bytes go to the store under a random key, then the row is created with its audit
// entry. If the row cannot be written, the bytes are removed again: a refused or failed upload
// leaves nothing behind.
import "server-only";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { kitsAdminLabels } from "@/lib/copy/kits-admin";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getStorage, newStorageKey, type FileStorage } from "@/lib/storage/storage";
import { ATTACHMENT_TYPES, attachmentFileName, detectAttachmentKind, MAX_ATTACHMENT_BYTES } from "./file-type";
import { logUnexpectedError } from "@/lib/log/logger";

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
  const kit = await db.kit.findUnique({ where: { id: kitId }, select: { id: true, title: true } });
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
      const attachment = await tx.kitAttachment.create({
        data: { kitId, fileName, mimeType: ATTACHMENT_TYPES[kind].mimeType, sizeBytes: bytes.byteLength, storageKey },
        select: { id: true, fileName: true },
      });
      await writeAudit(tx, {
        userId: principal.id,
        action: "kit.attachment.added",
        entity: "Kit",
        entityId: kitId,
        summary: a.attachmentAdded(fileName, kit.title),
        ip: context.ip,
      });
      return attachment;
    });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanup) => logUnexpectedError(cleanup, "Orphan attachment file", { storageKey }));
    throw error;
  }
}

export async function removeKitAttachment(principal: Principal, attachmentId: string, context: Context = {}): Promise<{ kitId: string }> {
  assertCan(principal, "kit.update");
  if (!principal) throw new ForbiddenError();
  const removed = await db.$transaction(async (tx) => {
    const attachment = await tx.kitAttachment.findUnique({
      where: { id: attachmentId },
      select: { id: true, kitId: true, fileName: true, storageKey: true, kit: { select: { title: true } } },
    });
    if (!attachment) throw new NotFoundError();
    await tx.kitAttachment.delete({ where: { id: attachment.id } });
    await writeAudit(tx, {
      userId: principal.id,
      action: "kit.attachment.removed",
      entity: "Kit",
      entityId: attachment.kitId,
      summary: a.attachmentRemoved(attachment.fileName, attachment.kit.title),
      ip: context.ip,
    });
    return attachment;
  });
  // After the commit: a file without a row is only wasted space, a row without its file a broken link.
  await (context.storage ?? getStorage())
    .delete(removed.storageKey)
    .catch((error) => logUnexpectedError(error, "Attachment file not removed", { storageKey: removed.storageKey }));
  return { kitId: removed.kitId };
}
