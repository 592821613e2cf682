import { getVisitorUser } from "@/lib/auth/session";
import { getMyKitFeedback } from "@/lib/kits/kit-page.queries";
import type { MyKitFeedbackJson } from "@/lib/kits/my-feedback";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * The caller's own rating and messages on a kit, for its cached public page: read by the
 * session's user id, so no one else's can be named; empty for an anonymous visitor. Never stored.
 */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const user = id.length <= 64 ? await getVisitorUser() : null;
  const mine = await getMyKitFeedback(user ? { id: user.id, platformRole: user.platformRole } : null, id);
  const body: MyKitFeedbackJson = {
    rating: mine.rating,
    contributions: mine.contributions.flatMap((item) =>
      item.kind === "RATING" ? [] : [{ id: item.id, kind: item.kind, comment: item.comment, staffAnswer: item.staffAnswer, createdAt: item.createdAt.toISOString() }],
    ),
  };
  return Response.json(body, { headers: { "cache-control": "private, no-store" } });
}
