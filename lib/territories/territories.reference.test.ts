import { describe, expect, it } from "vitest";
import { buildReference } from "./territories.reference";

const input = {
  regions: [
    { code: "84", nom: "Auvergne-Rhône-Alpes", zone: "metro" },
    { code: "987", nom: "Polynésie française", zone: "com" },
  ],
  departements: [
    { code: "42", nom: "Loire", region: "84", zone: "metro" },
    { code: "43", nom: "Haute-Loire", region: "84", zone: "metro" },
    { code: "987", nom: "Polynésie française", region: "987", zone: "com" },
  ],
  communes: [
    {
      code: "42218",
      nom: "Saint-Étienne",
      type: "commune-actuelle",
      departement: "42",
      region: "84",
      population: 170_000,
      codesPostaux: ["42000", "42100"],
      siren: "214202186",
      anciensCodes: ["42190", "42309"],
    },
    { code: "42190", nom: "Rochetaillée", type: "commune-associee", chefLieu: "42218", departement: "42", region: "84" },
    { code: "42218", nom: "Saint-Étienne", type: "commune-deleguee", chefLieu: "42218", departement: "42", region: "84" },
    { code: "42095", nom: "Firminy", type: "commune-actuelle", departement: "42", region: "84", population: 17_000 },
    { code: "43001", nom: "Aiguilhe", type: "commune-actuelle", departement: "43", region: "84", population: 1_000 },
    { code: "42999", nom: "Ancienne commune", type: "commune-deleguee", departement: "42", region: "84", population: 10 },
    { code: "69381", nom: "Lyon 1er Arrondissement", type: "arrondissement-municipal", commune: "69123", departement: "69", region: "84", population: 30_000 },
    { code: "98735", nom: "Papeete", type: "commune-actuelle", departement: "987", region: "987", population: 26_000 },
  ],
  epci: [
    {
      code: "244200770",
      nom: "Saint-Étienne Métropole",
      type: "METRO",
      populationMunicipale: 187_000,
      membres: [{ code: "42218" }, { code: "42095" }, { code: "43001" }],
    },
    { code: "200000001", nom: "CC Inconnue", type: "XX", membres: [{ code: "00000" }] },
    { code: "200057867", nom: "Plaine Commune", type: "EPT", populationMunicipale: 450_000, membres: [{ code: "42095" }] },
  ],
};

describe("buildReference", () => {
  const reference = buildReference(input);

  it("keeps the régions and départements, not the overseas collectivités", () => {
    expect(reference.regions.map((r) => r.code)).toEqual(["84"]);
    expect(reference.departements.map((d) => d.code)).toEqual(["42", "43"]);
  });

  it("imports current communes only, without parents for those of an overseas collectivité", () => {
    expect(reference.communes.map((c) => c.code)).toEqual(["42218", "42095", "43001", "98735"]);
    expect(reference.communes.find((c) => c.code === "98735")).toMatchObject({ departementCode: null, regionCode: null });
  });

  it("normalises names for search and keeps postal codes", () => {
    expect(reference.communes[1]).toMatchObject({ searchKey: "firminy", formerNames: [], formerCodes: [], formerKeys: "", lookupCodes: [] });
    expect(reference.communes[0]).toMatchObject({ postalCodes: ["42000", "42100"], departementCode: "42", regionCode: "84" });
  });

  it("gives a commune the names and codes of the communes déléguées and associées it absorbed", () => {
    // The déléguée that kept the current name adds nothing; former codes without a name still find it.
    expect(reference.communes[0]).toMatchObject({
      searchKey: "saint etienne",
      formerKeys: "|rochetaillee|",
      formerNames: ["Rochetaillée"],
      formerCodes: ["42190"],
      lookupCodes: ["214202186", "42190", "42309", "42000", "42100"],
    });
    expect(reference.communes.map((c) => c.code)).not.toContain("42190");
  });

  it("sums populations of départements and régions from their communes", () => {
    expect(reference.departements.find((d) => d.code === "42")?.population).toBe(187_000);
    expect(reference.regions[0].population).toBe(188_000);
  });

  it("attaches arrondissements municipaux to their commune", () => {
    expect(reference.arrondissements).toEqual([expect.objectContaining({ code: "69381", communeCode: "69123", isArrondissement: true, kind: "COMMUNE" })]);
  });

  it("places an EPCI in the département holding most of its population", () => {
    expect(reference.epcis[0]).toMatchObject({ epciType: "METRO", departementCode: "42", regionCode: "84", population: 187_000 });
    expect(reference.epciMembers.filter((m) => m.epciCode === "244200770").map((m) => m.communeCode)).toEqual(["42218", "42095", "43001"]);
  });

  it("keeps an établissement public territorial (ept.json) as an EPCI of type EPT", () => {
    expect(reference.epcis[2]).toMatchObject({ kind: "EPCI", code: "200057867", epciType: "EPT", siren: "200057867", lookupCodes: [] });
    expect(reference.epciMembers.filter((m) => m.epciCode === "200057867").map((m) => m.communeCode)).toEqual(["42095"]);
  });

  it("ignores unknown members and unknown EPCI types instead of failing", () => {
    expect(reference.epcis[1]).toMatchObject({ epciType: null, departementCode: null, population: 0 });
    expect(reference.epciMembers.some((m) => m.epciCode === "200000001")).toBe(false);
  });
});
