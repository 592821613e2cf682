import { describe, expect, it } from "vitest";
import { appliesTo, isDecisionAllowed, isUnpublishedByStaff, needOfferRef, parseNeedOfferRef, searchWords, unpublishReasonProblem } from "./content-admin";

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

describe("the needs, offers and diagnostics of the content lists", () => {
  it("reads back the typed references of the shared needs and offers list", () => {
    expect(parseNeedOfferRef(needOfferRef("need", "abc"))).toEqual({ kind: "need", id: "abc" });
    expect(parseNeedOfferRef("offer:x:y")).toEqual({ kind: "offer", id: "x:y" });
    expect(parseNeedOfferRef("abc")).toBeNull();
    expect(parseNeedOfferRef("actor:abc")).toBeNull();
    expect(parseNeedOfferRef("need:")).toBeNull();
  });

  it("lets the team withdraw a diagnostic summary, never publish one", () => {
    expect(isDecisionAllowed("diagnostic", "unpublish")).toBe(true);
    expect(isDecisionAllowed("diagnostic", "publish")).toBe(false);
    expect(isDecisionAllowed("needOffer", "publish")).toBe(true);
    expect(appliesTo("unpublish", "COMPLETED")).toBe(false);
    expect(appliesTo("publish", "COMPLETED")).toBe(false);
  });

  it("tells a summary withdrawn by the team from a completed one", () => {
    expect(isUnpublishedByStaff("COMPLETED", "Données fausses")).toBe(true);
    expect(isUnpublishedByStaff("COMPLETED", null)).toBe(false);
    expect(isUnpublishedByStaff("PUBLISHED", "ancien motif")).toBe(false);
  });
});
