import { describe, expect, it } from "vitest";
import { parseMyKitFeedback } from "./my-feedback";

const contribution = { id: "f1", kind: "SUGGESTION", comment: "Ajouter un exemple rural", staffAnswer: null, createdAt: "2026-11-20T10:00:00.000Z" };

describe("parseMyKitFeedback", () => {
  it("reads the route's answer: a rating and the reader's messages", () => {
    expect(parseMyKitFeedback({ rating: 4, contributions: [contribution, { ...contribution, id: "f2", kind: "COMMENT", staffAnswer: "Merci" }] })).toEqual({
      rating: 4,
      contributions: [contribution, { ...contribution, id: "f2", kind: "COMMENT", staffAnswer: "Merci" }],
    });
    expect(parseMyKitFeedback({ rating: null, contributions: [] })).toEqual({ rating: null, contributions: [] });
  });

  it("refuses anything else (an error page, a rating out of range, a malformed message)", () => {
    for (const value of [null, "x", {}, { rating: 6, contributions: [] }, { rating: 2.5, contributions: [] }, { rating: null }, { rating: null, contributions: [{ ...contribution, kind: "RATING" }] }, { rating: null, contributions: [{ ...contribution, createdAt: "hier" }] }]) {
      expect(parseMyKitFeedback(value)).toBeNull();
    }
  });
});
