import { getVisitor } from "@/lib/auth/visitor.queries";

export const dynamic = "force-dynamic";

/** The header's account menu on cached public pages: private to the visitor, never stored. */
export async function GET() {
  return Response.json(await getVisitor(), { headers: { "cache-control": "private, no-store" } });
}
