// GET /api/organisations/<id>/logo: an organisation's logo. Published organisations' logos for
// everyone; others only for their members and the team (anyone else gets a 404). The type sent is
// the one read again from the stored bytes, never a stored or declared one.
import { getPrincipal } from "@/lib/auth/session";
import { detectLogoKind, LOGO_TYPES } from "@/lib/organisations/profile";
import { getServableLogo, logoVersion } from "@/lib/organisations/profile.queries";
import { getStorage } from "@/lib/storage/storage";
import { log } from "@/lib/log/logger";

type Context = { params: Promise<{ id: string }> };

function notFound() {
  return new Response("Logo introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return notFound();
  const logo = await getServableLogo(await getPrincipal(), id);
  if (!logo) return notFound();
  // A new logo is a new key: the key names this version of the file.
  const etag = `"${logoVersion(logo.storageKey)}"`;
  const headers: Record<string, string> = {
    ETag: etag,
    // Short and revalidated: a logo removed or a profile unpublished stops being served soon;
    // pages link to ?v=<key>, so a new logo is never hidden by an old copy.
    "Cache-Control": logo.isPublic ? "public, max-age=300, must-revalidate" : "private, no-cache",
    "X-Content-Type-Options": "nosniff",
    // Even opened on its own, nothing in it may run.
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const stream = await getStorage().get(logo.storageKey);
  if (!stream) {
    log.error({ storageKey: logo.storageKey }, "Logo file missing from storage");
    return notFound();
  }
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const kind = detectLogoKind(bytes);
  if (!kind) {
    log.error({ storageKey: logo.storageKey }, "Stored logo is not an accepted image");
    return notFound();
  }
  return new Response(bytes, { headers: { ...headers, "Content-Type": LOGO_TYPES[kind].mimeType, "Content-Length": String(bytes.byteLength) } });
}
