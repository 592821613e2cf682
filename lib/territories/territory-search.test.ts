import { describe, expect, it } from "vitest";
import { findFormerMatch, matchName, parseTerritoryQuery, type SearchableTerritory } from "@/lib/territories/territory-search";

const saintEtienne: SearchableTerritory = {
  code: "42218",
  name: "Saint-Étienne",
  siren: "214202186",
  postalCodes: ["42000", "42100"],
  formerNames: ["Rochetaillée"],
  formerCodes: ["42190"],
  lookupCodes: ["214202186", "42190", "42309", "42000", "42100"],
};

const query = (q: string) => {
  const parsed = parseTerritoryQuery(q);
  if (!parsed) throw new Error(`no query for ${q}`);
  return parsed;
};

describe("parseTerritoryQuery", () => {
  it("keeps the typed key and the one with saint spelled out", () => {
    expect(parseTerritoryQuery("St-Étienne")).toEqual({ keys: ["st etienne", "saint etienne"], code: null });
    expect(parseTerritoryQuery("ste foy")).toEqual({ keys: ["ste foy", "sainte foy"], code: null });
    expect(parseTerritoryQuery("S'Étienne")).toEqual({ keys: ["s etienne", "saint etienne"], code: null });
    expect(parseTerritoryQuery("Lyon")).toEqual({ keys: ["lyon"], code: null });
  });

  it("takes a code candidate (INSEE, SIREN, postal, former code)", () => {
    expect(parseTerritoryQuery("42000")).toEqual({ keys: ["42000"], code: "42000" });
    expect(parseTerritoryQuery(" 2a004 ")).toEqual({ keys: ["2a004"], code: "2A004" });
  });

  it("finds nothing for text without a letter or a digit", () => {
    expect(parseTerritoryQuery(`%_'"`)).toBeNull();
    expect(parseTerritoryQuery("   ")).toBeNull();
  });
});

describe("matchName", () => {
  it("ranks exact, prefix, inside, none, over every key", () => {
    expect(matchName("saint etienne", ["st etienne", "saint etienne"])).toBe(0);
    expect(matchName("saint etienne de cuines", ["saint etienne"])).toBe(1);
    expect(matchName("la tour saint etienne", ["saint etienne"])).toBe(2);
    expect(matchName("lyon", ["saint etienne"])).toBe(3);
  });

  it("matches a short key at the start only, as the SQL does", () => {
    expect(matchName("lyon", ["ly"])).toBe(1);
    expect(matchName("ally", ["ly"])).toBe(3);
  });
});

describe("findFormerMatch", () => {
  it("says nothing when the current name, code, SIREN or postal code matched", () => {
    for (const q of ["saint etienne", "st etienne", "42218", "214202186", "42000", "etienne"]) {
      expect(findFormerMatch(saintEtienne, query(q)), q).toBeNull();
    }
  });

  it("names the former commune found by its name", () => {
    expect(findFormerMatch(saintEtienne, query("rochetaillee"))).toEqual({ name: "Rochetaillée", code: null });
    expect(findFormerMatch(saintEtienne, query("Rochetaill"))).toEqual({ name: "Rochetaillée", code: null });
  });

  it("names the former commune found by its code, or gives the code alone", () => {
    expect(findFormerMatch(saintEtienne, query("42190"))).toEqual({ name: "Rochetaillée", code: "42190" });
    expect(findFormerMatch(saintEtienne, query("42309"))).toEqual({ name: null, code: "42309" });
  });

  it("prefers the best matching former name", () => {
    const commune = { ...saintEtienne, name: "Valserhône", formerNames: ["Lancrans", "Bellegarde-sur-Valserine"], formerCodes: ["01205", "01033"] };
    expect(findFormerMatch(commune, query("bellegarde-sur-valserine"))).toEqual({ name: "Bellegarde-sur-Valserine", code: null });
    expect(findFormerMatch(commune, query("lancr"))).toEqual({ name: "Lancrans", code: null });
  });
});
