import { describe, expect, it } from "vitest";
import { reissueProof, tokenVersion, verifiedReissue } from "./session-version";

const SECRET = "test-secret-0123456789";

describe("verifiedReissue", () => {
  it("accepts the server's proof for this user and version", () => {
    expect(verifiedReissue(SECRET, "u1", reissueProof(SECRET, "u1", 4))).toBe(4);
  });

  it.each([
    ["another user's proof", reissueProof(SECRET, "u2", 4)],
    ["a proof made with another secret", reissueProof("other-secret", "u1", 4)],
    ["a version changed after signing", { ...reissueProof(SECRET, "u1", 4), sessionVersion: 5 }],
    ["what a browser may post to /api/auth/session", { sessionVersion: 99 }],
    ["a forged proof", { sessionVersion: 4, proof: "x".repeat(43) }],
    ["nothing", undefined],
    ["a string", "4"],
  ])("refuses %s", (_label, data) => {
    expect(verifiedReissue(SECRET, "u1", data)).toBeNull();
  });

  it("refuses everything without a secret", () => {
    expect(verifiedReissue(undefined, "u1", reissueProof(SECRET, "u1", 1))).toBeNull();
  });
});

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
