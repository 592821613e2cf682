import { describe, expect, it } from "vitest";
import { Theme } from "@/generated/prisma/enums";
import { actorKindName, joinFrench, modeName, themeLabels } from "./labels";
import { checkTag, parseTag } from "./tags";
import { seededTemplate } from "./test-fixtures";

describe("French names used in reasons", () => {
  it("joins lists the French way", () => {
    expect(joinFrench(["a"])).toBe("a");
    expect(joinFrench(["a", "b"])).toBe("a et b");
    expect(joinFrench(["a", "b", "c"])).toBe("a, b et c");
  });

  it("writes modes and kinds in lower case, accents kept", () => {
    expect(modeName("MECENAT")).toBe("mécénat");
    expect(modeName("COOPERATION_ECONOMIQUE")).toBe("coopération économique");
    expect(actorKindName("ETABLISSEMENT_PUBLIC")).toBe("établissement public");
    expect(actorKindName("TETE_DE_RESEAU")).toBe("tête de réseau");
  });

  it("names each theme as the seeded questionnaire does", () => {
    const ranking = seededTemplate().sections[1].questions[0];
    if (ranking.type !== "ranking") throw new Error("the seeded fragilities question is a ranking");
    const fromTemplate = Object.fromEntries(ranking.options.map((option) => [option.tags?.[0].replace("theme:", ""), option.label]));
    expect(fromTemplate).toEqual(themeLabels);
    expect(Object.keys(themeLabels).sort()).toEqual(Object.values(Theme).sort());
  });
});

describe("tags", () => {
  it.each([
    ["theme:EMPLOI_INSERTION", { prefix: "theme", value: "EMPLOI_INSERTION" }],
    ["mode:MECENAT", { prefix: "mode", value: "MECENAT" }],
    ["audience:ENTREPRISE", { prefix: "audience", value: "ENTREPRISE" }],
    ["partner:ACTEUR_ACADEMIQUE", { prefix: "partner", value: "ACTEUR_ACADEMIQUE" }],
    ["objectif:innovation", { prefix: "objectif", value: "innovation" }],
    ["objectif:bien_commun", { prefix: "objectif", value: "bien_commun" }],
  ])("reads %s", (tag, expected) => {
    expect(parseTag(tag)).toEqual(expected);
  });

  it.each([
    [
      "mode:mecenat",
      "Valeur inconnue pour « mode: » : « mecenat ». Valeurs possibles : MECENAT, PRATIQUES_RESPONSABLES, COOPERATION_ECONOMIQUE, INNOVATION_SOCIETALE.",
    ],
    ["audience:", "Valeur inconnue pour « audience: » : «  ». Valeurs possibles : COLLECTIVITE, ENTREPRISE,"],
    ["sdg:17", "Étiquette inconnue : « sdg:17 »."],
    ["theme", "Étiquette inconnue : « theme »."],
    ["objectif:", "Après « objectif: »"],
    ["objectif:Bien commun", "Après « objectif: »"],
  ])("refuses %s", (tag, message) => {
    const checked = checkTag(tag);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? "" : checked.message).toContain(message);
    expect(parseTag(tag)).toBeNull();
  });
});
