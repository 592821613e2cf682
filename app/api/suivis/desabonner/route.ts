// The target of the follow e-mails' List-Unsubscribe header. POST is RFC 8058's one-click
// unsubscribe, sent by the mail client without cookies: the token alone stops that follow's
// e-mails. GET (a person opening the header's link) leads to the page with its button, since a
// GET must change nothing (mail scanners follow links).
import { unsubscribeFollow } from "@/lib/follows/follows.mutations";
import { paths } from "@/lib/paths";

export const dynamic = "force-dynamic";

function tokenOf(request: Request): string {
  return new URL(request.url).searchParams.get("token")?.trim() ?? "";
}

export async function POST(request: Request) {
  const token = tokenOf(request);
  const done = token.length >= 20 && token.length <= 200 ? await unsubscribeFollow(token) : null;
  return new Response(null, { status: done ? 200 : 404, headers: { "cache-control": "no-store" } });
}

export function GET(request: Request) {
  return Response.redirect(new URL(paths.followUnsubscribe(tokenOf(request)), request.url), 303);
}
