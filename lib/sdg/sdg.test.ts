import { describe, expect, it } from "vitest";
import { contrastRatio, groupTargets, readableTextColour, safeColour } from "@/lib/sdg/sdg";
import { loadOddData } from "@/prisma/seed-sdgs";

describe("readableTextColour", () => {
  it("gives every official SDG colour a text colour with AA contrast (4.5:1), the better of the two", () => {
    for (const goal of loadOddData().goals) {
      const text = readableTextColour(goal.colour);
      const other = text === "#ffffff" ? "#1e1e1e" : "#ffffff";
      expect(contrastRatio(goal.colour, text), `ODD ${goal.number}`).toBeGreaterThanOrEqual(contrastRatio(goal.colour, other));
      expect(contrastRatio(goal.colour, text), `ODD ${goal.number}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("uses dark text on the yellow of SDG 7 and white on the navy of SDG 17", () => {
    expect(readableTextColour("#FCC30B")).toBe("#1e1e1e");
    expect(readableTextColour("#19486A")).toBe("#ffffff");
  });

  it("computes the WCAG ratio", () => {
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
  });
});

describe("safeColour", () => {
  it("keeps #rrggbb and replaces anything else", () => {
    expect(safeColour("#E5243B")).toBe("#E5243B");
    expect(safeColour("red; background:url(x)")).toBe("#19486a");
  });
});

describe("groupTargets", () => {
  it("groups consecutive targets by group then subgroup, keeping the order", () => {
    const targets = [
      { code: "17.1", group: "FINANCES", subgroup: null },
      { code: "17.2", group: "FINANCES", subgroup: null },
      { code: "17.13", group: "QUESTIONS_STRUCTURELLES", subgroup: "Cohérence" },
      { code: "17.16", group: "QUESTIONS_STRUCTURELLES", subgroup: "Partenariats" },
      { code: "17.17", group: "QUESTIONS_STRUCTURELLES", subgroup: "Partenariats" },
    ];
    const groups = groupTargets(targets);
    expect(groups.map((group) => group.group)).toEqual(["FINANCES", "QUESTIONS_STRUCTURELLES"]);
    expect(groups[1].subgroups.map((subgroup) => [subgroup.subgroup, subgroup.targets.map((target) => target.code)])).toEqual([
      ["Cohérence", ["17.13"]],
      ["Partenariats", ["17.16", "17.17"]],
    ]);
  });

  it("groups the 19 official targets of SDG 17 into 5 groups", () => {
    const groups = groupTargets(loadOddData().targets.map((target) => ({ ...target })));
    expect(groups).toHaveLength(5);
    expect(groups.flatMap((group) => group.subgroups.flatMap((subgroup) => subgroup.targets))).toHaveLength(19);
  });
});
