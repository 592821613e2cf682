// Which attachment a download may serve: those of the published version of a published kit for
// everyone, any kit's for the team (to check a draft's files before publishing). Anything else is "not found", so that the
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
    select: {
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      storageKey: true,
      kit: { select: { status: true, currentVersion: true } },
      versions: { where: { version: { publishedAt: { not: null } } }, select: { version: { select: { number: true } } } },
    },
  });
  if (!attachment) return null;
  const { kit, versions } = attachment;
  // A file added to a draft, or removed from the version now public, is not the public's.
  const isPublic = kit.status === "PUBLISHED" && kit.currentVersion > 0 && versions.some(({ version }) => version.number === kit.currentVersion);
  if (!isPublic && !can(principal, "kit.update")) return null;
  const { kit: _kit, versions: _versions, ...file } = attachment;
  return { ...file, isPublic };
}
