import { describe, expect, it } from "vitest";
import { buildClasses, colourFor, CLASS_COLOURS, EMPTY_COLOUR } from "@/lib/geo/choropleth";
import { boundsOf, fitProjection, ringArea, simplifyLine, toSvgPath, type Polygon } from "@/lib/geo/geometry";

const square: Polygon = [
  [
    [2, 44],
    [4, 44],
    [4, 46],
    [2, 46],
    [2, 44],
  ],
];

describe("fitProjection", () => {
  const bounds = boundsOf([square]);
  const projection = fitProjection(bounds, { x: 10, y: 20, width: 200, height: 200 });

  it("puts north up and west left", () => {
    const [westX] = projection.project([2, 45]);
    const [eastX] = projection.project([4, 45]);
    const [, northY] = projection.project([3, 46]);
    const [, southY] = projection.project([3, 44]);
    expect(westX).toBeLessThan(eastX);
    expect(northY).toBeLessThan(southY);
  });

  it("fits the bounds inside the box, keeping the aspect, centred", () => {
    // A 2°×2° square at 45° N is narrower than tall (longitudes shrink by cos 45°).
    expect(projection.height).toBeCloseTo(200, 5);
    expect(projection.width).toBeCloseTo(200 * Math.cos((45 * Math.PI) / 180), 5);
    const [left, top] = projection.project([2, 46]);
    const [right, bottom] = projection.project([4, 44]);
    expect(top).toBeCloseTo(20, 5);
    expect(bottom).toBeCloseTo(220, 5);
    expect(left + right).toBeCloseTo(2 * (10 + 100), 5);
  });
});

describe("toSvgPath", () => {
  it("writes one closed sub-path per ring, rounded to a tenth", () => {
    const path = toSvgPath([square], ([lon, lat]) => [lon * 10.04, lat]);
    expect(path).toBe("M20.1 44L40.2 44L40.2 46L20.1 46L20.1 44Z");
  });

  it("skips degenerate rings", () => {
    expect(
      toSvgPath(
        [
          [
            [
              [0, 0],
              [1, 1],
            ],
          ],
        ],
        (p) => p,
      ),
    ).toBe("");
  });
});

describe("simplifyLine", () => {
  it("drops points closer to the line than the tolerance, keeps the ends", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.001],
      [2, -0.001],
      [3, 5],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, -0.001],
      [3, 5],
      [4, 0],
    ]);
  });
});

describe("ringArea", () => {
  it("computes the shoelace area", () => {
    expect(ringArea(square[0])).toBe(4);
  });
});

describe("buildClasses", () => {
  it("has no class without counts", () => {
    expect(buildClasses([0, 0])).toEqual([]);
    expect(colourFor(0, [])).toBe(EMPTY_COLOUR);
  });

  it("gives one class per value when there are few values, darkest for the largest", () => {
    const classes = buildClasses([1, 2, 2, 0]);
    expect(classes).toEqual([
      { from: 1, to: 1, colour: CLASS_COLOURS[3] },
      { from: 2, to: 2, colour: CLASS_COLOURS[4] },
    ]);
    expect(colourFor(2, classes)).toBe(CLASS_COLOURS[4]);
  });

  it("cuts at quantiles so that one big count does not flatten the others", () => {
    const classes = buildClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 1000]);
    expect(classes.map((item) => [item.from, item.to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 1000],
    ]);
    expect(colourFor(5, classes)).toBe(CLASS_COLOURS[2]);
    expect(colourFor(5000, classes)).toBe(CLASS_COLOURS[4]);
  });
});

describe("the map outlines", () => {
  it("draws every département and région of France, the overseas ones in insets", async () => {
    const { getMapShapes } = await import("@/lib/geo/france-map");
    const departements = getMapShapes("departement");
    const regions = getMapShapes("region");
    expect(departements).toHaveLength(101);
    expect(regions).toHaveLength(18);
    expect(departements.filter((shape) => shape.inset).map((shape) => shape.code)).toEqual(["971", "972", "973", "974", "976"]);
    expect(regions.filter((shape) => shape.inset).map((shape) => shape.code)).toEqual(["01", "02", "03", "04", "06"]);
    for (const shape of [...departements, ...regions]) expect(shape.path, shape.code).toMatch(/^M[\d.]+ [\d.]+L.*Z$/);
  });
});
