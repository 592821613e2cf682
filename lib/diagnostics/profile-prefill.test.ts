import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answersToDraft } from "./form-answers";
import { prefillSection, profileAnswers } from "./profile-prefill";
import { diagnosticTemplateSchema } from "./template.schema";
import { REAL_SEEDED_TEMPLATE_PATH, seededTemplate, templateWith } from "./test-fixtures";

const template = seededTemplate();
const profil = template.sections.find((section) => section.id === "profil")!;

describe("profileAnswers", () => {
  it("maps every organisation type to the option of « Quel type d'organisation représentez-vous ? »", () => {
    const kinds = [
      "COLLECTIVITE",
      "ENTREPRISE",
      "ASSOCIATION",
      "FONDATION",
      "ETABLISSEMENT_PUBLIC",
      "ACTEUR_ACADEMIQUE",
      "TETE_DE_RESEAU",
      "CATALYSEUR_TERRITORIAL",
      "AUTRE",
    ];
    for (const kind of kinds) expect(profileAnswers(template, { kind })).toEqual({ kind: kind.toLowerCase() });
    // The questionnaire seeded in production too: no organisation type is asked blank there.
    const seeded = diagnosticTemplateSchema.parse(JSON.parse(readFileSync(REAL_SEEDED_TEMPLATE_PATH, "utf8")));
    for (const kind of kinds) expect(profileAnswers(seeded, { kind })).toEqual({ kind: kind.toLowerCase() });
  });

  it("proposes nothing the template does not know: another question id, or an option it lacks", () => {
    expect(profileAnswers(template, { kind: "INCONNU" })).toEqual({});
    const renamed = templateWith([
      {
        id: "type",
        type: "single",
        label: "Type ?",
        options: [
          { id: "association", label: "Association" },
          { id: "autre", label: "Autre" },
        ],
      },
    ]);
    expect(profileAnswers(renamed, { kind: "ASSOCIATION" })).toEqual({});
    const fewer = templateWith([
      {
        id: "kind",
        type: "single",
        label: "Type ?",
        options: [
          { id: "entreprise", label: "Entreprise" },
          { id: "autre", label: "Autre" },
        ],
      },
    ]);
    expect(profileAnswers(fewer, { kind: "ASSOCIATION" })).toEqual({});
    const multiple = templateWith([
      {
        id: "kind",
        type: "multiple",
        label: "Types ?",
        options: [
          { id: "association", label: "Association" },
          { id: "autre", label: "Autre" },
        ],
      },
    ]);
    expect(profileAnswers(multiple, { kind: "ASSOCIATION" })).toEqual({});
  });
});

describe("prefillSection", () => {
  const fromProfile = { kind: "association" };

  it("fills an unanswered question from the profile and marks it", () => {
    const { draft, prefilled } = prefillSection(profil, answersToDraft(profil, {}), {}, fromProfile);
    expect(draft).toEqual({ kind: "association", role: "", experience: "" });
    expect(prefilled).toEqual({ kind: "association" });
  });

  it("never overrides a stored answer, and marks it only when it is the profile's", () => {
    const chosen = { kind: "fondation" };
    expect(prefillSection(profil, answersToDraft(profil, chosen), chosen, fromProfile)).toEqual({
      draft: { kind: "fondation", role: "", experience: "" },
      prefilled: {},
    });
    const kept = { kind: "association", role: "acteur" };
    expect(prefillSection(profil, answersToDraft(profil, kept), kept, fromProfile).prefilled).toEqual({ kind: "association" });
  });

  it("leaves steps without a profile question alone", () => {
    const enjeux = template.sections.find((section) => section.id === "enjeux")!;
    const draft = answersToDraft(enjeux, {});
    expect(prefillSection(enjeux, draft, {}, fromProfile)).toEqual({ draft, prefilled: {} });
  });
});
