import { describe, expect, it } from "vitest";
import { closedValidUntil, kindFromSegment, needOfferEditRule, statusAfterEdit, toDateInput, validityProblem } from "./needs-offers";

const now = new Date("2026-03-10T22:30:00Z");

describe("needs and offers rules", () => {
  it("keeps a verified organisation's published edit published, and sends everything else to moderation", () => {
    expect(statusAfterEdit("PUBLISHED", true)).toBe("PUBLISHED");
    expect(statusAfterEdit("PUBLISHED", false)).toBe("PENDING");
    expect(statusAfterEdit("REJECTED", true)).toBe("PENDING");
    expect(statusAfterEdit("PENDING", true)).toBe("PENDING");
    expect(statusAfterEdit("DRAFT", false)).toBe("PENDING");
  });

  it("tells the editor, before saving, what saving will do", () => {
    expect(needOfferEditRule("PUBLISHED", true)).toBe("direct");
    expect(needOfferEditRule("PUBLISHED", false)).toBe("backToModeration");
    expect(needOfferEditRule("PENDING", true)).toBe("pending");
    expect(needOfferEditRule("REJECTED", false)).toBe("resubmit");
  });

  it("accepts validity dates from today up to three years ahead", () => {
    expect(validityProblem(new Date("2026-03-10T00:00:00Z"), now)).toBeNull();
    expect(validityProblem(new Date("2026-03-09T00:00:00Z"), now)).toBe("past");
    expect(validityProblem(new Date("2029-03-10T00:00:00Z"), now)).toBeNull();
    expect(validityProblem(new Date("2029-03-11T00:00:00Z"), now)).toBe("too-far");
  });

  it("closes by ending the validity yesterday", () => {
    expect(toDateInput(closedValidUntil(now))).toBe("2026-03-09");
    expect(toDateInput(null)).toBe("");
  });

  it("reads the URL segments", () => {
    expect(kindFromSegment("besoins")).toBe("need");
    expect(kindFromSegment("offres")).toBe("offer");
    expect(kindFromSegment("autre")).toBeNull();
  });
});
