import { describe, expect, it } from "vitest";
import { anonymousRoutePath, cachedRoutePath, searchParamsFromToken, searchToken, servedRoutePath } from "./cached-routes";

describe("search tokens", () => {
  it("carry a query string, repeated keys and any characters, there and back", () => {
    const query = new URLSearchParams("q=jardins+partagés&odd=3&odd=11&territoire=commune%3A42218&x=%2F..%2F%25");
    expect(searchParamsFromToken(searchToken(query))).toEqual({
      q: "jardins partagés",
      odd: ["3", "11"],
      territoire: "commune:42218",
      x: "/../%",
    });
  });

  it("are path-safe, and 'q' alone is the search without parameters", () => {
    expect(searchToken(new URLSearchParams("q=a/b?c#d"))).toMatch(/^q[A-Za-z0-9_-]+$/);
    expect(searchToken(new URLSearchParams())).toBe("q");
    expect(searchParamsFromToken("q")).toEqual({});
  });

  it("refuse what is not a token", () => {
    expect(searchParamsFromToken("")).toBeNull();
    expect(searchParamsFromToken("abc")).toBeNull();
    expect(searchParamsFromToken("q%2F")).toBeNull();
    expect(searchParamsFromToken("q==")).toBeNull();
  });

  it("serve the pages without a parameter, whatever their query, by their cached route", () => {
    expect(cachedRoutePath("/", new URLSearchParams())).toBe("/accueil/actuel");
    expect(cachedRoutePath("/", new URLSearchParams("utm_source=lettre"))).toBe("/accueil/actuel");
    expect(cachedRoutePath("/donnees", new URLSearchParams())).toBe("/donnees/actuel");
    expect(cachedRoutePath("/odd", new URLSearchParams())).toBe("/odd/liste/actuel");
    expect(cachedRoutePath("/odd/17", new URLSearchParams())).toBeNull();
    expect(cachedRoutePath("/donnees/actuel", new URLSearchParams())).toBeNull();
  });

  it("are used for the three directories and the territory search only", () => {
    expect(cachedRoutePath("/acteurs", new URLSearchParams("q=eau"))).toBe(`/acteurs/recherche/${searchToken(new URLSearchParams("q=eau"))}`);
    expect(cachedRoutePath("/alliances", new URLSearchParams())).toBe("/alliances/recherche/q");
    expect(cachedRoutePath("/ressources", new URLSearchParams("page=2"))).toMatch(/^\/ressources\/recherche\/q/);
    expect(cachedRoutePath("/acteurs/une-association", new URLSearchParams())).toBeNull();
    expect(cachedRoutePath("/territoires", new URLSearchParams("q=loire"))).toBe(`/territoires/recherche/${searchToken(new URLSearchParams("q=loire"))}`);
    expect(cachedRoutePath("/territoires/commune/42218", new URLSearchParams())).toBeNull();
  });
});

describe("anonymousRoutePath", () => {
  it("serves kit and learning path pages to visitors without a session by their cached route", () => {
    expect(anonymousRoutePath("/ressources/cible-17-1")).toBe("/ressources/cible-17-1/anonyme");
    expect(anonymousRoutePath("/ressources/parcours/parcours-en-7-etapes")).toBe("/ressources/parcours/parcours-en-7-etapes/anonyme");
  });

  it("leaves every other address, and kits slugged like a sibling route, as they are", () => {
    for (const path of [
      "/ressources",
      "/ressources/recherche",
      "/ressources/parcours",
      "/ressources/parcours/p/anonyme",
      "/ressources/a/anonyme",
      "/acteurs/a",
      "/",
    ]) {
      expect(anonymousRoutePath(path)).toBeNull();
    }
  });
});

describe("servedRoutePath", () => {
  it("serves kit pages by their anonymous route only to visitors without a session, everything else alike", () => {
    expect(servedRoutePath("/ressources/cible-17-1", new URLSearchParams(), false)).toBe("/ressources/cible-17-1/anonyme");
    expect(servedRoutePath("/ressources/cible-17-1", new URLSearchParams(), true)).toBeNull();
    expect(servedRoutePath("/", new URLSearchParams(), true)).toBe("/accueil/actuel");
    expect(servedRoutePath("/", new URLSearchParams(), false)).toBe("/accueil/actuel");
    expect(servedRoutePath("/acteurs/une-association", new URLSearchParams(), false)).toBeNull();
  });
});
