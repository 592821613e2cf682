import { describe, expect, it } from "vitest";
import { RATE_LIMIT_DEFAULTS, parseRateLimitRule, rateLimitKey, rateLimitRule, toRateLimitResult } from "@/lib/rate-limit/rate-limit";

const fallback = { limit: 5, windowSeconds: 60 };

describe("parseRateLimitRule", () => {
  it.each([
    ["5/60", { limit: 5, windowSeconds: 60 }],
    ["1000/1", { limit: 1000, windowSeconds: 1 }],
    [" 10 / 300 ", { limit: 10, windowSeconds: 300 }],
  ])("%j", (value, expected) => {
    expect(parseRateLimitRule(value, fallback)).toEqual(expected);
  });

  it.each([undefined, "", "   "])("falls back when unset (%j)", (value) => {
    expect(parseRateLimitRule(value, { limit: 3, windowSeconds: 30 })).toEqual({ limit: 3, windowSeconds: 30 });
  });

  it.each(["5", "5/", "/60", "0/60", "5/0", "-1/60", "5/60s", "5.5/60", "five/sixty", "5/60/2", "1e3/60"])("throws on %j", (value) => {
    expect(() => parseRateLimitRule(value, fallback, "RATE_LIMIT_SIGNIN")).toThrow(/RATE_LIMIT_SIGNIN/);
  });
});

describe("rateLimitRule", () => {
  it("defaults to 10 password checks per account and 20 per address in 15 minutes, and 5 per 60 seconds for reset", () => {
    expect(rateLimitRule("signin", {})).toEqual({ limit: 10, windowSeconds: 900 });
    expect(rateLimitRule("signinIp", {})).toEqual({ limit: 20, windowSeconds: 900 });
    expect(rateLimitRule("reset", {})).toEqual({ limit: 5, windowSeconds: 60 });
    expect(RATE_LIMIT_DEFAULTS.signin).toEqual({ limit: 10, windowSeconds: 900 });
  });

  it("reads RATE_LIMIT_SIGNIN_IP apart from RATE_LIMIT_SIGNIN", () => {
    expect(rateLimitRule("signinIp", { RATE_LIMIT_SIGNIN: "1/1", RATE_LIMIT_SIGNIN_IP: "7/70" })).toEqual({ limit: 7, windowSeconds: 70 });
  });

  it("reads RATE_LIMIT_SIGNIN and RATE_LIMIT_RESET", () => {
    const env = { RATE_LIMIT_SIGNIN: "100/10", RATE_LIMIT_RESET: "2/3600" };
    expect(rateLimitRule("signin", env)).toEqual({ limit: 100, windowSeconds: 10 });
    expect(rateLimitRule("reset", env)).toEqual({ limit: 2, windowSeconds: 3600 });
  });

  it("sizes the e-mail quotas for real use and reads their variables", () => {
    expect(rateLimitRule("mailRecipient", {})).toEqual({ limit: 5, windowSeconds: 3600 });
    expect(rateLimitRule("mailSender", {})).toEqual({ limit: 30, windowSeconds: 3600 });
    const env = { RATE_LIMIT_MAIL_RECIPIENT: "2/600", RATE_LIMIT_MAIL_SENDER: "10/86400" };
    expect(rateLimitRule("mailRecipient", env)).toEqual({ limit: 2, windowSeconds: 600 });
    expect(rateLimitRule("mailSender", env)).toEqual({ limit: 10, windowSeconds: 86400 });
  });
});

describe("the public pages refresh rules", () => {
  it("give users 30 and staff 300 refreshes in 10 minutes, each read from its own variable", () => {
    expect(rateLimitRule("publicRefresh", {})).toEqual({ limit: 30, windowSeconds: 600 });
    expect(rateLimitRule("publicRefreshStaff", {})).toEqual({ limit: 300, windowSeconds: 600 });
    const env = { RATE_LIMIT_PUBLIC_REFRESH: "3/60", RATE_LIMIT_PUBLIC_REFRESH_STAFF: "30/60" };
    expect(rateLimitRule("publicRefresh", env)).toEqual({ limit: 3, windowSeconds: 60 });
    expect(rateLimitRule("publicRefreshStaff", env)).toEqual({ limit: 30, windowSeconds: 60 });
    expect(() => rateLimitRule("publicRefresh", { RATE_LIMIT_PUBLIC_REFRESH: "trente" })).toThrow(/RATE_LIMIT_PUBLIC_REFRESH/);
  });
});

describe("toRateLimitResult", () => {
  const rule = { limit: 5, windowSeconds: 60 };
  it.each([
    [1, 59.9, { allowed: true, remaining: 4, retryAfterSeconds: 0 }],
    [5, 10, { allowed: true, remaining: 0, retryAfterSeconds: 0 }],
    [6, 42.2, { allowed: false, remaining: 0, retryAfterSeconds: 43 }],
    [7, 0.001, { allowed: false, remaining: 0, retryAfterSeconds: 1 }],
  ])("count %i, %f s left", (count, seconds, expected) => {
    expect(toRateLimitResult(count, seconds, rule)).toEqual(expected);
  });
});

describe("rateLimitKey", () => {
  it("names a bucket per limit and dimension, ignoring the case of e-mails", () => {
    expect(rateLimitKey("signin", "email", " Camille@Exemple.FR ")).toBe("signin:email:camille@exemple.fr");
    expect(rateLimitKey("reset", "ip", "2001:db8::1")).toBe("reset:ip:2001:db8::1");
  });
});
