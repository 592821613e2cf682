import { describe, expect, it } from "vitest";
import {
  buildSearchKey,
  canonicalRedirect,
  enumToSlug,
  parseSlug,
  parseTerritoryParam,
  SEARCH_KEY_SEPARATOR,
  slugToEnum,
  toggleValue,
  toSearchTerms,
  toTerritoryParam,
  withListQuery,
} from "@/lib/directory/directory";

describe("buildSearchKey", () => {
  it("puts the normalised name first, then the texts", () => {
    expect(buildSearchKey("Forez Numérique", "Entreprise de services — numériques")).toBe(
      `forez numerique${SEARCH_KEY_SEPARATOR}entreprise de services numeriques`,
    );
  });

  it("is the name key alone when there is no text", () => {
    expect(buildSearchKey("Les Liens du Furan", "", "  ")).toBe("les liens du furan");
  });

  it("never lets a text contain the separator", () => {
    const key = buildSearchKey("A | B", "c | d");
    expect(key.split(SEARCH_KEY_SEPARATOR)).toEqual(["a b", "c d"]);
  });
});

describe("toSearchTerms", () => {
  it("normalises case, accents and hyphens", () => {
    expect(toSearchTerms("  Saint-ÉTIENNE ")).toEqual({ key: "saint etienne", words: ["saint", "etienne"] });
  });

  it("drops short words when longer ones remain", () => {
    expect(toSearchTerms("Les liens du Furan")?.words).toEqual(["les", "liens", "furan"]);
  });

  it("keeps a query made of short words only as a whole", () => {
    expect(toSearchTerms("de la")).toEqual({ key: "de la", words: ["de la"] });
  });

  it("removes duplicates and caps the number of words", () => {
    const terms = toSearchTerms("alpha alpha beta gamma delta epsilon zeta etaa theta iota kappa");
    expect(terms?.words).toHaveLength(8);
    expect(terms?.words[0]).toBe("alpha");
    expect(terms?.words[1]).toBe("beta");
  });

  it.each([[""], ["   "], [`%_'"`], ["<script>"]])("%j has no terms, or only letters", (query) => {
    const terms = toSearchTerms(query);
    if (terms) expect(terms.key).toMatch(/^[\p{L}\p{N} ]+$/u);
    else expect(terms).toBeNull();
  });
});

describe("enum slugs", () => {
  const kinds = ["ETABLISSEMENT_PUBLIC", "ASSOCIATION"] as const;

  it("round-trips", () => {
    for (const kind of kinds) expect(slugToEnum(kinds, enumToSlug(kind))).toBe(kind);
  });

  it("reads slugs loosely but only known values", () => {
    expect(slugToEnum(kinds, " Etablissement-Public ")).toBe("ETABLISSEMENT_PUBLIC");
    expect(slugToEnum(kinds, "ville")).toBeUndefined();
    expect(slugToEnum(kinds, "")).toBeUndefined();
  });
});

describe("territory parameters", () => {
  it.each([
    ["commune-42218", { kind: "COMMUNE", code: "42218" }],
    ["epci-244200770", { kind: "EPCI", code: "244200770" }],
    ["departement-2a", { kind: "DEPARTEMENT", code: "2A" }],
    ["REGION-84", { kind: "REGION", code: "84" }],
    ["projet-crte-forez_2", { kind: "PROJET", code: "crte-forez_2" }],
  ])("%s", (value, expected) => {
    expect(parseTerritoryParam(value)).toEqual(expected);
  });

  it.each([["42218"], ["ville-42218"], ["commune-"], ["commune-'; DROP"], ["commune-<b>"], [`commune-${"1".repeat(41)}`]])("rejects %j", (value) => {
    expect(parseTerritoryParam(value)).toBeNull();
  });

  it("round-trips", () => {
    expect(toTerritoryParam({ kind: "EPCI", code: "244200770" })).toBe("epci-244200770");
    expect(parseTerritoryParam(toTerritoryParam({ kind: "DEPARTEMENT", code: "2B" }))).toEqual({ kind: "DEPARTEMENT", code: "2B" });
  });
});

describe("parseSlug", () => {
  it("accepts slugs made from names, in any script", () => {
    expect(parseSlug("forez-numerique-demo")).toBe("forez-numerique-demo");
    expect(parseSlug(encodeURIComponent("straße-ev"))).toBe("straße-ev");
  });

  it.each([["%E0%A4%A"], ["a b"], ["-x"], ["../etc"], [`'"`], ["a".repeat(201)]])("rejects %j", (slug) => {
    expect(parseSlug(slug)).toBeNull();
  });
});

describe("withListQuery", () => {
  it("repeats list keys and leaves out empty values and page 1", () => {
    expect(withListQuery("/acteurs", { q: "é & co", type: ["association", "entreprise"], odd: [], page: 1, tri: undefined })).toBe(
      "/acteurs?q=%C3%A9+%26+co&type=association&type=entreprise",
    );
  });

  it("keeps a page above 1", () => {
    expect(withListQuery("/acteurs", { page: 3 })).toBe("/acteurs?page=3");
  });

  it("gives the bare path when nothing is set", () => {
    expect(withListQuery("/alliances", { q: "", mode: [] })).toBe("/alliances");
  });
});

describe("toggleValue", () => {
  it("adds then removes", () => {
    expect(toggleValue([1, 2], 3)).toEqual([1, 2, 3]);
    expect(toggleValue([1, 2, 3], 2)).toEqual([1, 3]);
  });
});

describe("canonicalRedirect", () => {
  it("is null when the query string is already canonical", () => {
    expect(canonicalRedirect({ q: "a b", type: ["association", "entreprise"] }, "/acteurs?q=a+b&type=association&type=entreprise")).toBeNull();
    expect(canonicalRedirect({}, "/acteurs")).toBeNull();
  });

  it("redirects when fields are empty, in another order, or unknown", () => {
    expect(canonicalRedirect({ q: "", tri: "pertinence" }, "/acteurs")).toBe("/acteurs");
    expect(canonicalRedirect({ type: "association", q: "x" }, "/acteurs?q=x&type=association")).toBe("/acteurs?q=x&type=association");
    expect(canonicalRedirect({ q: "x", foo: "bar" }, "/acteurs?q=x")).toBe("/acteurs?q=x");
  });
});
