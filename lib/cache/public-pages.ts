// The home page, profiles, territory and goal pages, open data, directory and territory searches
// and kit and learning path pages for visitors without a session are rendered once and served to
// every visitor from Next's page cache (`revalidate` on each page; lib/cache/cached-routes.ts
// for the addresses the proxy maps). A change made through the app marks them all
// stale on the server that made it, so the next visit renders afresh. Other servers, and changes
// made outside the app, catch up within the pages' `revalidate` (60 s).
import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a change that a public page may show (a profile, an alliance, a moderation decision, a
 * published diagnostic…). Coarse on purpose: one call covers every page that lists the changed
 * thing (its own page, its partners', its territories'), at the cost of re-rendering each cached
 * page once on its next visit.
 */
export function refreshPublicPages(): void {
  revalidatePath("/", "layout");
}
