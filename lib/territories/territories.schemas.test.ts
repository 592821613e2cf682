import { describe, expect, it } from "vitest";
import { parseTerritoryRouteParams, parseTerritorySearchParams, SEARCH_QUERY_MAX_LENGTH } from "@/lib/territories/territories.schemas";

describe("parseTerritorySearchParams", () => {
  it("defaults to an empty query on page 1 with no kind", () => {
    expect(parseTerritorySearchParams({})).toEqual({ q: "", page: 1, kind: undefined });
  });

  it("trims the query and keeps its case and accents", () => {
    expect(parseTerritorySearchParams({ q: "  Saint-Étienne  " }).q).toBe("Saint-Étienne");
  });

  it("cuts a long query instead of failing", () => {
    const { q } = parseTerritorySearchParams({ q: `  ${"a".repeat(500)}` });
    expect(q).toHaveLength(SEARCH_QUERY_MAX_LENGTH);
  });

  it("never splits an emoji when cutting", () => {
    const { q } = parseTerritorySearchParams({ q: "🙂".repeat(150) });
    expect(Array.from(q)).toHaveLength(SEARCH_QUERY_MAX_LENGTH);
    expect(q).toBe("🙂".repeat(SEARCH_QUERY_MAX_LENGTH));
  });

  it("keeps odd characters as typed", () => {
    expect(parseTerritorySearchParams({ q: `%_'"` }).q).toBe(`%_'"`);
  });

  it.each([
    ["2", 2],
    ["0", 1],
    ["-3", 1],
    ["1.5", 1],
    ["abc", 1],
    ["", 1],
    ["1e400", 1],
    ["99999999999", 1],
  ])("reads page %j as %i", (page, expected) => {
    expect(parseTerritorySearchParams({ page }).page).toBe(expected);
  });

  it("takes the first of repeated parameters", () => {
    expect(parseTerritorySearchParams({ q: ["lyon", "paris"], page: ["3", "4"] })).toMatchObject({ q: "lyon", page: 3 });
  });

  it("accepts the five kind slugs and ignores anything else", () => {
    expect(parseTerritorySearchParams({ kind: "epci" }).kind).toBe("epci");
    expect(parseTerritorySearchParams({ kind: "EPCI" }).kind).toBeUndefined();
    expect(parseTerritorySearchParams({ kind: "ville" }).kind).toBeUndefined();
  });
});

describe("parseTerritoryRouteParams", () => {
  it("maps the slug to the kind", () => {
    expect(parseTerritoryRouteParams({ kind: "commune", code: "42218" })).toEqual({ kind: "COMMUNE", code: "42218" });
    expect(parseTerritoryRouteParams({ kind: "commune", code: "2A004" })).toEqual({ kind: "COMMUNE", code: "2A004" });
  });

  it("refuses unknown kinds and impossible codes", () => {
    expect(parseTerritoryRouteParams({ kind: "ville", code: "42218" })).toBeNull();
    expect(parseTerritoryRouteParams({ kind: "Commune", code: "42218" })).toBeNull();
    expect(parseTerritoryRouteParams({ kind: "commune", code: "" })).toBeNull();
    expect(parseTerritoryRouteParams({ kind: "commune", code: "42 218" })).toBeNull();
    expect(parseTerritoryRouteParams({ kind: "commune", code: "%27%22" })).toBeNull();
    expect(parseTerritoryRouteParams({ kind: "commune", code: "1".repeat(41) })).toBeNull();
  });
});
