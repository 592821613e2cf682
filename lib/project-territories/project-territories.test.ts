import { describe, expect, it } from "vitest";
import { isProjectCode, isProjectMemberCandidate, listInSentence, normaliseProjectCode, parseCodeList } from "./project-territories";
import { parseProjectId, projectTerritorySchema } from "./project-territories.schemas";

describe("project codes", () => {
  it("upper-cases and trims", () => {
    expect(normaliseProjectCode("  crte-42-001 ")).toBe("CRTE-42-001");
  });

  it.each([
    ["CRTE-42-001", true],
    ["PTER_2026", true],
    ["-CRTE", false],
    ["CRTE 42", false],
    ["CRTÉ-42", false],
    ["A".repeat(41), false],
    ["", false],
  ])("%j → %s", (code, expected) => {
    expect(isProjectCode(code)).toBe(expected);
  });
});

describe("projectTerritorySchema", () => {
  it("normalises the code and drops an empty description", () => {
    expect(projectTerritorySchema.parse({ name: " CRTE du Forez ", code: "crte-42-001", description: "  " })).toEqual({
      name: "CRTE du Forez",
      code: "CRTE-42-001",
      description: null,
    });
  });

  it("explains a wrong code in French", () => {
    const result = projectTerritorySchema.safeParse({ name: "CRTE", code: "crte 42" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Le code ne peut contenir que des lettres sans accents, des chiffres, des tirets et des soulignés (40 caractères au plus).",
    ]);
  });

  it("requires a name and a code", () => {
    const result = projectTerritorySchema.safeParse({ name: " ", code: " " });
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual(["Indiquez le nom du territoire de projet.", "Indiquez un code."]);
  });
});

describe("members and ids", () => {
  it("accepts EPCI and communes, not arrondissements nor other kinds", () => {
    expect(isProjectMemberCandidate({ kind: "EPCI", isArrondissement: false })).toBe(true);
    expect(isProjectMemberCandidate({ kind: "COMMUNE", isArrondissement: false })).toBe(true);
    expect(isProjectMemberCandidate({ kind: "COMMUNE", isArrondissement: true })).toBe(false);
    expect(isProjectMemberCandidate({ kind: "DEPARTEMENT", isArrondissement: false })).toBe(false);
    expect(isProjectMemberCandidate({ kind: "PROJET", isArrondissement: false })).toBe(false);
  });

  it("reads a route id", () => {
    expect(parseProjectId("42")).toBe(42);
    for (const raw of ["0", "-1", "4.2", "1e3", "abc", "99999999999"]) expect(parseProjectId(raw)).toBeNull();
  });
});

describe("parseCodeList", () => {
  it("reads INSEE codes and SIREN separated by lines, commas, semicolons or spaces, each once", () => {
    expect(parseCodeList("42218\n 2a004 ; 244200770,42218  99999\tabc 4221")).toEqual({
      codes: [
        { kind: "COMMUNE", code: "42218" },
        { kind: "COMMUNE", code: "2A004" },
        { kind: "EPCI", code: "244200770" },
        { kind: "COMMUNE", code: "99999" },
      ],
      invalid: ["abc", "4221"],
    });
    expect(parseCodeList("  \n ")).toEqual({ codes: [], invalid: [] });
  });
});

describe("listInSentence", () => {
  it("joins with « et », and cuts a long list", () => {
    expect(listInSentence([])).toBe("");
    expect(listInSentence(["Loire"])).toBe("Loire");
    expect(listInSentence(["Loire", "Rhône", "Ain"])).toBe("Loire, Rhône et Ain");
    expect(listInSentence(["a", "b", "c", "d"], 2)).toBe("a, b et 2 autres");
  });
});
