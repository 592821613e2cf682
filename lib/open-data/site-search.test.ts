import { describe, expect, it } from "vitest";
import { actorSearch } from "@/lib/actors/actors.schemas";
import { allianceSearch } from "@/lib/alliances/alliances.schemas";
import { toKitSearchQuery } from "@/lib/kits/kits.schemas";
import { DATASETS } from "./datasets";
import { parseQuery } from "./query-params";
import { csvOfSearch } from "./site-search";

function apiQuery(href: string) {
  const url = new URL(href, "https://odd17.example");
  return { pathname: url.pathname, params: url.searchParams };
}

describe("csvOfSearch", () => {
  it("gives the actors' API every filter of the directory page, and none of the page's own parameters", () => {
    const state = actorSearch.parse({
      q: "jardins partagés",
      type: ["association", "entreprise"],
      odd: ["13", "4"],
      mode: "mecenat",
      territoire: "departement-42",
      portee: "dedans",
      tri: "nom",
      vue: "carte",
      echelle: "region",
      page: "3",
    });
    const { pathname, params } = apiQuery(csvOfSearch("acteurs", actorSearch.toQuery(state)));
    expect(pathname).toBe("/api/v1/acteurs");
    expect(params.get("format")).toBe("csv");
    for (const key of ["tri", "vue", "echelle", "page", "lieu"]) expect(params.has(key)).toBe(false);
    const parsed = parseQuery(DATASETS.acteurs.query, params);
    expect(parsed).toMatchObject({ ok: true, data: { q: "jardins partagés", territoire: { kind: "DEPARTEMENT", code: "42" }, format: "csv" } });
    expect(params.getAll("type").sort()).toEqual(["association", "entreprise"]);
    expect(params.getAll("odd").sort()).toEqual(["13", "4"]);
  });

  it("gives the alliances' API the stages, targets and partner kinds", () => {
    const state = allianceSearch.parse({ q: "eau", mode: "mecenat", etape: "en-cours", cible: "17.17", partenaire: "association", territoire: "region-84" });
    const { params } = apiQuery(csvOfSearch("alliances", allianceSearch.toQuery(state)));
    const parsed = parseQuery(DATASETS.alliances.query, params);
    expect(parsed.ok).toBe(true);
    expect(params.get("cible")).toBe("17.17");
    expect(params.get("territoire")).toBe("region-84");
  });

  it("gives the kits' API the resource centre's facets", () => {
    const { params } = apiQuery(
      csvOfSearch("kits", toKitSearchQuery({ q: "convention", categories: ["METHODE"], levels: [2], targets: ["17.17"], sort: "titre", page: 2 })),
    );
    const parsed = parseQuery(DATASETS.kits.query, params);
    expect(parsed).toMatchObject({ ok: true, data: { q: "convention" } });
    expect(params.get("categorie")).toBe("methode");
    expect(params.has("tri")).toBe(false);
  });
});
