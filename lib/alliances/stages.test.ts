import { describe, expect, it } from "vitest";
import type { AllianceStage } from "@/generated/prisma/enums";
import { STAGE_ORDER, allowedNextStages, isAllowedTransition } from "./stages";

describe("allowedNextStages", () => {
  it.each<[AllianceStage, AllianceStage[]]>([
    ["IDEE", ["CONSTRUCTION"]],
    ["CONSTRUCTION", ["ACTIVE", "IDEE"]],
    ["ACTIVE", ["EVALUATION", "CONSTRUCTION"]],
    ["EVALUATION", ["TERMINEE", "ACTIVE"]],
    ["TERMINEE", []],
  ])("from %s → %j", (stage, expected) => {
    expect(allowedNextStages(stage)).toEqual(expected);
  });

  it("refuses every move that is not one step (staying put, jumps, unknown stages)", () => {
    for (const from of STAGE_ORDER) {
      for (const to of STAGE_ORDER) {
        const distance = STAGE_ORDER.indexOf(to) - STAGE_ORDER.indexOf(from);
        const expected = from !== "TERMINEE" && Math.abs(distance) === 1;
        expect(isAllowedTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
    expect(allowedNextStages("AUTRE" as AllianceStage)).toEqual([]);
  });
});
