import { describe, expect, it } from "vitest";
import { isFilteredKitSearch, kitSearchHref, parseKitSearchParams } from "./kits.schemas";

describe("parseKitSearchParams", () => {
  it("reads every facet from the URL", () => {
    const state = parseKitSearchParams({
      q: "  mécénat ",
      categorie: ["outil", "methode"],
      public: "entreprise",
      niveau: ["3", "1"],
      theme: "inclusion-numerique",
      cible: ["17.17", "17.9"],
      tri: "recents",
      page: "2",
    });
    expect(state).toEqual({
      q: "mécénat",
      // Lists come back in the fixed order of their facet (M.E.D.O.C., levels, official targets).
      categories: ["METHODE", "OUTIL"],
      audiences: ["ENTREPRISE"],
      levels: [1, 3],
      themes: ["INCLUSION_NUMERIQUE"],
      targets: ["17.9", "17.17"],
      sort: "recents",
      page: 2,
    });
  });

  it("drops unknown and malformed values instead of failing", () => {
    const state = parseKitSearchParams({
      categorie: ["recette", "donnees"],
      niveau: ["0", "5", "deux", "2"],
      cible: ["17.20", "1.1", "17.1"],
      tri: "hasard",
      page: "-3",
      public: "martien",
    });
    expect(state.categories).toEqual(["DONNEES"]);
    expect(state.levels).toEqual([2]);
    expect(state.targets).toEqual(["17.1"]);
    expect(state.audiences).toEqual([]);
    expect(state.sort).toBe("pertinence");
    expect(state.page).toBe(1);
  });

  it("gives defaults for an empty URL", () => {
    expect(parseKitSearchParams({})).toEqual({ q: "", categories: [], audiences: [], levels: [], themes: [], targets: [], sort: "pertinence", page: 1 });
  });
});

describe("kitSearchHref", () => {
  it("writes a canonical URL that parses back to the same state", () => {
    const state = parseKitSearchParams({ q: "alliance", categorie: "competence", niveau: "4", theme: "mobilite", cible: "17.17", tri: "titre", page: "3" });
    const href = kitSearchHref(state);
    expect(href).toBe("/ressources?q=alliance&categorie=competence&niveau=4&theme=mobilite&cible=17.17&tri=titre&page=3");
    const query = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parseKitSearchParams(query)).toEqual(state);
  });

  it("leaves defaults out", () => {
    expect(kitSearchHref({ sort: "pertinence", page: 1 })).toBe("/ressources");
  });

  it("tells a filtered search from the whole catalogue", () => {
    expect(isFilteredKitSearch(parseKitSearchParams({ tri: "titre", page: "2" }))).toBe(false);
    expect(isFilteredKitSearch(parseKitSearchParams({ niveau: "1" }))).toBe(true);
  });
});
