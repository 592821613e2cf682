import { describe, expect, it } from "vitest";
import {
  diagnosticStartFormSchema,
  diagnosticStartSchema,
  parseStep,
  parseTerritoryRef,
  ratingSchema,
  reopenSchema,
  stepEnvelopeSchema,
} from "./diagnostics.schemas";

describe("parseTerritoryRef", () => {
  it("reads kind:code as linked from territory pages, and the directories' kind-code", () => {
    expect(parseTerritoryRef("commune:42218")).toEqual({ kind: "COMMUNE", code: "42218" });
    expect(parseTerritoryRef("departement-2a")).toEqual({ kind: "DEPARTEMENT", code: "2A" });
    expect(parseTerritoryRef(["epci:244200770", "x"])).toEqual({ kind: "EPCI", code: "244200770" });
  });

  it("gives null for anything else", () => {
    for (const value of [undefined, "", "42218", "planete:1", "commune:", "commune:<script>", "x".repeat(80)]) {
      expect(parseTerritoryRef(value), String(value)).toBeNull();
    }
  });
});

describe("parseStep", () => {
  it("keeps the step within the questionnaire", () => {
    expect(parseStep("3", 6)).toBe(3);
    expect(parseStep(undefined, 6)).toBe(1);
    expect(parseStep("0", 6)).toBe(1);
    expect(parseStep("2.5", 6)).toBe(1);
    expect(parseStep("99", 6)).toBe(6);
  });
});

describe("form schemas", () => {
  it("asks for an organisation and a territory in French", () => {
    const result = diagnosticStartSchema.safeParse({ actorId: "", territoryId: "" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toContain("Choisissez l'organisation qui mène le diagnostic.");
    expect(messages).toContain("Choisissez le territoire diagnostiqué.");
  });

  it("start form: the territory's error comes with the organisation's, in one answer", () => {
    const errors = (input: Record<string, string>) =>
      Object.fromEntries(diagnosticStartFormSchema.safeParse(input).error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(errors({ actorId: "", territoireSaisi: "saint-eti" })).toEqual({
      actorId: "Choisissez l'organisation qui mène le diagnostic.",
      territoryId: "Choisissez le territoire dans la liste des suggestions.",
    });
    expect(errors({ actorId: "", territoireSaisi: "  " })).toEqual({
      actorId: "Choisissez l'organisation qui mène le diagnostic.",
      territoryId: "Choisissez le territoire diagnostiqué.",
    });
    expect(errors({ actorId: "a1", territoire: "planete-1" })).toEqual({ territoryId: "Ce territoire est introuvable." });
    expect(errors({ actorId: "a1", territoryId: "-3" })).toEqual({ territoryId: "Choisissez le territoire diagnostiqué." });
  });

  it("start form: the radios' id, or the combobox's reference to resolve", () => {
    expect(diagnosticStartFormSchema.parse({ actorId: "a1", territoryId: "42", territoire: "commune-1" })).toEqual({ actorId: "a1", territory: { id: 42 } });
    expect(diagnosticStartFormSchema.parse({ actorId: "a1", territoire: "commune-42218", territoireSaisi: "Saint-Étienne" })).toEqual({
      actorId: "a1",
      territory: { ref: { kind: "COMMUNE", code: "42218" } },
    });
  });

  it("accepts ratings 1 to 5 only", () => {
    expect(ratingSchema.parse({ id: "d1", rating: "5", comment: " ok " })).toEqual({ id: "d1", rating: 5, comment: "ok", stage: "COMPLETION" });
    for (const rating of ["0", "6", "2.5", "", "abc"]) {
      expect(ratingSchema.safeParse({ id: "d1", rating }).error?.issues[0].message, rating).toBe("Choisissez une note de 1 à 5.");
    }
  });

  it("keeps the follow-up stage, and reads anything else as the opinion at completion", () => {
    expect(ratingSchema.parse({ id: "d1", rating: "3", stage: "FOLLOW_UP" }).stage).toBe("FOLLOW_UP");
    expect(ratingSchema.parse({ id: "d1", rating: "3", stage: "PLUS_TARD" }).stage).toBe("COMPLETION");
  });

  it("reopens at a given version only", () => {
    expect(reopenSchema.parse({ id: "d1", version: "4" })).toEqual({ id: "d1", version: 4 });
    expect(reopenSchema.safeParse({ id: "d1", version: "" }).success).toBe(false);
    expect(reopenSchema.safeParse({ id: "", version: "2" }).success).toBe(false);
  });

  it("falls back to 'next' for an unknown direction", () => {
    expect(stepEnvelopeSchema.parse({ id: "d1", version: "3", step: "2", direction: "ailleurs" })).toEqual({
      id: "d1",
      version: 3,
      step: 2,
      direction: "next",
    });
  });
});
