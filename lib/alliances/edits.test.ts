import { describe, expect, it } from "vitest";
import { allianceEditRule, describeAllianceChanges, statusAfterAllianceEdit, type AllianceSnapshot } from "./edits";

describe("statusAfterAllianceEdit and allianceEditRule", () => {
  it("sends a published alliance back to moderation unless its lead is verified, and says so", () => {
    expect(statusAfterAllianceEdit("PUBLISHED", true)).toBe("PUBLISHED");
    expect(statusAfterAllianceEdit("PUBLISHED", false)).toBe("PENDING");
    expect(allianceEditRule("PUBLISHED", true)).toBe("direct");
    expect(allianceEditRule("PUBLISHED", false)).toBe("backToModeration");
  });

  it("leaves the other statuses alone: saving is not submitting", () => {
    for (const status of ["DRAFT", "PENDING", "REJECTED"] as const) {
      expect(statusAfterAllianceEdit(status, false)).toBe(status);
      expect(statusAfterAllianceEdit(status, true)).toBe(status);
    }
    expect([allianceEditRule("PENDING", false), allianceEditRule("DRAFT", true), allianceEditRule("REJECTED", false)]).toEqual([
      "pending",
      "draft",
      "rejected",
    ]);
  });
});

describe("describeAllianceChanges", () => {
  const before: AllianceSnapshot = {
    title: "Ateliers",
    summary: "Résumé",
    description: "Texte",
    mode: "MECENAT",
    mecenatKind: "COMPETENCES",
    startDate: null,
    endDate: new Date("2027-01-31T00:00:00Z"),
    territories: ["Lyon (69123)"],
    targets: ["17.17"],
  };

  it("is empty for an unchanged form, in French words otherwise", () => {
    expect(describeAllianceChanges(before, { ...before, territories: [...before.territories] })).toEqual([]);
    expect(
      describeAllianceChanges(before, { ...before, mode: "INNOVATION_SOCIETALE", mecenatKind: null, endDate: null, description: "Texte plus long" }),
    ).toEqual(["description : 5 → 15 caractères", "mode : Mécénat → Innovation sociétale", "type de mécénat : De compétences → ∅", "fin : 2027-01-31 → ∅"]);
  });
});
