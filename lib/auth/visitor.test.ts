import { describe, expect, it } from "vitest";
import { ANONYMOUS, parseVisitor, sameVisitor } from "./visitor";

describe("parseVisitor", () => {
  it("reads the anonymous and the signed-in answers of /api/visiteur", () => {
    expect(parseVisitor({ signedIn: false })).toEqual(ANONYMOUS);
    expect(parseVisitor({ signedIn: true, staff: true, unread: 3, unreadMessages: 0 })).toEqual({ signedIn: true, staff: true, unread: 3, unreadMessages: 0 });
  });

  it("treats anything else as not known (an error page, a proxy's HTML, a tampered body)", () => {
    for (const value of [
      null,
      "x",
      {},
      { signedIn: "true" },
      { signedIn: true },
      { signedIn: true, staff: "no", unread: 0 },
      { signedIn: true, staff: false, unread: -1 },
      { signedIn: true, staff: false, unread: 1.5 },
      { signedIn: true, staff: false, unread: 1 },
      { signedIn: true, staff: false, unread: 1, unreadMessages: -1 },
    ]) {
      expect(parseVisitor(value)).toBeNull();
    }
  });
});

describe("sameVisitor", () => {
  it("tells a change of role or unread count, and unknown from known", () => {
    const user = { signedIn: true as const, staff: false, unread: 2, unreadMessages: 1 };
    expect(sameVisitor(user, { ...user })).toBe(true);
    expect(sameVisitor(user, { ...user, unread: 1 })).toBe(false);
    expect(sameVisitor(user, { ...user, unreadMessages: 0 })).toBe(false);
    expect(sameVisitor(user, { ...user, staff: true })).toBe(false);
    expect(sameVisitor(user, ANONYMOUS)).toBe(false);
    expect(sameVisitor(ANONYMOUS, { signedIn: false })).toBe(true);
    expect(sameVisitor(null, ANONYMOUS)).toBe(false);
    expect(sameVisitor(null, null)).toBe(true);
  });
});
