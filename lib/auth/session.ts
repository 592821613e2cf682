// Who is asking. The JWT only names the user: the account and its role are read from the
// database for every request (once per request thanks to React's cache), so a deleted account
// or a revoked role takes effect at once.
import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";
import { auth } from "./auth";
import type { PlatformRole, Principal } from "./permissions";
import { safeRedirectPath } from "./redirect";
import { hasSessionCookie } from "./session-cookie";
import { currentSessionWhere, tokenSessionId, tokenVersion } from "./session-version";

export type CurrentUser = { id: string; email: string; name: string | null; platformRole: PlatformRole };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  // A disabled account, or a session issued before the account's sessions were ended (password
  // reset or change, e-mail change, "se déconnecter de tous les appareils"), is signed out at its
  // next request, whatever its JWT says: the same single read by primary key as before.
  const { sessionVersion, sessionId } = session.user as { sessionVersion?: unknown; sessionId?: unknown };
  return db.user.findFirst({
    where: { id, disabledAt: null, ...currentSessionWhere(tokenVersion(sessionVersion), tokenSessionId(sessionId)) },
    select: { id: true, email: true, name: true, platformRole: true },
  });
});

/** The id of the current session (to keep it when its account ends the others), or null. */
export async function getCurrentSessionId(): Promise<string | null> {
  const session = await auth();
  return tokenSessionId((session?.user as { sessionId?: unknown } | undefined)?.sessionId);
}

/**
 * The current user, for what public pages show each visitor (the header's account menu, the
 * contact form). A visitor without a session cookie is anonymous for sure: Auth.js's whole
 * request pipeline (CSRF token, hashing) is then skipped, which is most of the public traffic.
 * Same answer as getCurrentUser otherwise.
 */
export async function getVisitorUser(): Promise<CurrentUser | null> {
  const names = (await cookies()).getAll().map((cookie) => cookie.name);
  return hasSessionCookie(names) ? getCurrentUser() : null;
}

/** The principal for `can()`: the current user, or null for an anonymous visitor. */
export async function getPrincipal(): Promise<Principal> {
  const user = await getCurrentUser();
  return user ? { id: user.id, platformRole: user.platformRole } : null;
}

/** The path the visitor asked for, set by proxy.ts, to come back to it after signing in. */
async function requestedPath(): Promise<string | undefined> {
  return safeRedirectPath((await headers()).get("x-odd17-path"));
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(paths.signIn({ callbackUrl: await requestedPath() }));
  return user;
}

const RANK: Record<PlatformRole, number> = { USER: 0, STAFF: 1, ADMIN: 2 };

/** A signed-in user with at least this platform role; others get the French 403 page. */
export async function requireRole(role: "STAFF" | "ADMIN"): Promise<CurrentUser> {
  const user = await requireUser();
  if (RANK[user.platformRole] < RANK[role]) forbidden();
  return user;
}
