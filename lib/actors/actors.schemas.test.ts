import { describe, expect, it } from "vitest";
import { actorSearchHref, parseActorSearchParams } from "@/lib/actors/actors.schemas";

describe("parseActorSearchParams", () => {
  it("defaults to everything, by relevance, page 1, as a list", () => {
    expect(parseActorSearchParams({})).toEqual({
      q: "",
      kinds: [],
      sdgs: [],
      modes: [],
      territory: null,
      scope: undefined,
      place: "",
      sort: "pertinence",
      view: "liste",
      mapScale: "departement",
      page: 1,
    });
  });

  it("reads repeated facets, keeps known values only, in a fixed order, without duplicates", () => {
    const state = parseActorSearchParams({
      type: ["entreprise", "association", "ville", "entreprise"],
      odd: ["17", "4", "0", "18", "abc", "4"],
      mode: ["innovation-societale", "MECENAT"],
    });
    expect(state.kinds).toEqual(["ENTREPRISE", "ASSOCIATION"]);
    expect(state.sdgs).toEqual([4, 17]);
    expect(state.modes).toEqual(["MECENAT", "INNOVATION_SOCIETALE"]);
  });

  it("reads the territory, and the scope only with a territory", () => {
    expect(parseActorSearchParams({ territoire: "commune-42218", portee: "autour" })).toMatchObject({
      territory: { kind: "COMMUNE", code: "42218" },
      scope: "autour",
    });
    expect(parseActorSearchParams({ portee: "autour" }).scope).toBeUndefined();
    expect(parseActorSearchParams({ territoire: "commune-42218", portee: "partout" }).scope).toBeUndefined();
  });

  it("forgets the typed place once a territory is chosen", () => {
    expect(parseActorSearchParams({ lieu: "saint", territoire: "commune-42218" }).place).toBe("");
    expect(parseActorSearchParams({ lieu: "  saint  " }).place).toBe("saint");
  });

  it.each([
    [{ q: "a".repeat(500) }],
    [{ q: ["x", "y"], page: ["-4"], tri: "prix", vue: "3d", territoire: '\'; DROP TABLE "Actor"; --' }],
    [{ page: "99999999999999999999", type: Array.from({ length: 500 }, () => "association") }],
    [{ q: "<script>alert(1)</script>", odd: "1e3", mode: "%" }],
  ])("never throws on %j", (raw) => {
    const state = parseActorSearchParams(raw as Record<string, string | string[]>);
    expect(state.page).toBeGreaterThanOrEqual(1);
    expect(state.q.length).toBeLessThanOrEqual(100);
    expect(["pertinence", "nom", "recents"]).toContain(state.sort);
  });

  it("reads sort, view and the map's scale (only on the map)", () => {
    expect(parseActorSearchParams({ tri: "nom", vue: "carte", echelle: "region" })).toMatchObject({ sort: "nom", view: "carte", mapScale: "region" });
    expect(parseActorSearchParams({ echelle: "region" }).mapScale).toBe("departement");
    expect(actorSearchHref(parseActorSearchParams({ vue: "carte", echelle: "region" }))).toBe("/acteurs?vue=carte&echelle=region");
  });
});

describe("actorSearchHref", () => {
  it("writes the canonical URL of a state, and parsing it gives the state back", () => {
    const raw = {
      q: "numérique",
      type: ["association", "entreprise"],
      odd: ["4"],
      mode: "mecenat",
      territoire: "epci-244200770",
      portee: "dedans",
      tri: "nom",
      page: "2",
    };
    const state = parseActorSearchParams(raw);
    const href = actorSearchHref(state);
    expect(href).toBe("/acteurs?q=num%C3%A9rique&type=entreprise&type=association&odd=4&mode=mecenat&territoire=epci-244200770&portee=dedans&tri=nom&page=2");
    const params = new URL(href, "http://x").searchParams;
    const back: Record<string, string[]> = {};
    for (const key of new Set(params.keys())) back[key] = params.getAll(key);
    expect(parseActorSearchParams(back)).toEqual(state);
  });

  it("leaves defaults out", () => {
    expect(actorSearchHref({})).toBe("/acteurs");
    expect(actorSearchHref(parseActorSearchParams({ tri: "pertinence", vue: "liste", page: "1" }))).toBe("/acteurs");
  });
});
