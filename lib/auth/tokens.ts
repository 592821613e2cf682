// Single-use, expiring tokens sent by e-mail. The link carries the token; the database keeps
// only its SHA-256, so a leaked table (or backup) opens no account. SHA-256 without salt is
// enough here: the token is 256 random bits, not a guessable password.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PURPOSES = ["email-confirm", "password-reset", "login-link", "email-change", "invitation"] as const;

export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

const HOUR = 60 * 60;

/** How long each kind of link stays valid, in seconds. */
export const TOKEN_TTL: Record<TokenPurpose, number> = {
  "email-confirm": 48 * HOUR,
  "password-reset": 1 * HOUR,
  "login-link": 15 * 60,
  "email-change": 48 * HOUR,
  invitation: 7 * 24 * HOUR,
};

/** 32 random bytes, base64url: 43 URL-safe characters. */
export function createToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored and looked up: the hex SHA-256 of the token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Expired from the very instant of expiresAt. */
export function isExpired(expiresAt: Date, now: Date = new Date()): boolean {
  return expiresAt.getTime() <= now.getTime();
}

export function expiresAtFrom(ttlSeconds: number, now: Date = new Date()): Date {
  return new Date(now.getTime() + ttlSeconds * 1000);
}

/** Rejects at once what cannot be one of our tokens, before any database work. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** "48 heures", "1 heure", "15 minutes", "7 jours": for the e-mails that announce the validity. */
export function formatDuration(seconds: number): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
  if (seconds % (24 * HOUR) === 0 && seconds >= 72 * HOUR) return plural(seconds / (24 * HOUR), "jour", "jours");
  if (seconds % HOUR === 0) return plural(seconds / HOUR, "heure", "heures");
  return plural(Math.max(1, Math.round(seconds / 60)), "minute", "minutes");
}
