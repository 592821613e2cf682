import { describe, expect, it } from "vitest";
import { hasSessionCookie, isSessionCookieName } from "./session-cookie";

describe("isSessionCookieName", () => {
  it("recognises Auth.js's session cookie, secure or not, whole or chunked", () => {
    expect(isSessionCookieName("authjs.session-token")).toBe(true);
    expect(isSessionCookieName("__Secure-authjs.session-token")).toBe(true);
    expect(isSessionCookieName("authjs.session-token.0")).toBe(true);
    expect(isSessionCookieName("__Secure-authjs.session-token.12")).toBe(true);
  });

  it("ignores the other cookies, including Auth.js's own CSRF and callback cookies", () => {
    expect(isSessionCookieName("authjs.csrf-token")).toBe(false);
    expect(isSessionCookieName("authjs.callback-url")).toBe(false);
    expect(isSessionCookieName("authjs.session-token.x")).toBe(false);
    expect(isSessionCookieName("authjs.session-tokens")).toBe(false);
    expect(isSessionCookieName("xauthjs.session-token")).toBe(false);
  });
});

describe("hasSessionCookie", () => {
  it("is true as soon as one cookie may carry a session", () => {
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie(["authjs.csrf-token", "theme"])).toBe(false);
    expect(hasSessionCookie(["theme", "authjs.session-token.1"])).toBe(true);
  });
});
