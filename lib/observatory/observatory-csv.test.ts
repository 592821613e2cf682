import { describe, expect, it } from "vitest";
import { parseObservatoryParams, summariseRatings } from "./observatory";
import { isObservatoryDataset, observatoryCsv } from "./observatory-csv";
import type { Observatory } from "./observatory.queries";

const data: Observatory = {
  params: parseObservatoryParams({ mesure: "alliances", echelle: "departement" }),
  region: { id: 1, code: "84", name: "Auvergne-Rhône-Alpes" },
  regions: [],
  figures: { actors: 0, alliances: 0, diagnostics: 0, kits: 0, users: 0 },
  map: [{ code: "42", name: "Loire", count: 3 }],
  perRegion: [{ code: "84", name: "Auvergne-Rhône-Alpes", actors: 7, alliances: 2 }],
  alliancesByMode: [{ mode: "MECENAT", count: 2 }],
  alliancesByStage: [{ stage: "IDEE", count: 1 }],
  diagnosticsByMonth: [{ month: "2026-11", count: 4 }],
  maturity: [{ level: 2, name: "Expérimentation", count: 4 }],
  recommendedKits: [{ id: "k", slug: "k", title: "=Kit piégé", count: 5 }],
  kitRatings: summariseRatings([{ rating: 5, count: 2 }]),
  diagnosticRatings: summariseRatings([{ rating: 1, count: 1 }]),
  kitComments: [],
  diagnosticComments: [],
};

describe("observatoryCsv", () => {
  it("names the file after the dataset and the région filter", () => {
    expect(observatoryCsv(data, "carte")).toEqual({
      fileBase: "observatoire-carte-alliances-departement-84",
      header: ["Code", "Département", "Alliances publiées"],
      rows: [["42", "Loire", 3]],
    });
  });

  it("writes the French labels of modes and stages, and one row per rating value", () => {
    expect(observatoryCsv(data, "modes").rows).toEqual([["Mécénat", 2]]);
    expect(observatoryCsv(data, "etapes").rows).toEqual([["Idée", 1]]);
    expect(observatoryCsv(data, "notes").rows).toEqual([
      [1, 0, 1],
      [2, 0, 0],
      [3, 0, 0],
      [4, 0, 0],
      [5, 2, 0],
    ]);
    // The formula guard is the CSV encoder's job (lib/exports/csv.ts): the title goes in as typed.
    expect(observatoryCsv(data, "kits-recommandes").rows).toEqual([["=Kit piégé", 5]]);
  });

  it("knows its datasets only", () => {
    expect(isObservatoryDataset("regions")).toBe(true);
    expect(isObservatoryDataset("utilisateurs")).toBe(false);
  });
});
