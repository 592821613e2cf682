// Session revocation: every session token carries the account's sessionVersion at sign-in, and
// a request counts as signed in only while it still equals the account's (lib/auth/session.ts
// reads the account on every request anyway). Raising the version ends every session at once.
// The session of the person who raised it can be carried over to the new version, through
// Auth.js's update: that endpoint is also reachable by any browser (POST /api/auth/session), so
// the new version is accepted only with a proof that only the server can compute.
import { createHmac, timingSafeEqual } from "node:crypto";

export type SessionReissue = { sessionVersion: number; proof: string };

function sign(secret: string, userId: string, sessionVersion: number): string {
  return createHmac("sha256", secret).update(`session-version:${userId}:${sessionVersion}`).digest("base64url");
}

export function reissueProof(secret: string, userId: string, sessionVersion: number): SessionReissue {
  return { sessionVersion, proof: sign(secret, userId, sessionVersion) };
}

/** The new version when `data` is a proof made by reissueProof for this user, else null. */
export function verifiedReissue(secret: string | undefined, userId: string | undefined, data: unknown): number | null {
  if (!secret || !userId || typeof data !== "object" || data === null) return null;
  const { sessionVersion, proof } = data as Partial<SessionReissue>;
  if (typeof sessionVersion !== "number" || !Number.isSafeInteger(sessionVersion) || typeof proof !== "string") return null;
  const expected = Buffer.from(sign(secret, userId, sessionVersion));
  const given = Buffer.from(proof);
  return expected.length === given.length && timingSafeEqual(expected, given) ? sessionVersion : null;
}

/** Tokens issued before versions existed carry none: they stand for version 0. */
export function tokenVersion(value: unknown): number {
  return typeof value === "number" && Number.isSafeInteger(value) ? value : 0;
}
