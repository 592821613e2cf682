import { describe, expect, it } from "vitest";
import { divergentDimensions, summariseScores, type ScoreDimension, type Scores } from "./scorecard";

const r = (innovation: number, performance: number, confiance: number): Scores => ({ innovation, performance, confiance });

describe("divergentDimensions", () => {
  it.each<[string, Scores[], ScoreDimension[]]>([
    ["nobody has rated", [], []],
    ["a single partner never diverges", [r(1, 5, 3)], []],
    ["identical ratings", [r(4, 4, 4), r(4, 4, 4)], []],
    ["a spread of one is agreement", [r(4, 3, 5), r(5, 2, 4)], []],
    ["a spread of two diverges", [r(4, 3, 5), r(4, 3, 3)], ["confiance"]],
    ["the spread counts min and max among many", [r(3, 1, 3), r(3, 2, 3), r(3, 5, 4)], ["performance"]],
    ["several dimensions, in fixed order", [r(1, 5, 1), r(5, 1, 5)], ["innovation", "performance", "confiance"]],
  ])("%s", (_label, ratings, expected) => {
    expect(divergentDimensions(ratings)).toEqual(expected);
  });

  it("summarises range and a rounded average", () => {
    const [innovation] = summariseScores([r(1, 3, 3), r(2, 3, 3), r(2, 3, 3)]);
    expect(innovation).toEqual({ dimension: "innovation", min: 1, max: 2, spread: 1, average: 1.7, diverges: false });
  });
});
