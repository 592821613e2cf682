// GET /api/kits/attachments/<id>: streams a kit's attachment with its stored type and name.
// Published kits' files for everyone; drafts' files for the team only (others get a 404).
import { getPrincipal } from "@/lib/auth/session";
import { getDownloadableAttachment } from "@/lib/kits/attachments.queries";
import { contentDisposition } from "@/lib/kits/file-type";
import { getStorage } from "@/lib/storage/storage";
import { log } from "@/lib/log/logger";

type Context = { params: Promise<{ id: string }> };

function notFound() {
  return new Response("Document introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return notFound();
  const attachment = await getDownloadableAttachment(await getPrincipal(), id);
  if (!attachment) return notFound();
  const stream = await getStorage().get(attachment.storageKey);
  if (!stream) {
    log.error({ storageKey: attachment.storageKey }, "Attachment file missing from storage");
    return notFound();
  }
  return new Response(stream, {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Length": String(attachment.sizeBytes),
      "Content-Disposition": contentDisposition(attachment.fileName),
      // Never in shared caches: a file removed or a kit unpublished must stop being served at once.
      "Cache-Control": attachment.isPublic ? "private, max-age=300" : "private, no-store",
      // Even if a browser chose to display it, nothing in it may run.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
