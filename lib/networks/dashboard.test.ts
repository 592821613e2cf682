import { describe, expect, it } from "vitest";
import { countTeamsByArea, filterTeamsByArea, latestByActor, teamAreas, type TeamTerritory } from "./dashboard";

const ara = { code: "84", name: "Auvergne-Rhône-Alpes" };
const loire = { code: "42", name: "Loire" };
const commune: TeamTerritory = { kind: "COMMUNE", code: "42218", name: "Saint-Étienne", region: ara, departement: loire };
const pdl: TeamTerritory = { kind: "REGION", code: "52", name: "Pays de la Loire", region: null, departement: null };
const dep: TeamTerritory = { kind: "DEPARTEMENT", code: "42", name: "Loire", region: ara, departement: null };

describe("teamAreas", () => {
  it("takes the région of a commune and a région territory as itself", () => {
    expect(teamAreas([commune, pdl], "region")).toEqual([ara, { code: "52", name: "Pays de la Loire" }]);
  });
  it("gives no département for a région-wide team, and merges duplicates", () => {
    expect(teamAreas([pdl], "departement")).toEqual([]);
    expect(teamAreas([commune, dep], "departement")).toEqual([loire]);
  });
});

describe("countTeamsByArea / filterTeamsByArea", () => {
  const teams = [
    { name: "a", territories: [commune] },
    { name: "b", territories: [dep] },
    { name: "c", territories: [pdl] },
    { name: "d", territories: [] },
  ];
  it("counts each team once per area, largest first", () => {
    expect(countTeamsByArea(teams, "region")).toEqual([
      { ...ara, count: 2 },
      { code: "52", name: "Pays de la Loire", count: 1 },
    ]);
  });
  it("keeps the teams of the selected area, or all without one", () => {
    expect(filterTeamsByArea(teams, "region", "84").map((team) => team.name)).toEqual(["a", "b"]);
    expect(filterTeamsByArea(teams, "region", null)).toHaveLength(4);
    expect(filterTeamsByArea(teams, "region", "11")).toEqual([]);
  });
});

describe("latestByActor", () => {
  it("keeps the first row of each organisation", () => {
    const rows = [
      { actorId: "x", n: 1 },
      { actorId: "y", n: 2 },
      { actorId: "x", n: 3 },
    ];
    expect([...latestByActor(rows).values()].map((row) => row.n)).toEqual([1, 2]);
  });
});
