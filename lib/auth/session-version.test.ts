import { describe, expect, it } from "vitest";
import { currentSessionWhere, newSessionId, tokenSessionId, tokenVersion } from "./session-version";

describe("tokenVersion", () => {
  it.each([
    [3, 3],
    [undefined, 0],
    ["3", 0],
    [1.5, 0],
  ])("%j → %i", (value, expected) => {
    expect(tokenVersion(value)).toBe(expected);
  });
});

describe("tokenSessionId", () => {
  it("keeps the ids this code writes and nothing else", () => {
    const id = newSessionId();
    expect(tokenSessionId(id)).toBe(id);
    expect(tokenSessionId(undefined)).toBeNull();
    expect(tokenSessionId("' OR 1=1 --")).toBeNull();
    expect(tokenSessionId(42)).toBeNull();
  });
});

describe("currentSessionWhere", () => {
  it("accepts the current version, or the kept session by its id", () => {
    expect(currentSessionWhere(4, "a")).toEqual({ OR: [{ sessionVersion: 4 }, { keptSessionId: "a" }] });
  });

  it("a token without a session id (issued before ids existed) has only its version", () => {
    expect(currentSessionWhere(0, null)).toEqual({ sessionVersion: 0 });
  });
});
