import { describe, expect, it } from "vitest";
import { MAX_PAGE, legacyTerritoryPageTarget, parsePathPageNumber } from "./page-url";

const target = (path: string) => {
  const url = new URL(path, "http://localhost");
  const found = legacyTerritoryPageTarget(url.pathname, url.searchParams);
  return found && `${found.pathname}${found.search}`;
};

describe("parsePathPageNumber", () => {
  it("reads plain page numbers up to the bound, and nothing else", () => {
    expect(parsePathPageNumber("2")).toBe(2);
    expect(parsePathPageNumber(String(MAX_PAGE))).toBe(MAX_PAGE);
    for (const raw of [String(MAX_PAGE + 1), "0", "02", "1e3", "2.0", "-2", "", "deux"]) expect(parsePathPageNumber(raw)).toBeNull();
  });
});

describe("legacyTerritoryPageTarget", () => {
  it("moves the page number from the query into the path", () => {
    expect(target("/territoires/epci/244200770?page=2")).toBe("/territoires/epci/244200770/page/2");
  });

  it("sends page 1 and unreadable numbers to the territory's own address", () => {
    expect(target("/territoires/epci/244200770?page=1")).toBe("/territoires/epci/244200770");
    expect(target("/territoires/epci/244200770?page=abc")).toBe("/territoires/epci/244200770");
    expect(target("/territoires/epci/244200770?page=0")).toBe("/territoires/epci/244200770");
    expect(target(`/territoires/epci/244200770?page=${MAX_PAGE + 1}`)).toBe("/territoires/epci/244200770");
  });

  it("keeps the other parameters", () => {
    expect(target("/territoires/commune/42218?page=3&utm_source=x")).toBe("/territoires/commune/42218/page/3?utm_source=x");
  });

  it("leaves other addresses alone", () => {
    expect(target("/territoires?page=2")).toBeNull();
    expect(target("/territoires/epci/244200770")).toBeNull();
    expect(target("/territoires/epci/244200770/page/2?page=3")).toBeNull();
    expect(target("/acteurs?page=2")).toBeNull();
  });
});
