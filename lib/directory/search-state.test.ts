import { describe, expect, it } from "vitest";
import { withListQuery } from "@/lib/directory/directory";
import { codeFacet, defineDirectorySearch, enumFacet, facetShape, readFacets, writeFacets } from "@/lib/directory/search-state";

const facets = {
  colours: enumFacet("couleur", ["BLEU_CIEL", "ROUGE"] as const),
  sizes: codeFacet("taille", [1, 2, 3]),
};
const search = defineDirectorySearch((query) => withListQuery("/essai", query), facets);

describe("facet helpers", () => {
  it("name the parameters in the facets' order, read them back under the state's names, and write slugs", () => {
    expect(Object.keys(facetShape(facets))).toEqual(["couleur", "taille"]);
    expect(readFacets(facets, { couleur: ["ROUGE"], taille: [2], autre: "x" })).toEqual({ colours: ["ROUGE"], sizes: [2] });
    expect(writeFacets(facets, { colours: ["BLEU_CIEL"] })).toEqual({ couleur: ["bleu-ciel"], taille: [] });
  });
});

describe("defineDirectorySearch", () => {
  it("parses facets (known values, in list order) beside the common fields", () => {
    const state = search.parse({ couleur: ["rouge", "vert", "bleu-ciel"], taille: ["3", "9", "1"], territoire: "commune-42218", portee: "autour", lieu: "st" });
    expect(state).toEqual({
      q: "",
      colours: ["BLEU_CIEL", "ROUGE"],
      sizes: [1, 3],
      territory: { kind: "COMMUNE", code: "42218" },
      scope: "autour",
      place: "",
      sort: "pertinence",
      view: "liste",
      mapScale: "departement",
      page: 1,
    });
  });

  it("writes the facets between the text and the territory, leaves defaults out, and round-trips", () => {
    const state = search.parse({ q: "bois", taille: "2", couleur: "rouge", vue: "carte", echelle: "region", page: "3" });
    expect(search.href(state)).toBe("/essai?q=bois&couleur=rouge&taille=2&vue=carte&echelle=region&page=3");
    expect(search.href({})).toBe("/essai");
    const params = new URL(search.href(state), "http://x").searchParams;
    const back: Record<string, string[]> = {};
    for (const key of new Set(params.keys())) back[key] = params.getAll(key);
    expect(search.parse(back)).toEqual(state);
  });

  it("calls a search filtered when a facet, the text or a territory narrows it, not for sort, view or page", () => {
    expect(search.isFiltered(search.parse({ tri: "nom", vue: "carte", page: "2" }))).toBe(false);
    expect(search.isFiltered(search.parse({ taille: "1" }))).toBe(true);
    expect(search.isFiltered(search.parse({ q: "bois" }))).toBe(true);
    expect(search.isFiltered(search.parse({ territoire: "region-84" }))).toBe(true);
  });
});
