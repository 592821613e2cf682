import { describe, expect, it } from "vitest";
import { escapeLike, expandSaintAbbreviations, toSearchKey } from "@/lib/text/search-key";

describe("toSearchKey", () => {
  it.each([
    ["Saint-Étienne", "saint etienne"],
    ["saint etienne", "saint etienne"],
    ["  SAINT   ÉTIENNE  ", "saint etienne"],
    ["L'Haÿ-les-Roses", "l hay les roses"],
    ["L’Haÿ-les-Roses", "l hay les roses"],
    ["Œuvre", "oeuvre"],
    ["Cœur", "coeur"],
    ["Lætitia", "laetitia"],
    ["Auvergne-Rhône-Alpes", "auvergne rhone alpes"],
    ["Provence-Alpes-Côte d'Azur", "provence alpes cote d azur"],
    ["Paris 15e Arrondissement", "paris 15e arrondissement"],
    ["2A004", "2a004"],
  ])("%s → %s", (input, expected) => {
    expect(toSearchKey(input)).toBe(expected);
  });

  it("gives the same key to spellings that differ only by accents, case and separators", () => {
    expect(toSearchKey("Saint-Étienne")).toBe(toSearchKey("SAINT ETIENNE"));
    expect(toSearchKey("Pays de la Loire")).toBe(toSearchKey("pays-de-la-loire"));
  });

  it("reduces input with no letter or digit to an empty key", () => {
    expect(toSearchKey(`%_'"`)).toBe("");
    expect(toSearchKey("🙂🙂")).toBe("");
    expect(toSearchKey("")).toBe("");
  });

  it("keeps long input whole", () => {
    expect(toSearchKey("a".repeat(500))).toHaveLength(500);
  });
});

describe("escapeLike", () => {
  it("escapes the LIKE wildcards and the escape character itself", () => {
    expect(escapeLike("%_\\")).toBe("\\%\\_\\\\");
  });

  it("leaves ordinary text alone", () => {
    expect(escapeLike("saint etienne")).toBe("saint etienne");
  });

  it("escapes every occurrence", () => {
    expect(escapeLike("100%_sur_100%")).toBe("100\\%\\_sur\\_100\\%");
  });
});

describe("expandSaintAbbreviations", () => {
  it.each([
    ["st etienne", "saint etienne"],
    ["ste foy", "sainte foy"],
    ["s etienne", "saint etienne"],
    ["stes maries de la mer", "saintes maries de la mer"],
    ["sts geosmes", "saints geosmes"],
    ["villers st paul", "villers saint paul"],
    ["strasbourg", "strasbourg"],
    ["est", "est"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(expandSaintAbbreviations(input)).toBe(expected);
  });

  it("expands what toSearchKey makes of the usual spellings", () => {
    expect(expandSaintAbbreviations(toSearchKey("St-Étienne"))).toBe("saint etienne");
    expect(expandSaintAbbreviations(toSearchKey("S'Étienne"))).toBe("saint etienne");
    expect(expandSaintAbbreviations(toSearchKey("Ste. Foy"))).toBe("sainte foy");
  });
});
