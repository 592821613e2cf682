import { describe, expect, it } from "vitest";
import { describeSchema, fieldType } from "./schema-text";

describe("schemas in words", () => {
  it("describes parameters", () => {
    expect(describeSchema({ type: "array", items: { type: "string", enum: ["a", "b"] } })).toBe("a, b (répétable)");
    expect(describeSchema({ type: "integer", minimum: 1, maximum: 100 })).toBe("entier de 1 à 100");
    expect(describeSchema({ type: "string", maxLength: 60 })).toBe("texte, 60 caractères au plus");
    expect(describeSchema({ type: "string" })).toBe("texte");
  });

  it("names field types", () => {
    expect(fieldType({ anyOf: [{ type: "string" }, { type: "null" }] })).toBe("texte ou null");
    expect(fieldType({ type: "array", items: { $ref: "#/components/schemas/TerritoryRef" } })).toBe("liste de TerritoryRef");
  });
});
