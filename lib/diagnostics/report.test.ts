import { describe, expect, it } from "vitest";
import {
  axisScores,
  compareAggregate,
  compareWithSimilar,
  radarGeometry,
  readStoredResult,
  similarPopulationRange,
  summariseAnonymously,
  summarisePublished,
  toSvgPoints,
} from "./report";
import { scoreDiagnostic } from "./scoring";
import { exampleAnswers, seededTemplate } from "./test-fixtures";

describe("compareWithSimilar", () => {
  const row = (actorId: string, overall: number) => ({ actorId, overall });

  it("gives no average below three diagnostics", () => {
    expect(compareWithSimilar([])).toEqual({ status: "too-few", count: 0 });
    expect(compareWithSimilar([row("a", 40), row("b", 60)])).toEqual({ status: "too-few", count: 2 });
  });

  it("gives the rounded average from three diagnostics of three organisations", () => {
    expect(compareWithSimilar([row("a", 40), row("b", 60), row("c", 51)])).toEqual({ status: "available", count: 3, average: 50 });
  });

  it("needs three different organisations, not only three diagnostics", () => {
    expect(compareWithSimilar([row("a", 40), row("a", 60), row("b", 51)])).toEqual({ status: "too-few", count: 3 });
  });
});

describe("compareAggregate", () => {
  it("applies the same threshold to an aggregate computed by the database", () => {
    expect(compareAggregate({ count: 0, organisations: 0, sum: 0 })).toEqual({ status: "too-few", count: 0 });
    expect(compareAggregate({ count: 5, organisations: 2, sum: 250 })).toEqual({ status: "too-few", count: 5 });
    expect(compareAggregate({ count: 2, organisations: 3, sum: 100 })).toEqual({ status: "too-few", count: 2 });
    expect(compareAggregate({ count: 4, organisations: 3, sum: 202 })).toEqual({ status: "available", count: 4, average: 51 });
  });

  it("rounds half up, like the average over rows", () => {
    expect(compareAggregate({ count: 4, organisations: 4, sum: 250 })).toEqual({ status: "available", count: 4, average: 63 });
    expect(
      compareWithSimilar([
        { actorId: "a", overall: 62 },
        { actorId: "b", overall: 63 },
        { actorId: "c", overall: 62 },
        { actorId: "d", overall: 63 },
      ]),
    ).toEqual({ status: "available", count: 4, average: 63 });
  });
});

describe("similarPopulationRange", () => {
  it("spans half to twice the population", () => {
    expect(similarPopulationRange(1000)).toEqual({ min: 500, max: 2000 });
    expect(similarPopulationRange(173_089)).toEqual({ min: 86_545, max: 346_178 });
  });
});

describe("readStoredResult + axisScores", () => {
  const template = seededTemplate();

  it("reads back what completion stored, axes in the template's order", () => {
    const result = scoreDiagnostic(template, exampleAnswers());
    const stored = JSON.parse(JSON.stringify({ ...result, axes: Object.fromEntries(Object.entries(result.axes).reverse()) }));
    const read = readStoredResult(stored)!;
    expect(read.overall).toBe(result.overall);
    expect(axisScores(template, read).map((axis) => axis.id)).toEqual(template.axes.map((axis) => axis.id).filter((id) => id in result.axes));
  });

  it("returns null for drafts and odd values", () => {
    expect(readStoredResult(null)).toBeNull();
    expect(readStoredResult({ overall: "12" })).toBeNull();
    expect(readStoredResult([])).toBeNull();
  });
});

describe("radarGeometry", () => {
  it("puts the first axis at the top and scales scores to the radius", () => {
    const geometry = radarGeometry([100, 50, 0, 25], { x: 100, y: 100 }, 80);
    expect(geometry.spokes[0]).toEqual({ x: 100, y: 20 });
    expect(geometry.spokes[1]).toEqual({ x: 180, y: 100 });
    expect(geometry.shape).toEqual([
      { x: 100, y: 20 },
      { x: 140, y: 100 },
      { x: 100, y: 100 },
      { x: 80, y: 100 },
    ]);
    expect(geometry.rings).toHaveLength(4);
    expect(geometry.labels.map((label) => label.anchor)).toEqual(["middle", "start", "middle", "end"]);
  });

  it("clamps scores to 0–100", () => {
    expect(radarGeometry([150, -10], { x: 0, y: 0 }, 10).shape).toEqual([
      { x: 0, y: -10 },
      { x: 0, y: 0 },
    ]);
  });

  it("formats SVG points", () => {
    expect(
      toSvgPoints([
        { x: 1, y: 2 },
        { x: 3.5, y: 4 },
      ]),
    ).toBe("1,2 3.5,4");
  });
});

describe("summarisePublished", () => {
  const row = (level: number, overall: number, priorities: string[]) => ({ level: { level, name: `N${level}` }, overall, priorities });

  it("gives nothing without published diagnostics", () => {
    expect(summarisePublished([])).toBeNull();
  });

  it("counts, averages, keeps the most frequent level and the most cited priorities", () => {
    expect(summarisePublished([row(2, 40, ["EMPLOI", "SANTE"]), row(3, 61, ["SANTE", "LOGEMENT"]), row(2, 45, ["SANTE", "EMPLOI", "MOBILITE"])], 2)).toEqual({
      count: 3,
      averageOverall: 49,
      level: { level: 2, name: "N2" },
      priorities: ["SANTE", "EMPLOI"],
    });
  });

  it("breaks ties towards the higher level and the better-ranked priority", () => {
    expect(summarisePublished([row(1, 20, ["B", "A"]), row(3, 70, ["A", "B"])])).toMatchObject({ level: { level: 3 }, priorities: ["A", "B"] });
  });
});

describe("summariseAnonymously", () => {
  const row = (actorId: string, overall: number) => ({ actorId, level: { level: 2, name: "N2" }, overall, priorities: ["SANTE"] });

  it("shows nothing of one or two organisations' scores, however many diagnostics they have", () => {
    expect(summariseAnonymously([])).toEqual({ status: "none", organisations: 0, count: 0 });
    expect(summariseAnonymously([row("a", 40)])).toEqual({ status: "too-few", organisations: 1, count: 1 });
    expect(summariseAnonymously([row("a", 40), row("a", 60), row("a", 51)])).toEqual({ status: "too-few", organisations: 1, count: 3 });
    expect(summariseAnonymously([row("a", 40), row("b", 60), row("a", 51), row("b", 2)])).toEqual({ status: "too-few", organisations: 2, count: 4 });
  });

  it("gives the figures from three distinct organisations on", () => {
    expect(summariseAnonymously([row("a", 40), row("b", 60), row("c", 51), row("c", 1)])).toEqual({
      status: "available",
      organisations: 3,
      count: 4,
      averageOverall: 38,
      level: { level: 2, name: "N2" },
      priorities: ["SANTE"],
    });
  });
});
