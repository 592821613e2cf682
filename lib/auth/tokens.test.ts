import { describe, expect, it } from "vitest";
import { TOKEN_TTL, createToken, expiresAtFrom, formatDuration, hashToken, isExpired, isWellFormedToken } from "@/lib/auth/tokens";

describe("createToken / hashToken", () => {
  it("creates 32 random bytes in base64url", () => {
    const token = createToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(isWellFormedToken(token)).toBe(true);
  });

  it("never repeats itself", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createToken()));
    expect(tokens.size).toBe(1000);
  });

  it("hashes with SHA-256, deterministically", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const token = createToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toContain(token);
  });

  it.each([undefined, null, 42, "", "short", "a".repeat(44), "a".repeat(42) + "=", "a".repeat(42) + "/"])("rejects the malformed token %j", (token) => {
    expect(isWellFormedToken(token)).toBe(false);
  });
});

describe("isExpired", () => {
  const now = new Date("2026-03-01T12:00:00Z");
  it.each([
    ["one millisecond before", "2026-03-01T12:00:00.001Z", false],
    ["exactly now", "2026-03-01T12:00:00.000Z", true],
    ["one millisecond after", "2026-03-01T11:59:59.999Z", true],
  ])("expiry %s now", (_label, expiresAt, expected) => {
    expect(isExpired(new Date(expiresAt), now)).toBe(expected);
  });

  it("computes an expiry from a time-to-live", () => {
    expect(expiresAtFrom(TOKEN_TTL["password-reset"], now).toISOString()).toBe("2026-03-01T13:00:00.000Z");
  });
});

describe("TOKEN_TTL", () => {
  it("gives each purpose its validity", () => {
    expect(TOKEN_TTL).toEqual({
      "email-confirm": 172_800,
      "password-reset": 3_600,
      "login-link": 900,
      "email-change": 172_800,
      invitation: 604_800,
    });
  });

  it("reads in French", () => {
    expect(formatDuration(TOKEN_TTL["email-confirm"])).toBe("48 heures");
    expect(formatDuration(TOKEN_TTL["password-reset"])).toBe("1 heure");
    expect(formatDuration(TOKEN_TTL["login-link"])).toBe("15 minutes");
    expect(formatDuration(TOKEN_TTL.invitation)).toBe("7 jours");
    expect(formatDuration(60)).toBe("1 minute");
  });
});
