import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { consumeToken, deleteExpiredTokens, issueToken, peekToken, revokeTokens } from "@/lib/auth/tokens.mutations";

afterAll(async () => {
  await db.$disconnect();
});

describe("single-use tokens", () => {
  it("stores only the hash, under purpose:identifier", async () => {
    const userId = `user-${randomUUID()}`;
    const { token, expiresAt } = await issueToken("email-confirm", userId);
    const rows = await db.verificationToken.findMany({ where: { identifier: `email-confirm:${userId}` } });
    expect(rows).toHaveLength(1);
    expect(rows[0].token).toBe(hashToken(token));
    expect(rows[0].token).not.toBe(token);
    expect(rows[0].expires.getTime()).toBe(expiresAt.getTime());
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(47 * 3600 * 1000);
  });

  it("is consumed once, then unknown", async () => {
    const userId = `user-${randomUUID()}`;
    const { token } = await issueToken("password-reset", userId);
    expect(await peekToken("password-reset", token)).toBe(userId);
    expect(await consumeToken("password-reset", token)).toBe(userId);
    expect(await consumeToken("password-reset", token)).toBeNull();
    expect(await peekToken("password-reset", token)).toBeNull();
  });

  it("does not work for another purpose", async () => {
    const userId = `user-${randomUUID()}`;
    const { token } = await issueToken("login-link", userId);
    expect(await consumeToken("password-reset", token)).toBeNull();
    expect(await consumeToken("login-link", token)).toBe(userId);
  });

  it("refuses an expired token, and removes it", async () => {
    const userId = `user-${randomUUID()}`;
    const { token } = await issueToken("login-link", userId, 60, new Date(Date.now() - 61_000));
    expect(await peekToken("login-link", token)).toBeNull();
    expect(await consumeToken("login-link", token)).toBeNull();
    expect(await db.verificationToken.count({ where: { identifier: `login-link:${userId}` } })).toBe(0);
  });

  it("treats expiry relative to the given clock", async () => {
    const userId = `user-${randomUUID()}`;
    const { token, expiresAt } = await issueToken("email-change", userId, 10);
    expect(await consumeToken("email-change", token, expiresAt)).toBeNull();
  });

  it("replaces the previous token of the same purpose and identifier", async () => {
    const email = `${randomUUID()}@exemple.fr`;
    const first = await issueToken("invitation", email);
    const second = await issueToken("invitation", email);
    const other = await issueToken("email-confirm", email);
    expect(await consumeToken("invitation", first.token)).toBeNull();
    expect(await consumeToken("invitation", second.token)).toBe(email);
    expect(await consumeToken("email-confirm", other.token)).toBe(email);
  });

  it("rejects unknown and malformed tokens", async () => {
    expect(await consumeToken("password-reset", "x".repeat(43))).toBeNull();
    expect(await consumeToken("password-reset", "' OR 1=1 --")).toBeNull();
    expect(await consumeToken("password-reset", "")).toBeNull();
  });

  it("lets exactly one of many concurrent consumers win", async () => {
    const userId = `user-${randomUUID()}`;
    const { token } = await issueToken("password-reset", userId);
    // Open the pool's connections first, so the consumers really run side by side.
    await Promise.all(Array.from({ length: 8 }, () => db.$queryRaw`SELECT 1 AS ok FROM pg_sleep(0.05)`));
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeToken("password-reset", token)));
    expect(results.filter((r) => r === userId)).toHaveLength(1);
    expect(results.filter((r) => r === null)).toHaveLength(7);
  });

  it("keeps the token when the transaction that consumed it rolls back", async () => {
    const userId = `user-${randomUUID()}`;
    const { token } = await issueToken("password-reset", userId);
    await expect(
      db.$transaction(async (tx) => {
        expect(await consumeToken("password-reset", token, new Date(), tx)).toBe(userId);
        throw new Error("password update failed");
      }),
    ).rejects.toThrow("password update failed");
    expect(await consumeToken("password-reset", token)).toBe(userId);
  });

  it("revokes pending tokens and purges expired ones", async () => {
    const userId = `user-${randomUUID()}`;
    const { token } = await issueToken("password-reset", userId);
    expect(await revokeTokens("password-reset", userId)).toBe(1);
    expect(await consumeToken("password-reset", token)).toBeNull();
    await issueToken("email-confirm", userId, 1, new Date(Date.now() - 5_000));
    expect(await deleteExpiredTokens()).toBeGreaterThanOrEqual(1);
    expect(await db.verificationToken.count({ where: { identifier: `email-confirm:${userId}` } })).toBe(0);
  });
});
