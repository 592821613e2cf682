// The home page, profiles, territory and goal pages, open data, directory and territory searches
// and kit and learning path pages for visitors without a session are rendered once and served to
// every visitor from Next's page cache (`revalidate` on each page; lib/cache/cached-routes.ts
// for the addresses the proxy maps). A change made through the app marks them stale, so the next
// visit renders afresh: on the server that made it, or on every server when they share the cache
// through REDIS_URL (lib/cache/redis-cache-handler.mjs). Otherwise other servers, and changes made
// outside the app, catch up within the pages' `revalidate` (60 s).
//
// Marking pages stale is only possible through a claim, counted per user by the PostgreSQL rate
// limiter before the change is made (rules publicRefresh and publicRefreshStaff in
// lib/rate-limit/rate-limit.ts): a signed-in user looping over a cheap action (publish and
// unpublish a diagnostic, rate a kit, save a profile…) cannot have every public page rendered
// again more often than that. Past the limit the action is refused before it changes anything,
// with "Trop de modifications en peu de temps. Réessayez dans …". No other module revalidates
// "/" or a cached route (tests/integration/public-pages-throttle.test.ts reads the sources).
import "server-only";
import { revalidatePath } from "next/cache";
import type { Principal } from "@/lib/auth/permissions";
import { ForbiddenError, RateLimitError } from "@/lib/errors";
import { rateLimitKey, rateLimitRule, type RateLimitName } from "@/lib/rate-limit/rate-limit";
import { hit } from "@/lib/rate-limit/rate-limit.mutations";
import { anonymousRoutePath } from "./cached-routes";

/** What the refusal names: "Trop de modifications en peu de temps. Réessayez dans 4 minutes." */
export const PUBLIC_REFRESH_TOO_MANY = "modifications en peu de temps";

/** One counted refresh, to spend after the change is committed. Only claimPublicPagesRefresh makes one. */
export interface PublicPagesRefresh {
  /**
   * After a change a public page may show (a profile, an alliance, a moderation decision, a
   * published diagnostic…). Coarse on purpose: one call covers every page that lists the changed
   * thing (its own page, its partners', its territories'), at the cost of re-rendering each
   * cached page once on its next visit.
   */
  all(): void;
  /** After a change one public page shows (a kit's rating): that page and its cached variant. */
  page(path: string): void;
}

function ruleNameOf(principal: NonNullable<Principal>): RateLimitName {
  return principal.platformRole === "STAFF" || principal.platformRole === "ADMIN" ? "publicRefreshStaff" : "publicRefresh";
}

/**
 * Counts one change of public pages for the user; throws a RateLimitError past the limit. Call it
 * inside the action's try, before the mutation, so that a refused action changes nothing.
 */
export async function claimPublicPagesRefresh(principal: Principal): Promise<PublicPagesRefresh> {
  if (!principal) throw new ForbiddenError();
  const name = ruleNameOf(principal);
  const result = await hit(rateLimitKey(name, "user", principal.id), rateLimitRule(name));
  if (!result.allowed) throw new RateLimitError(result.retryAfterSeconds, PUBLIC_REFRESH_TOO_MANY);
  return {
    all: () => revalidatePath("/", "layout"),
    page: (path: string) => {
      revalidatePath(path);
      const anonymous = anonymousRoutePath(path);
      if (anonymous) revalidatePath(anonymous);
    },
  };
}

// The workspace, the back office and the signed-in reader's learning path page (force-dynamic;
// visitors get the ./anonyme route) are never in the public page cache.
const PRIVATE_PAGE = /^\/(?:(?:espace|admin)(?:\/|$|\?)|ressources\/parcours\/[^/?]+$)/;

/** True for a page that no visitor gets from the public cache. */
export function isPrivatePagePath(path: string): boolean {
  return PRIVATE_PAGE.test(path);
}

/**
 * Marks workspace and back-office pages stale (the declared actions' `revalidate`). A public page
 * here is a programming error: public pages go through claimPublicPagesRefresh, counted.
 */
export function revalidatePrivatePages(pagePaths: readonly string[]): void {
  const publicOnes = pagePaths.filter((path) => !isPrivatePagePath(path));
  if (publicOnes.length > 0) throw new Error(`Public pages must be refreshed through claimPublicPagesRefresh: ${publicOnes.join(", ")}`);
  for (const path of pagePaths) revalidatePath(path);
}
