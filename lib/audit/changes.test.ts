import { describe, expect, it } from "vitest";
import { describeChanges } from "./changes";

describe("describeChanges", () => {
  it("says nothing when nothing changed (null and empty are the same, set order does not count)", () => {
    expect(
      describeChanges([
        { label: "titre", kind: "value", before: "A", after: "A" },
        { label: "fin", kind: "value", before: null, after: "" },
        { label: "description", kind: "text", before: "long", after: "long" },
        { label: "territoires", kind: "set", before: ["Lyon", "Paris"], after: ["Paris", "Lyon"] },
      ]),
    ).toEqual([]);
  });

  it("writes short values in full, long texts by length, sets by what was added and removed", () => {
    expect(
      describeChanges([
        { label: "titre", kind: "value", before: "Avant", after: "Après" },
        { label: "fin", kind: "value", before: null, after: "2027-01-31" },
        { label: "description", kind: "text", before: "abc", after: "abcdef" },
        { label: "territoires", kind: "set", before: ["Lyon", "Paris"], after: ["Paris", "Nantes"] },
        { label: "résumé", kind: "value", before: "x".repeat(80), after: "y" },
      ]),
    ).toEqual([
      "titre : Avant → Après",
      "fin : ∅ → 2027-01-31",
      "description : 3 → 6 caractères",
      "territoires : + Nantes − Lyon",
      `résumé : ${"x".repeat(57)}… → y`,
    ]);
  });
});
