// Which attachment a download may serve: those of published kits for everyone, any kit's for the
// team (to check a draft's files before publishing). Anything else is "not found", so that the
// existence of a draft's file is not revealed.
import "server-only";
import { can, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export interface DownloadableAttachment {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  storageKey: string;
  /** Whether the public may fetch it (shared caches may then keep it). */
  isPublic: boolean;
}

export async function getDownloadableAttachment(principal: Principal, attachmentId: string): Promise<DownloadableAttachment | null> {
  const attachment = await db.kitAttachment.findUnique({
    where: { id: attachmentId },
    select: { fileName: true, mimeType: true, sizeBytes: true, storageKey: true, kit: { select: { status: true, currentVersion: true } } },
  });
  if (!attachment) return null;
  const isPublic = attachment.kit.status === "PUBLISHED" && attachment.kit.currentVersion > 0;
  if (!isPublic && !can(principal, "kit.update")) return null;
  const { kit: _kit, ...file } = attachment;
  return { ...file, isPublic };
}
