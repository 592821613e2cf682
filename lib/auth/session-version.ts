// Session revocation. Every session token carries the account's sessionVersion at sign-in and a
// random session id (sid). A request counts as signed in only while its token's version is the
// account's current one, or its sid is the account's keptSessionId: raising the version ends
// every session at once, and the session that made the change (a password change, an e-mail
// change confirmed in the same browser) is named as kept, so it goes on without a new cookie.
// lib/auth/session.ts checks both in the one read of the account it makes on every request.
import { randomUUID } from "node:crypto";

/** Tokens issued before versions existed carry none: they stand for version 0. */
export function tokenVersion(value: unknown): number {
  return typeof value === "number" && Number.isSafeInteger(value) ? value : 0;
}

/** The token's session id, when it is one this code wrote. */
export function tokenSessionId(value: unknown): string | null {
  return typeof value === "string" && /^[0-9a-f-]{36}$/.test(value) ? value : null;
}

export function newSessionId(): string {
  return randomUUID();
}

/** The condition on the account for a token: its version is current, or it is the kept session. */
export function currentSessionWhere(sessionVersion: number, sessionId: string | null) {
  return sessionId ? { OR: [{ sessionVersion }, { keptSessionId: sessionId }] } : { sessionVersion };
}
