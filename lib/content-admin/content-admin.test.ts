import { describe, expect, it } from "vitest";
import { appliesTo, isUnpublishedByStaff, searchWords, unpublishReasonProblem } from "./content-admin";

describe("searchWords", () => {
  it("folds accents, case and punctuation like the rows' searchKey", () => {
    expect(searchWords("Édouard")).toEqual(["edouard"]);
    expect(searchWords("  L'ÉCOLE  des-Métiers ")).toEqual(["l", "ecole", "des", "metiers"]);
    expect(searchWords("")).toEqual([]);
    expect(searchWords("%_")).toEqual([]);
  });

  it("keeps each word once and at most eight", () => {
    expect(searchWords("a a b")).toEqual(["a", "b"]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
  });
});

describe("appliesTo", () => {
  it("unpublishes only what is published, publishes only what is not", () => {
    expect(appliesTo("unpublish", "PUBLISHED")).toBe(true);
    expect(["DRAFT", "PENDING", "REJECTED"].map((s) => appliesTo("unpublish", s as "DRAFT"))).toEqual([false, false, false]);
    expect(appliesTo("publish", "PUBLISHED")).toBe(false);
    expect(["DRAFT", "PENDING", "REJECTED"].map((s) => appliesTo("publish", s as "DRAFT"))).toEqual([true, true, true]);
  });
});

describe("unpublishReasonProblem", () => {
  it("asks for a reason of 5 to 1000 characters", () => {
    expect(unpublishReasonProblem(undefined)).toBe("missing");
    expect(unpublishReasonProblem("  abc  ")).toBe("missing");
    expect(unpublishReasonProblem("Doublon")).toBeNull();
    expect(unpublishReasonProblem("x".repeat(1001))).toBe("too-long");
  });
});

describe("isUnpublishedByStaff", () => {
  it("is a draft that kept a reason", () => {
    expect(isUnpublishedByStaff("DRAFT", "Doublon")).toBe(true);
    expect(isUnpublishedByStaff("DRAFT", null)).toBe(false);
    expect(isUnpublishedByStaff("DRAFT", "  ")).toBe(false);
    expect(isUnpublishedByStaff("REJECTED", "Doublon")).toBe(false);
  });
});
