import "server-only";
// Tokens live in VerificationToken (shared with Auth.js) under the identifier
// "<purpose>:<identifier>", so that our purposes never collide with Auth.js's own rows (keyed by
// bare e-mail) nor with each other. The `token` column holds the SHA-256, never the token.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { TOKEN_TTL, createToken, expiresAtFrom, hashToken, isExpired, isWellFormedToken, type TokenPurpose } from "@/lib/auth/tokens";

function storedIdentifier(purpose: TokenPurpose, identifier: string): string {
  return `${purpose}:${identifier}`;
}

/**
 * A new token for (purpose, identifier) — e.g. ("password-reset", userId) — replacing any older
 * one, so that only the last link sent works. Returns the clear token, to put in the link only.
 */
export async function issueToken(
  purpose: TokenPurpose,
  identifier: string,
  ttlSeconds: number = TOKEN_TTL[purpose],
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = createToken();
  const expiresAt = expiresAtFrom(ttlSeconds, now);
  const key = storedIdentifier(purpose, identifier);
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { identifier: key } }),
    db.verificationToken.create({ data: { identifier: key, token: hashToken(token), expires: expiresAt } }),
  ]);
  return { token, expiresAt };
}

/**
 * Uses a token up: returns its identifier, or null when it is unknown, expired or already used.
 * One DELETE … RETURNING does both the lookup and the removal, so of two concurrent requests
 * with the same link only one gets the row. Expired rows are removed on the way.
 */
export async function consumeToken(
  purpose: TokenPurpose,
  token: string,
  now: Date = new Date(),
  client: Prisma.TransactionClient = db,
): Promise<string | null> {
  if (!isWellFormedToken(token)) return null;
  const prefix = storedIdentifier(purpose, "");
  const rows = await client.$queryRaw<{ identifier: string; expires: Date }[]>`
    DELETE FROM "VerificationToken"
    WHERE "token" = ${hashToken(token)} AND starts_with("identifier", ${prefix})
    RETURNING "identifier", "expires"`;
  const row = rows[0];
  if (!row || isExpired(row.expires, now)) return null;
  return row.identifier.slice(prefix.length);
}

/** The identifier of a still-valid token without using it up: to show a form or an error first. */
export async function peekToken(purpose: TokenPurpose, token: string, now: Date = new Date()): Promise<string | null> {
  if (!isWellFormedToken(token)) return null;
  const prefix = storedIdentifier(purpose, "");
  const row = await db.verificationToken.findFirst({
    where: { token: hashToken(token), identifier: { startsWith: prefix } },
    select: { identifier: true, expires: true },
  });
  if (!row || isExpired(row.expires, now)) return null;
  return row.identifier.slice(prefix.length);
}

/** Removes the pending tokens of (purpose, identifier): e.g. reset links after a password change. */
export async function revokeTokens(purpose: TokenPurpose, identifier: string): Promise<number> {
  const { count } = await db.verificationToken.deleteMany({ where: { identifier: storedIdentifier(purpose, identifier) } });
  return count;
}

/** Housekeeping for a periodic job: expired rows only take space. */
export async function deleteExpiredTokens(now: Date = new Date()): Promise<number> {
  const { count } = await db.verificationToken.deleteMany({ where: { expires: { lte: now } } });
  return count;
}
