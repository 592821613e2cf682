import { describe, expect, it } from "vitest";
import {
  fillMonths,
  levelDistribution,
  monthKeys,
  observatoryQuery,
  parseObservatoryParams,
  periodStart,
  readTemplateLevels,
  summariseRatings,
  tallyRecommendedKits,
} from "./observatory";

describe("parseObservatoryParams", () => {
  it("reads the measure, scale, région and period", () => {
    expect(parseObservatoryParams({ mesure: "diagnostics", echelle: "departement", region: "84", periode: "24" })).toEqual({
      measure: "diagnostics",
      scale: "departement",
      region: "84",
      period: "24",
    });
  });

  it("falls back to the defaults on anything unknown, never throws", () => {
    expect(parseObservatoryParams({ mesure: "<script>", echelle: ["commune"], region: "Rhône", periode: "7" })).toEqual({
      measure: "acteurs",
      scale: "region",
      region: null,
      period: "12",
    });
    expect(parseObservatoryParams({ mesure: ["alliances", "acteurs"] }).measure).toBe("alliances");
  });

  it("leaves the defaults out of the URL", () => {
    expect(observatoryQuery(parseObservatoryParams({}))).toEqual({ mesure: undefined, echelle: undefined, region: undefined, periode: undefined });
    expect(observatoryQuery(parseObservatoryParams({ mesure: "alliances", region: "11" }))).toMatchObject({ mesure: "alliances", region: "11" });
  });
});

describe("months", () => {
  const now = new Date("2026-03-15T10:00:00Z");

  it("lists the months ending with the current one, across a year boundary", () => {
    expect(monthKeys(now, 4)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03"]);
    expect(monthKeys(now, 24)).toHaveLength(24);
  });

  it("starts the period on the first day of its first month", () => {
    expect(periodStart("12", now)?.toISOString()).toBe("2025-04-01T00:00:00.000Z");
    expect(periodStart("tout", now)).toBeNull();
  });

  it("fills the months without rows with zero and ignores months outside the chart", () => {
    expect(
      fillMonths(
        ["2026-01", "2026-02"],
        [
          { month: "2026-02", count: 3 },
          { month: "2019-01", count: 9 },
        ],
      ),
    ).toEqual([
      { month: "2026-01", count: 0 },
      { month: "2026-02", count: 3 },
    ]);
  });
});

describe("summariseRatings", () => {
  it("counts each value and gives the mean with one decimal", () => {
    expect(
      summariseRatings([
        { rating: 5, count: 2 },
        { rating: 4, count: 1 },
      ]),
    ).toEqual({ counts: [0, 0, 0, 1, 2], total: 3, average: 4.7 });
  });

  it("has no mean without ratings and ignores values outside 1–5", () => {
    expect(
      summariseRatings([
        { rating: 0, count: 4 },
        { rating: 6, count: 1 },
      ]),
    ).toEqual({ counts: [0, 0, 0, 0, 0], total: 0, average: null });
  });
});

describe("levelDistribution", () => {
  const active = {
    active: true,
    version: 2,
    levels: [
      { level: 1, name: "Découverte" },
      { level: 2, name: "Expérimentation" },
      { level: 3, name: "Structuration" },
    ],
  };
  const old = {
    active: false,
    version: 1,
    levels: [
      { level: 1, name: "Ancien nom" },
      { level: 4, name: "Catalyse" },
    ],
  };

  it("names levels from the active template first, then from older versions, then by number", () => {
    const result = levelDistribution(
      [
        { level: 1, count: 2 },
        { level: 4, count: 1 },
        { level: 1, count: 3 },
        { level: 9, count: 1 },
      ],
      [old, active],
      (level) => `Niveau ${level}`,
    );
    expect(result).toEqual([
      { level: 1, name: "Découverte", count: 5 },
      { level: 2, name: "Expérimentation", count: 0 },
      { level: 3, name: "Structuration", count: 0 },
      { level: 4, name: "Catalyse", count: 1 },
      { level: 9, name: "Niveau 9", count: 1 },
    ]);
  });

  it("reads the levels of stored content defensively", () => {
    expect(readTemplateLevels({ levels: [{ level: 1, name: "A" }, { level: "2", name: "B" }, null, { level: 3, name: " " }] })).toEqual([
      { level: 1, name: "A" },
    ]);
    expect(readTemplateLevels(null)).toEqual([]);
  });
});

describe("tallyRecommendedKits", () => {
  const kit = (id: string, title: string, extra: { maturityLevels?: number[]; themes?: string[]; audiences?: string[] }) => ({
    id,
    slug: id,
    title,
    category: "METHODE",
    audiences: extra.audiences ?? [],
    maturityLevels: extra.maturityLevels ?? [],
    themes: extra.themes ?? [],
    targets: [],
    modes: [],
  });
  const kits = [
    kit("a", "Kit niveau 1", { maturityLevels: [1] }),
    kit("b", "Kit emploi", { themes: ["EMPLOI_INSERTION"] }),
    kit("c", "Kit sans rapport", {}),
    kit("d", "Kit associations", { audiences: ["ASSOCIATION"] }),
  ];

  it("weights each group's top kits by its number of diagnostics (ties by title) and leaves unrelated kits out", () => {
    const tally = tallyRecommendedKits(
      [
        { level: 1, priorities: ["EMPLOI_INSERTION"], audience: null, modes: [], count: 10 },
        { level: 2, priorities: [], audience: "ASSOCIATION", modes: [], count: 3 },
      ],
      kits,
      5,
    );
    expect(tally.map((entry) => [entry.kit.id, entry.count])).toEqual([
      ["b", 10],
      ["a", 10],
      ["d", 3],
    ]);
  });

  it("keeps only the first recommendations of each diagnostic", () => {
    const tally = tallyRecommendedKits([{ level: 1, priorities: ["EMPLOI_INSERTION"], audience: "ASSOCIATION", modes: [], count: 2 }], kits, 1);
    expect(tally).toHaveLength(1);
  });
});
